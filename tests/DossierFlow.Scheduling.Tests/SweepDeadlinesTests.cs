using DossierFlow.Application.Common;
using DossierFlow.Application.Deadlines;
using DossierFlow.Application.Mail;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Reports;
using DossierFlow.Domain.Workflows;
using DossierFlow.Persistence;
using DossierFlow.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Scheduling.Tests;

public class SweepDeadlinesTests
{
    private static async Task<SweepResult> SweepAsync(TestDatabase database, int month, int day)
    {
        await using var db = database.NewContext();
        var sweep = new SweepDeadlines(db, Province.Mail, new TestClock(new DateTime(2026, month, day, 1, 0, 0, DateTimeKind.Utc)));
        return await new UnitOfWork(db).RunAsync(() => sweep.HandleAsync(new DateOnly(2026, month, day)));
    }

    [Fact]
    public async Task Reminders_come_14_7_3_and_1_days_before_then_late_notices_every_3_days_with_a_daily_digest()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await Province.SeedAsync(database);

        Assert.Equal(new SweepResult(0, 0, 0), await SweepAsync(database, 11, 16));
        Assert.Equal(new SweepResult(2, 0, 0), await SweepAsync(database, 11, 17)); // 14 days before 01/12, both units
        Assert.Equal(new SweepResult(0, 0, 0), await SweepAsync(database, 11, 17)); // the same day again: nothing twice
        Assert.Equal(new SweepResult(2, 0, 0), await SweepAsync(database, 11, 24)); // 7 days
        Assert.Equal(new SweepResult(2, 0, 0), await SweepAsync(database, 11, 28)); // 3 days
        Assert.Equal(new SweepResult(2, 0, 0), await SweepAsync(database, 11, 30)); // 1 day
        Assert.Equal(new SweepResult(0, 0, 0), await SweepAsync(database, 12, 1));  // the due day itself
        Assert.Equal(new SweepResult(0, 2, 1), await SweepAsync(database, 12, 2));  // late, and Sở Nội vụ's digest
        Assert.Equal(new SweepResult(0, 0, 1), await SweepAsync(database, 12, 3));  // same late step; a new day's digest
        Assert.Equal(new SweepResult(0, 2, 1), await SweepAsync(database, 12, 5));  // the next late step, 3 days on

