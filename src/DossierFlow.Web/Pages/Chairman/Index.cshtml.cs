using DossierFlow.Application.Council;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Chairman;

/// <summary>The Chairman's inbox, grouped by movement and award: approve all or some recommended nominees, or refuse with a reason.</summary>
public sealed class IndexModel(ChairmanInbox inbox, DecideAward decide) : AppPageModel
{
    [BindProperty] public int Revision { get; set; }
    [BindProperty] public Guid OperationId { get; set; }
    [BindProperty] public List<Guid> Approved { get; set; } = [];
    [BindProperty] public string? Reason { get; set; }

    public IReadOnlyList<ChairmanGroup> Groups { get; private set; } = [];
    public Guid NewOperationId { get; } = Guid.NewGuid();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Groups = await inbox.HandleAsync(Actor, ct);
        return Page();
    }

    protected internal override async Task ReloadAsync(CancellationToken ct) => Groups = await inbox.HandleAsync(Actor, ct);

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
