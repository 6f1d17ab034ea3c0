using DossierFlow.Application.Batches;
using DossierFlow.Application.Common;
using DossierFlow.Application.Council;
using DossierFlow.Domain.Batches;
using DossierFlow.Domain.Council;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Council.Sessions;

/// <summary>The secretary schedules a session for one or more batches Sở Nội vụ forwarded: their dossiers make the agenda.</summary>
public sealed class FromBatchesModel(ScheduleBatchSession schedule, GetBatches batches, CouncilMembers members) : SessionFormPage("08:00", 240)
{
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;
    [BindProperty] public List<Guid> BatchIds { get; set; } = [];

    public Page<BatchRow> Forwarded { get; private set; } = new([], 1, 1, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await ReloadAsync(ct);
        OfferDefaults();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ThrowIfInvalid();
        var id = await schedule.HandleAsync(Actor, new BatchSessionInput(Date, Time, DurationMinutes, Place, ChairId, SecretaryId, MemberIds, BatchIds), ct);
        return Done("Đã lập phiên họp cho đợt trình và gửi giấy mời đến các thành viên.", "Details", new { id });
    }

    protected internal override async Task ReloadAsync(CancellationToken ct)
    {
        Members = await members.ListAsync(Actor, activeOnly: true, ct);
        Forwarded = await batches.ListAsync(Actor, PageNumber, BatchStatus.Forwarded, ct);
    }
}
