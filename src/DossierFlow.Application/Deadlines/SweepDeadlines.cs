using DossierFlow.Application.Common;
using DossierFlow.Application.Mail;
using DossierFlow.Domain.Movements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Application.Deadlines;

public sealed record SweepResult(int Reminders, int LateNotices, int Digests);

/// <summary>
/// Works out, from the database, who is due on the given day and queues the mails: reminders before a
/// deadline (on the deadline's reminder days, default 14, 7, 3 and 1), notices to late organisations (every 3 days for 30 days), and a
/// daily digest to Sở Nội vụ while any organisation is late. Every mail has an idempotency key (organisation,
/// deadline, year, step), so running the sweep twice, late, or after downtime queues each mail once.
/// </summary>
/// <remarks>
/// "unit-report" deadlines concern every participating organisation (the yearly report); other deadlines
/// concern organisations with a dossier of that year not yet submitted. Only years inside the movement's
/// period are swept. A reminder step missed during downtime is still sent once; of the late notices only the
/// latest step is sent, since older ones would say the same thing.
/// </remarks>
public sealed class SweepDeadlines(IAppDb db, IOptions<MailOptions> mail, TimeProvider clock) : IUseCase
{
    public const int LateEveryDays = 3, LateForDays = 30;
    public const string UnitReport = "unit-report";

    public async Task<SweepResult> HandleAsync(DateOnly asOf, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Only movements whose period covers last year or this year can have a deadline to remind of or chase.
        var movements = await db.Movements.AsNoTracking().Where(m => m.StartYear <= asOf.Year && m.EndYear >= asOf.Year - 1)
            .Include(m => m.Deadlines).Include(m => m.Participants).Include(m => m.Phases).ToListAsync(ct);
        var swept = new List<(Movement Movement, MovementDeadline Deadline, int Year, DateOnly Due, string Series, List<Guid> Pending)>();
        foreach (var movement in movements)
            foreach (var deadline in movement.Deadlines)
                foreach (var year in new[] { asOf.Year - 1, asOf.Year }.Where(y => y >= movement.StartYear && y <= movement.EndYear))
                    if (deadline.DueIn(year) is { } due && asOf >= due.AddDays(-deadline.ReminderDays.DefaultIfEmpty(0).Max()) && asOf.DayNumber - due.DayNumber <= LateForDays)
                        swept.Add((movement, deadline, year, due, DeadlineKeys.Series(movement.Id, deadline.Code, year), await PendingAsync(movement, deadline, year, ct)));
        // What was already queued: the keys of the swept series only (an index range each), and today's digest.
        var series = swept.Select(s => s.Series).ToList();
        var digestKey = DeadlineKeys.Digest(asOf);
        var queued = (await db.Outbox.AsNoTracking().Where(m => series.Contains(m.Series!) || m.IdempotencyKey == digestKey)
            .Select(m => m.IdempotencyKey).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var involved = swept.SelectMany(s => s.Pending).Distinct().ToList();
        var homeAffairsCode = mail.Value.HomeAffairsOrganisationCode;
        var organisations = await db.Organisations.AsNoTracking().Where(o => involved.Contains(o.Id) || o.Code == homeAffairsCode).ToDictionaryAsync(o => o.Id, ct);
        var link = mail.Value.PublicBaseUrl.TrimEnd('/');
        int reminders = 0, notices = 0;
        var late = new List<(string, string, string, DateOnly)>();

        void Queue(string key, string? series, IEnumerable<string> to, (string Subject, string Body) text, ref int counter)
        {
            if (!queued.Add(key)) return;
            var addresses = to.ToList();
            if (addresses.Count == 0) return;
            var message = new OutboxMessage(key, addresses, text.Subject, text.Body, now);
            db.Outbox.Add(series is null ? message : message.InSeries(series));
            counter++;
        }

        foreach (var (movement, deadline, year, due, inSeries, pending) in swept)
            foreach (var organisationId in pending)
            {
                if (!organisations.TryGetValue(organisationId, out var organisation) || !organisation.IsActiveOn(asOf)) continue;
                var missing = deadline.Code == UnitReport ? $"báo cáo năm {year}" : $"hồ sơ đề nghị khen thưởng năm {year} chưa trình";
                foreach (var days in deadline.ReminderDays.Where(d => asOf >= due.AddDays(-d) && asOf <= due))
                    Queue(DeadlineKeys.Key(inSeries, organisation.Code, $"before-{days}"), inSeries, organisation.ContactEmails,
                        DeadlineMails.Reminder(organisation.Name, movement.Title, deadline.Title, due, due.DayNumber - asOf.DayNumber, missing, link), ref reminders);
                var daysLate = asOf.DayNumber - due.DayNumber;
                if (daysLate >= 1 && daysLate <= LateForDays)
                {
                    var step = (daysLate - 1) / LateEveryDays;
                    var policy = deadline.LatePolicy == LatePolicy.Refuse
                        ? "Theo quy định của phong trào, hồ sơ, báo cáo nộp sau thời hạn không được tiếp nhận."
                        : "Hồ sơ, báo cáo nộp muộn vẫn được tiếp nhận nhưng được ghi nhận là nộp muộn.";
                    Queue(DeadlineKeys.Key(inSeries, organisation.Code, $"late-{step}"), inSeries, organisation.ContactEmails,
                        DeadlineMails.Late(organisation.Name, movement.Title, deadline.Title, due, daysLate, missing, policy, link), ref notices);
                    late.Add((organisation.Name, movement.Title, deadline.Title, due));
                }
            }

        var digests = 0;
        if (late.Count > 0 && organisations.Values.FirstOrDefault(o => o.Code == homeAffairsCode) is { } homeAffairs)
            Queue(digestKey, null, homeAffairs.ContactEmails, DeadlineMails.Digest(asOf, late, link + "/Inbox"), ref digests);
        return new SweepResult(reminders, notices, digests);
    }

    /// <summary>The organisations that still owe something for this deadline and year.</summary>
    private async Task<List<Guid>> PendingAsync(Movement movement, MovementDeadline deadline, int year, CancellationToken ct)
    {
        var participants = movement.Participants.Select(p => p.OrganisationId).ToList();
        if (deadline.Code == UnitReport)
        {
            var done = await db.MovementReports.Where(r => r.MovementId == movement.Id && r.Year == year && r.SubmittedAt != null)
                .Select(r => r.OrganisationId).ToListAsync(ct);
            return participants.Except(done).ToList();
        }
        var phases = movement.Phases.Where(p => p.Year == year).Select(p => p.Id).ToList();
        var owing = await db.Dossiers.Where(d => d.MovementId == movement.Id && phases.Contains(d.PhaseId) && d.SubmittedAt == null)
            .Select(d => d.ProposingOrganisationId).Distinct().ToListAsync(ct);
        return owing.Intersect(participants).ToList();
    }
}