        await using var db = database.NewContext();
        var mails = await db.Outbox.OrderBy(m => m.CreatedAt).ToListAsync();
        var reminder = mails.First(m => m.ToAddresses == "syt@example.gov.vn");
        Assert.Equal("[DossierFlow] Nhắc hạn: Báo cáo kết quả thực hiện phong trào trước ngày 01/12/2026 (còn 14 ngày)", reminder.Subject);
        Assert.Contains("Kính gửi Sở Y tế", reminder.Body);
        Assert.Contains(mails, m => m.Subject.StartsWith("[DossierFlow] Quá hạn 1 ngày") && m.Body.Contains("không được tiếp nhận"));
        Assert.Contains(mails, m => m.ToAddresses == "snv@example.gov.vn" && m.Body.Contains("Sở Công Thương"));
    }

    [Fact]
    public async Task After_downtime_the_missed_reminders_are_each_sent_once()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await Province.SeedAsync(database);

        Assert.Equal(new SweepResult(8, 0, 0), await SweepAsync(database, 11, 30)); // 14, 7, 3 and 1 days, for two units
        Assert.Equal(new SweepResult(0, 0, 0), await SweepAsync(database, 11, 30));
    }

    [Fact]
    public async Task A_unit_that_has_submitted_gets_nothing_more()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var (movementId, unit, _) = await Province.SeedAsync(database);
        await SweepAsync(database, 11, 17);

        await using (var db = database.NewContext())
        {
            var catalog = Province.Catalog();
            var movement = await db.Movements.Include(m => m.Participants).SingleAsync(m => m.Id == movementId);
            var workflow = catalog.Latest("bao-cao-phong-trao-hang-nam");
            var report = MovementReport.Create(movement, unit, 2026, workflow, DateTime.UtcNow, "clerk");
            var leader = new Actor("l", "Lãnh đạo", unit.Id, new HashSet<string> { Roles.UnitLeader });
            report.Apply(workflow, new TransitionDecision(workflow.Find("submit", "drafting")!, Roles.UnitLeader, false), leader, null,
                Guid.NewGuid(), report.Revision, DateTime.UtcNow, new DateOnly(2026, 11, 20), Application.Workflows.CalendarFile.Load(RepositoryRoot.Combine("workflows", "calendar", "vietnam-holidays.yaml")));
            db.MovementReports.Add(report);
            await db.SaveChangesAsync();
        }

        Assert.Equal(new SweepResult(1, 0, 0), await SweepAsync(database, 11, 24)); // only the other unit
    }

    [Fact]
    public async Task Several_deadlines_each_keep_their_own_reminder_days_and_concern_their_own_units()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var (movementId, _, unitB) = await Province.SeedAsync(database);
        await using (var db = database.NewContext())
        {
            var movement = await db.Movements.Include(m => m.Deadlines).Include(m => m.Phases).Include(m => m.Participants).Include(m => m.Awards).SingleAsync(m => m.Id == movementId);
            movement.AddDeadline("dossier-submission", "Nộp hồ sơ đề nghị khen thưởng", 12, 15, null, Domain.Movements.LatePolicy.AcceptAndMarkLate, [10, 2]);
            var award = Domain.Awards.AwardType.Create("bang-khen-chu-tich-tinh", "Bằng khen của Chủ tịch UBND tỉnh", Domain.Awards.AwardLevel.Provincial,
                "Chủ tịch UBND tỉnh", ["to-trinh"], 1, 1.5m, "bang-khen-chu-tich-tinh");
            db.AwardTypes.Add(award);
            movement.OfferAwards([award.Id]);
            var organisation = await db.Organisations.SingleAsync(o => o.Id == unitB.Id);
            db.Dossiers.Add(Domain.Dossiers.Dossier.Create(movement, movement.Phases[0].Id, organisation, award,
                Province.Catalog().Latest("bang-khen-chu-tich-tinh"), Domain.Dossiers.CommendationType.Movement, DateTime.UtcNow, "clerk", "HS-2026-000001"));
            await db.SaveChangesAsync();
        }

        Assert.Equal(new SweepResult(1, 2, 1), await SweepAsync(database, 12, 5));  // 10 days before 15/12: only the unit with a dossier; both units late for 01/12
        Assert.Equal(new SweepResult(0, 0, 1), await SweepAsync(database, 12, 6));
        Assert.Equal(new SweepResult(1, 2, 1), await SweepAsync(database, 12, 13)); // 2 days before 15/12; 12 days late for 01/12: the next notice
    }

    [Fact]
    public async Task The_progress_page_counts_each_units_mails_of_its_deadline_and_year_only()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var (movementId, unitA, unitB) = await Province.SeedAsync(database);
        foreach (var (month, day) in new[] { (11, 17), (11, 24), (12, 2), (12, 5) }) await SweepAsync(database, month, day);
        await using (var db = database.NewContext())
        {
            // Another year's mail to the same unit, and a unit whose code begins like another's, must not count.
            var series2027 = DeadlineKeys.Series(movementId, SweepDeadlines.UnitReport, 2027);
            db.Outbox.Add(new OutboxMessage(DeadlineKeys.Key(series2027, unitA.Code, "before-14"), ["a@example.gov.vn"], "x", "x", DateTime.UtcNow).InSeries(series2027));
            var series2026 = DeadlineKeys.Series(movementId, SweepDeadlines.UnitReport, 2026);
            db.Outbox.Add(new OutboxMessage(DeadlineKeys.Key(series2026, unitA.Code + "-2", "before-14"), ["b@example.gov.vn"], "x", "x", DateTime.UtcNow).InSeries(series2026));
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var clock = new TestClock(new DateTime(2026, 12, 5, 1, 0, 0, DateTimeKind.Utc));
        var row = Assert.Single(await new DeadlineProgress(read, clock).HandleAsync(movementId, 2026));

        Assert.True(row.Passed);
        Assert.Equal((0, 0, 2), (row.OnTime, row.Late, row.Missing));
        Assert.Equal(new[] { (unitB.Code, 4), (unitA.Code, 4) }, row.Shown.Select(o => (o.Code, o.RemindersSent)).OrderBy(o => o.Code, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task The_progress_page_counts_each_standing_and_lists_the_one_asked_for()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var (movementId, unitA, unitB) = await Province.SeedAsync(database);
        await SweepAsync(database, 11, 17);
        await using (var db = database.NewContext())
        {
            var movement = await db.Movements.Include(m => m.Participants).SingleAsync(m => m.Id == movementId);
            var workflow = Province.Catalog().Latest("bao-cao-phong-trao-hang-nam");
            var report = MovementReport.Create(movement, unitA, 2026, workflow, DateTime.UtcNow, "clerk");
            var leader = new Actor("l", "Lãnh đạo", unitA.Id, new HashSet<string> { Roles.UnitLeader });
            report.Apply(workflow, new TransitionDecision(workflow.Find("submit", "drafting")!, Roles.UnitLeader, false), leader, null,
                Guid.NewGuid(), report.Revision, new DateTime(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 11, 20),
                Application.Workflows.CalendarFile.Load(RepositoryRoot.Combine("workflows", "calendar", "vietnam-holidays.yaml")));
            db.MovementReports.Add(report);
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var progress = new DeadlineProgress(read, new TestClock(new DateTime(2026, 11, 25, 1, 0, 0, DateTimeKind.Utc)));
        var missing = Assert.Single(await progress.HandleAsync(movementId, 2026));
        Assert.Equal((false, 1, 0, 1), (missing.Passed, missing.OnTime, missing.Late, missing.Missing));
        Assert.Equal(unitB.Code, Assert.Single(missing.Shown).Code);

        var onTime = Assert.Single(await progress.HandleAsync(movementId, 2026, DeadlineStanding.OnTime));
        var shown = Assert.Single(onTime.Shown);
        Assert.Equal((unitA.Code, DeadlineStanding.OnTime, new DateTime(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc), 1),
            (shown.Code, shown.Standing, shown.SubmittedAt, shown.RemindersSent));
        Assert.Empty(Assert.Single(await progress.HandleAsync(movementId, 2026, DeadlineStanding.Late)).Shown);
        // A page past the end lists nobody but keeps the counts.
        var beyond = Assert.Single(await progress.HandleAsync(movementId, 2026, DeadlineStanding.Missing, page: 2));
        Assert.Equal((0, 1), (beyond.Shown.Count, beyond.ShownTotal));
    }
}
