using System.Text.RegularExpressions;
using DossierFlow.Domain.Common;

namespace DossierFlow.Domain.Movements;

/// <summary>An emulation movement (phong trào thi đua) launched by a plan, with its phases and deadlines.</summary>
public sealed partial class Movement
{
    private readonly List<MovementPhase> _phases = [];
    private readonly List<MovementDeadline> _deadlines = [];
    private readonly List<MovementParticipant> _participants = [];
    private readonly List<MovementAward> _awards = [];

    private Movement() { Title = PlanNumber = ""; }

    public Guid Id { get; private set; }
    public string Title { get; private set; }
    /// <summary>Number and symbol of the launching plan, e.g. "146/KH-UBND".</summary>
    public string PlanNumber { get; private set; }
    public DateOnly PlanDate { get; private set; }
    public int StartYear { get; private set; }
    public int EndYear { get; private set; }

    public IReadOnlyList<MovementPhase> Phases => _phases;
    public IReadOnlyList<MovementDeadline> Deadlines => _deadlines;
    public IReadOnlyList<MovementParticipant> Participants => _participants;
    public IReadOnlyList<MovementAward> Awards => _awards;

    public string Period => $"{StartYear} - {EndYear}";

    public static Movement Create(string title, string planNumber, DateOnly planDate, int startYear, int endYear)
    {
        var movement = new Movement { Id = Ids.New() };
        movement.Update(title, planNumber, planDate, startYear, endYear);
        return movement;
    }

    public void Update(string title, string planNumber, DateOnly planDate, int startYear, int endYear)
    {
        if (startYear < 2000 || endYear > 2100 || endYear < startYear)
            throw new DomainException("movement-period-invalid",
                "Giai đoạn không hợp lệ: năm kết thúc phải từ năm bắt đầu trở đi (trong khoảng 2000 - 2100).");
        if (endYear - startYear > 10)
            throw new DomainException("movement-period-too-long", "Giai đoạn của phong trào không quá 10 năm.");
        if (_phases.Any(p => p.Year < startYear || p.Year > endYear))
            throw new DomainException("movement-period-excludes-phase",
                "Giai đoạn mới không bao gồm năm của một đợt khen thưởng đã có.");
        if (_deadlines.Any(d => d.Year is { } y && (y < startYear || y > endYear)))
            throw new DomainException("movement-period-excludes-deadline",
                "Giai đoạn mới không bao gồm năm của một thời hạn đã có.");
        Title = TextLimits.Check(Guard.Required(title, "movement-title-required", "Tên phong trào là bắt buộc."),
            TextLimits.MovementTitle, "movement-title-too-long", "Tên phong trào");
        var plan = TextLimits.Check(Guard.Required(planNumber, "movement-plan-required", "Số, ký hiệu kế hoạch phát động là bắt buộc."),
            TextLimits.Code, "movement-plan-too-long", "Số, ký hiệu kế hoạch");
        PlanNumber = PlanNumberPattern().IsMatch(plan) ? plan
            : throw new DomainException("movement-plan-invalid",
                "Số, ký hiệu kế hoạch phải có dạng \"146/KH-UBND\".");
        PlanDate = planDate;
        StartYear = startYear;
        EndYear = endYear;
    }

    public MovementPhase AddPhase(PhaseKind kind, int year, string title)
    {
        if (!Enum.IsDefined(kind)) throw new DomainException("phase-kind-invalid", "Loại đợt khen thưởng không hợp lệ.");
        if (year < StartYear || year > EndYear)
            throw new DomainException("phase-outside-period", $"Năm {year} nằm ngoài giai đoạn {Period}.");
        if (_phases.Any(p => p.Kind == kind && p.Year == year))
            throw new DomainException("phase-duplicate", $"Đợt khen thưởng này của năm {year} đã có.");
        var phase = new MovementPhase(Ids.New(), kind, year,
            TextLimits.Check(Guard.Required(title, "phase-title-required", "Tên đợt khen thưởng là bắt buộc."),
                TextLimits.Title, "phase-title-too-long", "Tên đợt khen thưởng"));
        _phases.Add(phase);
        return phase;
    }

