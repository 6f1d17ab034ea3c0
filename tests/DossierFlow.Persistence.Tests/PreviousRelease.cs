using DossierFlow.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DossierFlow.Persistence.Tests;

/// <summary>
/// A database as the release before the generated migrations left it: its hand-written SQL migrations (kept
/// verbatim in PreviousRelease/{Sqlite,PostgreSql}/) run raw, each recorded in the history under the id that
/// release gave it, and the tables its Quartz.NET scheduler created beside them.
/// </summary>
internal static class PreviousRelease
{
    /// <summary>
    /// A context for writing data into the previous release's schema with today's entities: the columns added since
    /// (by the generated migrations) are left out of its model, so its inserts name only columns that exist there.
    /// </summary>
    public static AppDbContext NewContext(TestDatabase database)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        builder.UseDossierFlowDatabase(database.Options).ReplaceService<IModelCustomizer, WithoutLaterColumns>();
        return new AppDbContext(builder.Options);
    }

    private sealed class WithoutLaterColumns(ModelCustomizerDependencies dependencies) : ModelCustomizer(dependencies)
    {
        public override void Customize(ModelBuilder modelBuilder, DbContext context)
        {
            base.Customize(modelBuilder, context);
            // Migration Nominees: the nominee's identity fields and whether a document version is signed.
            modelBuilder.Entity<Domain.Dossiers.Nominee>(n =>
            {
                n.Ignore(x => x.FoldedName).Ignore(x => x.Gender).Ignore(x => x.BirthDate).Ignore(x => x.IdentityNumber)
                    .Ignore(x => x.StaffCode).Ignore(x => x.AchievementSummary);
                n.Metadata.GetIndexes().ToList().ForEach(i => n.Metadata.RemoveIndex(i));
            });
            modelBuilder.Entity<Domain.Dossiers.DossierDocument>(d => d.Ignore(x => x.IsSigned).Ignore(x => x.IsNumbered));
            // Migration Lists: dossier codes, search keys and the clock's due date.
            modelBuilder.Entity<Domain.Dossiers.Dossier>().Ignore(d => d.Code).Ignore(d => d.SearchText).OwnsOne(d => d.Clock).Ignore(c => c.DueOn);
            modelBuilder.Entity<Domain.Reports.MovementReport>().OwnsOne(r => r.Clock).Ignore(c => c.DueOn);
            modelBuilder.Entity<Domain.Organisations.Organisation>().Ignore(o => o.SearchName);
            modelBuilder.Entity<Domain.Awards.AwardType>().Ignore(a => a.PublicConsultation).Ignore(a => a.PublishDecisions);
        }
    }

    public static async Task BuildAsync(TestDatabase database, int migrations = 10)
    {
        await using var db = database.NewContext();
        var history = db.GetService<IHistoryRepository>();
        var folder = RepositoryRoot.Combine("tests", "DossierFlow.Persistence.Tests", "PreviousRelease", database.Options.Provider.ToString());
        await db.Database.ExecuteSqlRawAsync(history.GetCreateScript());
        foreach (var file in Directory.GetFiles(folder, "*.sql").Order(StringComparer.Ordinal).Take(migrations))
        {
            await db.Database.ExecuteSqlRawAsync(await File.ReadAllTextAsync(file));
            // 0004_JournalAppendOnly.sql was recorded as 20261121000004_JournalAppendOnly, and so on.
            var id = "2026112100" + Path.GetFileNameWithoutExtension(file);
            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(id, "10.0.14")));
        }
        await db.Database.ExecuteSqlRawAsync(QuartzTables);
    }

    /// <summary>
    /// Part of what Quartz.NET created with its default prefix: unquoted, so QRTZ_ on SQLite and qrtz_ on
    /// PostgreSQL, with the foreign keys that make the order of dropping matter, and a row in each.
    /// </summary>
    private const string QuartzTables = """
        CREATE TABLE QRTZ_JOB_DETAILS (SCHED_NAME VARCHAR(120) NOT NULL, JOB_NAME VARCHAR(150) NOT NULL, JOB_GROUP VARCHAR(150) NOT NULL,
            PRIMARY KEY (SCHED_NAME, JOB_NAME, JOB_GROUP));
        CREATE TABLE QRTZ_TRIGGERS (SCHED_NAME VARCHAR(120) NOT NULL, TRIGGER_NAME VARCHAR(150) NOT NULL, TRIGGER_GROUP VARCHAR(150) NOT NULL,
            JOB_NAME VARCHAR(150) NOT NULL, JOB_GROUP VARCHAR(150) NOT NULL,
            PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
            FOREIGN KEY (SCHED_NAME, JOB_NAME, JOB_GROUP) REFERENCES QRTZ_JOB_DETAILS (SCHED_NAME, JOB_NAME, JOB_GROUP));
        CREATE TABLE QRTZ_CRON_TRIGGERS (SCHED_NAME VARCHAR(120) NOT NULL, TRIGGER_NAME VARCHAR(150) NOT NULL, TRIGGER_GROUP VARCHAR(150) NOT NULL,
            CRON_EXPRESSION VARCHAR(250) NOT NULL,
            PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
            FOREIGN KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) REFERENCES QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) ON DELETE CASCADE);
        CREATE TABLE QRTZ_LOCKS (SCHED_NAME VARCHAR(120) NOT NULL, LOCK_NAME VARCHAR(40) NOT NULL, PRIMARY KEY (SCHED_NAME, LOCK_NAME));
        INSERT INTO QRTZ_JOB_DETAILS VALUES ('DossierFlow', 'deadline-sweep', 'deadlines');
        INSERT INTO QRTZ_TRIGGERS VALUES ('DossierFlow', 'deadline-sweep', 'deadlines', 'deadline-sweep', 'deadlines');
        INSERT INTO QRTZ_CRON_TRIGGERS VALUES ('DossierFlow', 'deadline-sweep', 'deadlines', '0 0 7 * * ?');
        INSERT INTO QRTZ_LOCKS VALUES ('DossierFlow', 'TRIGGER_ACCESS');
        """;
}
