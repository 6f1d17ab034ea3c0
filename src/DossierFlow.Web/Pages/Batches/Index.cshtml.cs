using DossierFlow.Application.Batches;
using DossierFlow.Application.Common;
using DossierFlow.Application.Movements;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Batches;

/// <summary>Sở Nội vụ's batches (đợt trình), newest first; the reviewer opens a new one for a movement and its award types.</summary>
public sealed class IndexModel(GetBatches batches, CreateBatch create, ListMovements movements, Application.Awards.ListAwardTypes awards) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;
    [BindProperty] public Guid MovementId { get; set; }
    [BindProperty] public string? Title { get; set; } = "";
    [BindProperty] public List<Guid> AwardTypeIds { get; set; } = [];

    public Page<BatchRow> Rows { get; private set; } = new([], 1, 1, 0);
    public IReadOnlyList<MovementRow> Movements { get; private set; } = [];
    public IReadOnlyList<Domain.Awards.AwardType> Awards { get; private set; } = [];
    public bool IsReviewer => ActorForView.IsIn(Domain.Access.Roles.HomeAffairsReviewer);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await ReloadAsync(ct);
        MovementId = Movements.FirstOrDefault()?.Id ?? Guid.Empty;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ThrowIfInvalid();
        var id = await create.HandleAsync(Actor, new CreateBatchInput(MovementId, Title, AwardTypeIds), ct);
        return Done("Đã lập đợt trình. Hãy chọn các hồ sơ đã thẩm định để đưa vào đợt trình.", "Details", new { id });
    }

    protected internal override async Task ReloadAsync(CancellationToken ct)
    {
        Rows = await batches.ListAsync(Actor, PageNumber, ct: ct);
        if (!IsReviewer) return;
        Movements = await movements.HandleAsync(ct);
        // Sở Nội vụ submits to the council what the Chairman or the central level awards, not a unit's own Giấy khen.
        Awards = (await awards.HandleAsync(ct)).Where(a => a.Level != Domain.Awards.AwardLevel.Unit).ToList();
    }
}
