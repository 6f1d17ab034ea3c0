using System.ComponentModel.DataAnnotations;
using DossierFlow.Application.Deadlines;
using DossierFlow.Application.Movements;
using DossierFlow.Domain.Movements;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Admin.Movements;

/// <summary>A movement's phases and named deadlines, with the forms that change them.</summary>
public sealed class DetailsModel(GetMovement get, EditDeadlines deadlines, DeadlineProgress progress) : AppPageModel
{
    public Movement? Movement { get; private set; }

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    /// <summary>Which organisations each deadline lists (?show=Late); the missing ones by default.</summary>
    [BindProperty(SupportsGet = true)] public DeadlineStanding Show { get; set; } = DeadlineStanding.Missing;
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public IReadOnlyList<DeadlineProgressRow> Progress { get; private set; } = [];

    // Two forms post to this page: each handler binds only its own (explicit prefix, so no fallback binding).
    public DeadlineForm Deadline { get; set; } = new();
    public PhaseForm Phase { get; set; } = new();

    public static string StandingLabel(DeadlineStanding standing, bool passed) => standing switch
    {
        DeadlineStanding.OnTime => "Đã gửi đúng hạn",
        DeadlineStanding.Late => "Đã gửi (nộp muộn)",
        _ => passed ? "Quá hạn, chưa gửi" : "Chưa gửi",
    };

    public sealed class DeadlineForm
    {
        public Guid? Id { get; set; }
        [Required(ErrorMessage = "Mã thời hạn là bắt buộc.")] public string Code { get; set; } = "";
        [Required(ErrorMessage = "Tên thời hạn là bắt buộc.")] public string Title { get; set; } = "";
        [Range(1, 31, ErrorMessage = "Ngày phải từ 1 đến 31.")] public int Day { get; set; } = 1;
        [Range(1, 12, ErrorMessage = "Tháng phải từ 1 đến 12.")] public int Month { get; set; } = 12;
        public int? Year { get; set; }
        public LatePolicy LatePolicy { get; set; } = LatePolicy.AcceptAndMarkLate;
        /// <summary>Empty: 14, 7, 3, 1 for a new deadline; unchanged for an existing one.</summary>
        public string? ReminderDays { get; set; }
    }

    public sealed class PhaseForm
    {
        public PhaseKind Kind { get; set; } = PhaseKind.Yearly;
        public int Year { get; set; } = DateTime.UtcNow.Year;
        [Required(ErrorMessage = "Tên đợt khen thưởng là bắt buộc.")] public string Title { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return Page();
    }

    protected internal override Task ReloadAsync(CancellationToken ct) => LoadAsync(RouteGuid(), ct);

    public async Task<IActionResult> OnPostSaveDeadlineAsync(Guid id, [Bind(Prefix = "Deadline")] DeadlineForm deadline, CancellationToken ct)
    {
        Deadline = deadline;
        var days = new List<int>();
        foreach (var part in (deadline.ReminderDays ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
            if (int.TryParse(part, out var d)) days.Add(d);
            else ModelState.AddModelError("Deadline.ReminderDays", $"\"{part}\" không phải là số ngày.");
        var input = new DeadlineInput(Deadline.Code, Deadline.Title, Deadline.Month, Deadline.Day, Deadline.Year, Deadline.LatePolicy,
            days.Count == 0 ? null : days);
        ThrowIfInvalid();
        if (Deadline.Id is { } deadlineId) await deadlines.ChangeAsync(Actor, id, deadlineId, input, ct);
        else await deadlines.AddAsync(Actor, id, input, ct);
        return Done($"Đã lưu thời hạn \"{Deadline.Title.Trim()}\".", new { id });
    }

    public async Task<IActionResult> OnPostRemoveDeadlineAsync(Guid id, Guid deadlineId, CancellationToken ct)
    {
        ModelState.Clear();
        await deadlines.RemoveAsync(Actor, id, deadlineId, ct);
        return Done("Đã xóa thời hạn.", new { id });
    }

    public async Task<IActionResult> OnPostAddPhaseAsync(Guid id, [Bind(Prefix = "Phase")] PhaseForm phase, CancellationToken ct)
    {
        Phase = phase;
        ThrowIfInvalid();
        await deadlines.AddPhaseAsync(Actor, id, Phase.Kind, Phase.Year, Phase.Title, ct);
        return Done($"Đã thêm đợt \"{Phase.Title.Trim()}\".", new { id });
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Movement = await get.HandleAsync(id, ct);
        // A year outside the movement's (?Year=99999 in a link) shows the nearest one the movement has.
        Year = Math.Clamp(Year ?? DateTime.UtcNow.Year, Movement.StartYear, Movement.EndYear);
        Progress = await progress.HandleAsync(id, Year.Value, Enum.IsDefined(Show) ? Show : DeadlineStanding.Missing, PageNumber, ct);
    }
}