    public MovementDeadline AddDeadline(string code, string title, int month, int day, int? year, LatePolicy latePolicy,
        IReadOnlyCollection<int>? reminderDays = null)
    {
        var validCode = TextLimits.Check(Guard.Required(code, "deadline-code-required", "Mã thời hạn là bắt buộc."),
            TextLimits.Code, "deadline-code-too-long", "Mã thời hạn");
        if (!Slug.IsValid(validCode))
            throw new DomainException("deadline-code-invalid",
                "Mã thời hạn chỉ gồm chữ thường không dấu, chữ số và gạch ngang, ví dụ \"unit-report\".");
        if (_deadlines.Any(d => d.Code == validCode))
            throw new DomainException("deadline-duplicate", $"Thời hạn có mã \"{validCode}\" đã có.");
        var deadline = new MovementDeadline(Ids.New(), validCode, "", 1, 1, null, latePolicy);
        ApplyDeadline(deadline, title, month, day, year, latePolicy, reminderDays);
        _deadlines.Add(deadline);
        return deadline;
    }

    public void ChangeDeadline(Guid deadlineId, string title, int month, int day, int? year, LatePolicy latePolicy,
        IReadOnlyCollection<int>? reminderDays = null) =>
        ApplyDeadline(FindDeadline(deadlineId), title, month, day, year, latePolicy, reminderDays);

    public void RemoveDeadline(Guid deadlineId) => _deadlines.Remove(FindDeadline(deadlineId));

    public void SetParticipants(IEnumerable<Guid> organisationIds)
    {
        var wanted = organisationIds.ToHashSet();
        _participants.RemoveAll(p => !wanted.Contains(p.OrganisationId));
        foreach (var id in wanted.Where(id => _participants.All(p => p.OrganisationId != id)))
            _participants.Add(new MovementParticipant(id));
    }

    public void OfferAwards(IEnumerable<Guid> awardTypeIds)
    {
        var wanted = awardTypeIds.ToHashSet();
        _awards.RemoveAll(a => !wanted.Contains(a.AwardTypeId));
        foreach (var id in wanted.Where(id => _awards.All(a => a.AwardTypeId != id)))
            _awards.Add(new MovementAward(id));
    }

    /// <summary>Adds one participant (an absorbing organisation taking over a merged one's part), if not already in.</summary>
    public void AddParticipant(Guid organisationId)
    {
        if (!HasParticipant(organisationId)) _participants.Add(new MovementParticipant(organisationId));
    }

    public bool HasParticipant(Guid organisationId) => _participants.Any(p => p.OrganisationId == organisationId);
    public bool OffersAward(Guid awardTypeId) => _awards.Any(a => a.AwardTypeId == awardTypeId);

    private void ApplyDeadline(MovementDeadline deadline, string title, int month, int day, int? year, LatePolicy latePolicy,
        IReadOnlyCollection<int>? reminderDays)
    {
        // No days given: a new deadline gets the default, a changed one keeps its own.
        var reminders = (reminderDays ?? (_deadlines.Contains(deadline) ? deadline.ReminderDays : MovementDeadline.DefaultReminderDays)).Distinct().ToList();
        if (reminders.Count > 8 || reminders.Any(d => d is < 1 or > 90))
            throw new DomainException("deadline-reminders-invalid", "Ngày nhắc hạn phải từ 1 đến 90 ngày trước hạn, tối đa 8 lần nhắc.");
        var validTitle = TextLimits.Check(Guard.Required(title, "deadline-title-required", "Tên thời hạn là bắt buộc."),
            TextLimits.Title, "deadline-title-too-long", "Tên thời hạn");
        if (!Enum.IsDefined(latePolicy))
            throw new DomainException("deadline-late-policy-invalid", "Cách xử lý nộp muộn không hợp lệ.");
        if (year is { } y && (y < StartYear || y > EndYear))
            throw new DomainException("deadline-outside-period", $"Năm {y} nằm ngoài giai đoạn {Period}.");
        // A yearly deadline must exist in every year, so 29/02 is refused for it.
        var daysInMonth = month is >= 1 and <= 12 ? DateTime.DaysInMonth(year ?? 2001, month) : 0;
        if (day < 1 || day > daysInMonth)
            throw new DomainException("deadline-date-invalid", $"Ngày {day:00}/{month:00} không hợp lệ.");
        deadline.Change(validTitle, month, day, year, latePolicy, reminders);
    }

    private MovementDeadline FindDeadline(Guid deadlineId) =>
        _deadlines.FirstOrDefault(d => d.Id == deadlineId)
        ?? throw new DomainException("deadline-not-found", "Không tìm thấy thời hạn này trong phong trào.");

    [GeneratedRegex(@"^\d+[A-Za-z]?/[\p{L}\d.]+(-[\p{L}\d.]+)*$")]
    private static partial Regex PlanNumberPattern();

}
