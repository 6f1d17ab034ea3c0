namespace DossierFlow.Domain.Movements;

/// <summary>
/// A named deadline of a movement, as a local date in Asia/Ho_Chi_Minh. Yearly deadlines (e.g. the unit
/// report due 01/12) have no <see cref="Year"/>; a one-off deadline has one.
/// </summary>
public sealed class MovementDeadline
{
    /// <summary>Days before the due date on which organisations that have not submitted are reminded.</summary>
    public static readonly IReadOnlyList<int> DefaultReminderDays = [14, 7, 3, 1];

    private string _reminderDays = "14,7,3,1";

    private MovementDeadline() { Code = Title = ""; }

    internal MovementDeadline(Guid id, string code, string title, int month, int day, int? year, LatePolicy latePolicy)
    {
        Id = id;
        Code = code;
        Title = title;
        Month = month;
        Day = day;
        Year = year;
        LatePolicy = latePolicy;
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; }
    public string Title { get; private set; }
    public int Month { get; private set; }
    public int Day { get; private set; }
    public int? Year { get; private set; }
    public LatePolicy LatePolicy { get; private set; }

    public IReadOnlyList<int> ReminderDays => _reminderDays.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();

    /// <summary>The date the deadline falls on in the given year, or null if a one-off deadline is in another year.</summary>
    public DateOnly? DueIn(int year) =>
        Year is null || Year == year ? new DateOnly(year, Month, Day) : null;

    internal void Change(string title, int month, int day, int? year, LatePolicy latePolicy, IReadOnlyCollection<int> reminderDays)
    {
        _reminderDays = string.Join(',', reminderDays.OrderByDescending(d => d));
        Title = title;
        Month = month;
        Day = day;
        Year = year;
        LatePolicy = latePolicy;
    }
}
