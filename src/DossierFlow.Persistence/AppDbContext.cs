using DossierFlow.Application.Common;
using DossierFlow.Application.Mail;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Organisations;
using DossierFlow.Domain.Reports;
using DossierFlow.Persistence.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IAppDb, IDataProtectionKeyContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Movement> Movements => Set<Movement>();
    public DbSet<AwardType> AwardTypes => Set<AwardType>();
    public DbSet<Dossier> Dossiers => Set<Dossier>();
    public DbSet<MovementReport> MovementReports => Set<MovementReport>();
    public DbSet<DocumentContent> DocumentContents => Set<DocumentContent>();
    public DbSet<PublishedWorkflow> PublishedWorkflows => Set<PublishedWorkflow>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<Application.Forms.FormData> FormData => Set<Application.Forms.FormData>();
    public DbSet<Application.Jobs.JobRun> JobRuns => Set<Application.Jobs.JobRun>();
    public DbSet<Domain.Council.CouncilMember> CouncilMembers => Set<Domain.Council.CouncilMember>();
    public DbSet<Domain.Council.CouncilSession> CouncilSessions => Set<Domain.Council.CouncilSession>();
    public DbSet<Domain.Batches.SubmissionBatch> SubmissionBatches => Set<Domain.Batches.SubmissionBatch>();
    public DbSet<Domain.Council.SessionDecision> SessionDecisions => Set<Domain.Council.SessionDecision>();
    public DbSet<Domain.Indicators.ReportIndicators> ReportIndicators => Set<Domain.Indicators.ReportIndicators>();
    public DbSet<Domain.Indicators.DisciplineRecord> DisciplineRecords => Set<Domain.Indicators.DisciplineRecord>();
    public DbSet<Domain.Criteria.CriteriaEvaluation> CriteriaEvaluations => Set<Domain.Criteria.CriteriaEvaluation>();
    public DbSet<Application.Criteria.PublishedCriteria> PublishedCriteria => Set<Application.Criteria.PublishedCriteria>();
    public DbSet<OrganisationMerge> OrganisationMerges => Set<OrganisationMerge>();
    public DbSet<Domain.Awards.PastAward> PastAwards => Set<Domain.Awards.PastAward>();
    public DbSet<Domain.Publicity.PublicConsultation> PublicConsultations => Set<Domain.Publicity.PublicConsultation>();
    public DbSet<Domain.Publicity.PublicOpinion> PublicOpinions => Set<Domain.Publicity.PublicOpinion>();
    public DbSet<ConsolidatedReport> ConsolidatedReports => Set<ConsolidatedReport>();

    /// <summary>The keys protecting sign-in cookies, shared by every node (ASP.NET Core data protection).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public Task<bool> AccountExistsAsync(string userId, CancellationToken ct = default) => Users.AnyAsync(u => u.Id == userId, ct);

    public override async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(
                "Dữ liệu đã được người khác cập nhật cùng lúc. Vui lòng tải lại trang và thực hiện lại.");
        }
        catch (DbUpdateException e) when ((e.InnerException?.Message ?? "").Contains("OperationId"))
        {
            // The unique index on the journal's operation ids: the id was already used for another subject.
            throw new DomainException("operation-id-reused", "Mã thao tác (operation id) đã được dùng cho một thao tác khác. Hãy tạo mã mới cho mỗi thao tác.");
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        Configurations.SearchIndexes.Configure(builder, Database);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Times are UTC in the database on both providers; SQLite forgets the kind, so restore it on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
