using DossierFlow.Application.Common;
using DossierFlow.Application.Council;
using DossierFlow.Application.Movements;
using DossierFlow.Domain.Council;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DossierFlow.Web.Pages.Council.Sessions;

/// <summary>The secretary schedules a session: time, place, chair, secretary, members, and the agenda from the waiting dossiers.</summary>
public sealed class NewModel(ScheduleSession schedule, GetSessions sessions, CouncilMembers members, ListMovements movements, Application.Awards.ListAwardTypes awards,
    Application.Workflows.WorkflowCatalog workflows) : SessionFormPage("14:00", 120)
{
    [BindProperty(SupportsGet = true)] public DossierListQuery Filter { get; set; } = new();
    [BindProperty] public List<Guid> DossierIds { get; set; } = [];

    public Page<AgendaLine> Waiting { get; private set; } = new([], 1, 1, 0);
    public DossierFilterForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        OfferDefaults();
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
