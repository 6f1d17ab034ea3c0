using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Organisations;
using DossierFlow.Application.Tasks;

namespace DossierFlow.Web.Pages;

/// <summary>The home page: one working panel per role the user holds.</summary>
public sealed class IndexModel(ListDossiers list, CountDossiersByHolder counts, GetOrganisation organisation, ListTasks tasks) : AppPageModel
{
    public string OrganisationName { get; private set; } = "";
    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();
    public Page<DossierRow> Recent { get; private set; } = new([], 1, 1, 0);
    public IReadOnlyList<TaskCount> Tasks { get; private set; } = [];

    public int Total => Counts.Values.Sum();
    public int HeldBy(string holder) => Counts.GetValueOrDefault(holder);

    public async Task OnGetAsync(CancellationToken ct)
    {
        OrganisationName = (await organisation.HandleAsync(Actor.OrganisationId, ct)).Name;
        Tasks = await tasks.HandleAsync(Actor, ct);
        // Province-wide, only the auditor's panel shows the total, which needs the closed dossiers counted too.
        Counts = await counts.HandleAsync(Actor, withClosed: !Actor.IsProvinceWide || Actor.IsIn(Domain.Access.Roles.Auditor), ct);
        Recent = await list.HandleAsync(Actor, new DossierFilter(), ct);
    }
}
