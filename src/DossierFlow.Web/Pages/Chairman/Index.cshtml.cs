using DossierFlow.Application.Council;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Chairman;

/// <summary>The Chairman's inbox, grouped by movement and award: approve all or some recommended nominees, or refuse with a reason.</summary>
public sealed class IndexModel(ChairmanInbox inbox, DecideAward decide, Application.Movements.ListMovements movements,
    Application.Awards.ListAwardTypes awards, Application.Workflows.WorkflowCatalog workflows) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public DossierListQuery Filter { get; set; } = new();
    [BindProperty] public int Revision { get; set; }
    [BindProperty] public Guid OperationId { get; set; }
    [BindProperty] public List<Guid> Approved { get; set; } = [];
    [BindProperty] public string? Reason { get; set; }

    public ChairmanPage Inbox { get; private set; } = new([], 1, 1, 0);
    public IReadOnlyList<ChairmanGroup> Groups => Inbox.Groups;
    public DossierFilterForm Form { get; private set; } = null!;
    public Guid NewOperationId { get; } = Guid.NewGuid();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await ReloadAsync(ct);
        return Page();
    }

    protected internal override async Task ReloadAsync(CancellationToken ct)
    {
        Inbox = await inbox.HandleAsync(Actor, Filter.ToFilter(), ct);
        Form = await DossierFilterForms.LoadAsync(Filter, movements, awards, workflows, Domain.Workflows.Vocabulary.Holder.Chairman, ct);
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct) => Decide(id, Approved, ct);

    public Task<IActionResult> OnPostRefuseAsync(Guid id, CancellationToken ct) => Decide(id, [], ct);

    private async Task<IActionResult> Decide(Guid id, IReadOnlyList<Guid> approved, CancellationToken ct)
    {
        ThrowIfInvalid();
        var result = await decide.HandleAsync(Actor, id, new ChairmanDecisionInput(Revision, OperationId, approved, Reason), ct);
        return Done(result.DecisionDocumentId is null
                ? $"Đã ghi quyết định: {result.Workflow.StateTitle}."
                : $"Đã ký duyệt: {result.Workflow.StateTitle}. Văn bản đã được lập và đính kèm hồ sơ.",
            "/Dossiers/Details", new { id });
    }
}
