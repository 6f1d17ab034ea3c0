using DossierFlow.Tests.Shared;
using DossierFlow.Application.Common;
using DossierFlow.Application.Demo;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Mail;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Movements;
using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>A deadline is judged on the first submission: a dossier returned for supplements can come back later.</summary>
public class DeadlineOnResubmissionTests
{
    private sealed class Clock(DateTime utc) : TimeProvider
    {
        public DateTime Now { get; set; } = utc;
        public override DateTimeOffset GetUtcNow() => new(Now, TimeSpan.Zero);
    }

    [Fact]
    public async Task On_time_then_returned_after_the_deadline_may_be_resubmitted_but_a_first_late_submission_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var clock = new Clock(new DateTime(2025, 12, 10, 2, 0, 0, DateTimeKind.Utc));
        var catalog = RepositoryFolders.Catalog();
        Guid labour, labourUnit, farmers, farmersUnit;
        await using (var db = await database.MigratedContextAsync())
        {
            await new DemoProvince(db, clock, catalog, new DocumentNumbers(db)).SeedAsync();
            var movement = await db.Movements.Include(m => m.Deadlines).SingleAsync(m => m.PlanNumber == "146/KH-UBND");
            var deadline = movement.Deadlines.Single(d => d.Code == "dossier-submission");
            movement.ChangeDeadline(deadline.Id, deadline.Title, 12, 15, null, LatePolicy.Refuse);
            await db.SaveChangesAsync();
            (labour, labourUnit) = await db.Dossiers.Where(d => d.Documents.Any()).Select(d => ValueTuple.Create(d.Id, d.ProposingOrganisationId)).SingleAsync();
            var other = await db.Dossiers.Where(d => d.Id != labour).FirstAsync();
            (farmers, farmersUnit) = (other.Id, other.ProposingOrganisationId);
        }

        async Task ActAsync(Guid dossier, Actor actor, string action, string? comment = null)
        {
            await using var db = database.NewContext();
            var revision = await db.Dossiers.Where(d => d.Id == dossier).Select(d => d.Revision).SingleAsync();
            var run = new WorkflowAction(db, catalog, RepositoryFolders.Calendar(), clock, Options.Create(new MailOptions()));
            // No form is issued by submitting or returning: the notices see an empty form catalog.
            var notices = new DossierNotices(db, new Application.Forms.FormCatalog(), null!, catalog, RepositoryFolders.Calendar(), clock);
            await new UnitOfWork(db).RunAsync(() => new TakeDossierAction(db, run, RepositoryFolders.Forms(), notices,
                new Application.Criteria.CriteriaGate(new Application.Criteria.CriteriaEvaluator(db, new Application.Criteria.CriteriaCatalog(), clock), catalog)).HandleAsync(actor, dossier, new WorkflowActionInput(action, revision, Guid.NewGuid(), comment)));
        }
        Actor Leader(Guid unit) => new("leader-" + unit, "Lãnh đạo", unit, new HashSet<string> { Roles.UnitLeader });
        var desk = new Actor("desk", "Văn thư", Guid.NewGuid(), new HashSet<string> { Roles.HomeAffairsClerk });

        await ActAsync(labour, Leader(labourUnit), "submit");                       // 10/12: on time
        clock.Now = new DateTime(2025, 12, 22, 2, 0, 0, DateTimeKind.Utc);
        await ActAsync(labour, desk, "return", "Bổ sung bản ký số của Tờ trình");
        await ActAsync(labour, Leader(labourUnit), "submit");                       // 22/12: back after the deadline

        var late = await Assert.ThrowsAsync<Domain.Workflows.GuardFailedException>(() => ActAsync(farmers, Leader(farmersUnit), "submit"));
        Assert.Contains(Domain.Workflows.Vocabulary.DeadlineOpen, late.Guards);
        Assert.Contains("15/12/2025", late.Message);   // the deadline the unit missed
        await using var read = database.NewContext();
        var resubmitted = await read.Dossiers.SingleAsync(d => d.Id == labour);
        Assert.Equal(("submitted", false), (resubmitted.State, resubmitted.SubmittedLate));
    }
}
