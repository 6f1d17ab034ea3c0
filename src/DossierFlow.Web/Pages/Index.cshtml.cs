using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Organisations;

namespace DossierFlow.Web.Pages;

/// <summary>The home page: one working panel per role the user holds.</summary>
public sealed class IndexModel(ListDossiers list, CountDossiersByHolder counts, GetOrganisation organisation) : AppPageModel
{
    public string OrganisationName { get; private set; } = "";
    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();
    public Page<DossierRow> Recent { get; private set; } = new([], 1, 1, 0);

    public int Total => Counts.Values.Sum();
    public int HeldBy(string holder) => Counts.GetValueOrDefault(holder);

    public async Task OnGetAsync(CancellationToken ct)
    {
        OrganisationName = (await organisation.HandleAsync(Actor.OrganisationId, ct)).Name;
        Counts = await counts.HandleAsync(Actor, ct);
        Recent = await list.HandleAsync(Actor, new DossierFilter(), ct);
    }
}
