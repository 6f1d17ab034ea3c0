using System.ComponentModel.DataAnnotations;
using DossierFlow.Application.Common;
using DossierFlow.Application.Council;
using DossierFlow.Application.Movements;
using DossierFlow.Domain.Council;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DossierFlow.Web.Pages.Council.Sessions;

/// <summary>The secretary schedules a session: time, place, chair, secretary, members, and the agenda from the waiting dossiers.</summary>
public sealed class NewModel(ScheduleSession schedule, GetSessions sessions, CouncilMembers members, ListMovements movements, Application.Awards.ListAwardTypes awards,
    Application.Workflows.WorkflowCatalog workflows) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public DossierListQuery Filter { get; set; } = new();
    [BindProperty] public string? Date { get; set; } = "";
    [BindProperty] public string? Time { get; set; } = "14:00";
    [BindProperty, Display(Name = "Thời lượng họp (phút)")] public int DurationMinutes { get; set; } = 120;
    [BindProperty] public string? Place { get; set; } = "Phòng họp số 1, Ủy ban nhân dân tỉnh";
    [BindProperty] public Guid ChairId { get; set; }
    [BindProperty] public Guid SecretaryId { get; set; }
    [BindProperty] public List<Guid> MemberIds { get; set; } = [];
    [BindProperty] public List<Guid> DossierIds { get; set; } = [];

    public Page<AgendaLine> Waiting { get; private set; } = new([], 1, 1, 0);
    public DossierFilterForm Form { get; private set; } = null!;
    public IReadOnlyList<CouncilMember> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Date = VietnameseFormat.Date(VietnameseFormat.Today(TimeProvider.System).AddDays(7));
        MemberIds = Members.Select(m => m.Id).ToList();
        ChairId = Members.FirstOrDefault()?.Id ?? Guid.Empty;
        SecretaryId = Members.FirstOrDefault(m => m.UserId == Actor.UserId)?.Id ?? Guid.Empty;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ThrowIfInvalid();
        var id = await schedule.HandleAsync(Actor, new SessionInput(Date, Time, DurationMinutes, Place, ChairId, SecretaryId, MemberIds, DossierIds), ct);
        return Done("Đã lập phiên họp và gửi giấy mời đến các thành viên.", "Details", new { id });
    }

    protected internal override Task ReloadAsync(CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        Waiting = await sessions.WaitingAsync(Actor, Filter.ToFilter(), ct);
        Form = await DossierFilterForms.LoadAsync(Filter, movements, awards, workflows, Domain.Workflows.Vocabulary.Holder.Council, ct);
        Members = await members.ListAsync(Actor, activeOnly: true, ct);
    }
}
