using System.ComponentModel.DataAnnotations;
using DossierFlow.Application.Batches;
using DossierFlow.Application.Common;
using DossierFlow.Application.Council;
using DossierFlow.Domain.Batches;
using DossierFlow.Domain.Council;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Council.Sessions;

/// <summary>The secretary schedules a session for one or more batches Sở Nội vụ forwarded: their dossiers make the agenda.</summary>
public sealed class FromBatchesModel(ScheduleBatchSession schedule, GetBatches batches, CouncilMembers members) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;
    [BindProperty] public string? Date { get; set; } = "";
    [BindProperty] public string? Time { get; set; } = "08:00";
    [BindProperty, Display(Name = "Thời lượng họp (phút)")] public int DurationMinutes { get; set; } = 240;
    [BindProperty] public string? Place { get; set; } = "Phòng họp số 1, Ủy ban nhân dân tỉnh";
    [BindProperty] public Guid ChairId { get; set; }
    [BindProperty] public Guid SecretaryId { get; set; }
    [BindProperty] public List<Guid> MemberIds { get; set; } = [];
    [BindProperty] public List<Guid> BatchIds { get; set; } = [];

    public Page<BatchRow> Forwarded { get; private set; } = new([], 1, 1, 0);
    public IReadOnlyList<CouncilMember> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await ReloadAsync(ct);
        Date = VietnameseFormat.Date(VietnameseFormat.Today(TimeProvider.System).AddDays(7));
        MemberIds = Members.Select(m => m.Id).ToList();
        ChairId = Members.FirstOrDefault()?.Id ?? Guid.Empty;
        SecretaryId = Members.FirstOrDefault(m => m.UserId == Actor.UserId)?.Id ?? Guid.Empty;
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
