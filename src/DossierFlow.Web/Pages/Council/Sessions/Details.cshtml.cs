using System.ComponentModel.DataAnnotations;
using DossierFlow.Web.Api;
using DossierFlow.Application.Common;
using DossierFlow.Application.Council;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Council.Sessions;

/// <summary>One session: time, place, members, agenda and results; the secretary's attendance, rescheduling, cancellation and minutes.</summary>
public sealed class DetailsModel(GetSessions sessions, ChangeSession change, GenerateMinutes minutes, Application.Forms.IPdfConverter pdf) : AppPageModel
{
    [BindProperty] public int Revision { get; set; }
    [BindProperty] public List<Guid> Attended { get; set; } = [];
    [BindProperty] public List<Guid> WrittenOpinions { get; set; } = [];
    [BindProperty] public string? Date { get; set; } = "";
    [BindProperty] public string? Time { get; set; } = "";
    [BindProperty, Display(Name = "Thời lượng họp (phút)")] public int DurationMinutes { get; set; }
    [BindProperty] public string? Place { get; set; } = "";

    public SessionView View { get; private set; } = null!;
    public bool IsSecretary => ActorForView.IsIn(Domain.Access.Roles.CouncilSecretary);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, fillForms: true, ct);
        return Page();
    }

    public Task<IActionResult> OnPostAttendanceAsync(Guid id, CancellationToken ct) =>
        Run(id, () => change.RecordAttendanceAsync(Actor, id, new AttendanceInput(Revision, Attended, WrittenOpinions), ct),
            "Đã ghi danh sách thành viên có mặt.");

    public Task<IActionResult> OnPostRescheduleAsync(Guid id, CancellationToken ct) =>
        Run(id, () => change.RescheduleAsync(Actor, id, new RescheduleInput(Revision, Date, Time, DurationMinutes, Place), ct),
            "Đã đổi lịch họp và gửi thông báo cập nhật đến các thành viên.");

    public Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct) =>
        Run(id, () => change.CancelAsync(Actor, id, Revision, ct), "Đã hủy phiên họp và gửi thông báo hủy đến các thành viên.");

    public Task<IActionResult> OnPostMinutesAsync(Guid id, CancellationToken ct) =>
        Run(id, () => minutes.HandleAsync(Actor, id, Revision, ct), "Đã lập biên bản họp và đính kèm vào từng hồ sơ.");

    public async Task<IActionResult> OnGetMinutesAsync(Guid id, CancellationToken ct)
    {
        var file = await sessions.MinutesAsync(Actor, id, ct);
        return File(file.Content, file.ContentType, DownloadName.Safe(file.FileName));
    }

    /// <summary>The minutes as PDF, shown in the browser.</summary>
    public async Task<IActionResult> OnGetMinutesPdfAsync(Guid id, CancellationToken ct) =>
        Preview(await Application.Forms.PdfExport.AsPdfAsync(pdf, await sessions.MinutesAsync(Actor, id, ct), ct));

    /// <summary>Why the PDF link cannot work on this server, in Vietnamese; null when it can.</summary>
    public string? PdfUnavailable => pdf.Unavailable;

    private async Task<IActionResult> Run(Guid id, Func<Task> useCase, string message)
    {
        ThrowIfInvalid();
        await useCase();
        return Done(message, new { id });
    }

    protected internal override Task ReloadAsync(CancellationToken ct) => LoadAsync(RouteGuid(), fillForms: false, ct);

    private async Task LoadAsync(Guid id, bool fillForms, CancellationToken ct)
    {
        View = await sessions.GetAsync(Actor, id, ct);
        if (!fillForms) return;
        var s = View.Session;
        var local = VietnameseFormat.Local(s.StartsAt);
        Revision = s.Revision;
        Date = VietnameseFormat.Date(DateOnly.FromDateTime(local));
        Time = local.ToString("HH:mm");
        DurationMinutes = s.DurationMinutes;
        Place = s.Place;
        Attended = s.Attendees.Where(a => a.Attended || !s.AttendanceRecorded).Select(a => a.MemberId).ToList();
        WrittenOpinions = s.Attendees.Where(a => a.WrittenOpinion).Select(a => a.MemberId).ToList();
    }
}
