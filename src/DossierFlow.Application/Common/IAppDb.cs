using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Common;

/// <summary>The part of the database the use cases work with. One SaveChanges per use case = one transaction.</summary>
public interface IAppDb
{
    DbSet<Organisation> Organisations { get; }
    DbSet<Movement> Movements { get; }
    DbSet<AwardType> AwardTypes { get; }
    DbSet<Dossier> Dossiers { get; }
    DbSet<Domain.Reports.MovementReport> MovementReports { get; }
    DbSet<DocumentContent> DocumentContents { get; }
    DbSet<Workflows.PublishedWorkflow> PublishedWorkflows { get; }
    DbSet<Mail.OutboxMessage> Outbox { get; }
    DbSet<Forms.FormData> FormData { get; }
    DbSet<Jobs.JobRun> JobRuns { get; }
    DbSet<Domain.Council.CouncilMember> CouncilMembers { get; }
    DbSet<Domain.Council.CouncilSession> CouncilSessions { get; }
    DbSet<Domain.Batches.SubmissionBatch> SubmissionBatches { get; }
    DbSet<Domain.Council.SessionDecision> SessionDecisions { get; }
    DbSet<Domain.Indicators.ReportIndicators> ReportIndicators { get; }
    DbSet<Domain.Indicators.DisciplineRecord> DisciplineRecords { get; }
    DbSet<Domain.Criteria.CriteriaEvaluation> CriteriaEvaluations { get; }
    DbSet<Criteria.PublishedCriteria> PublishedCriteria { get; }
    DbSet<OrganisationMerge> OrganisationMerges { get; }
    DbSet<Domain.Awards.PastAward> PastAwards { get; }
    DbSet<Domain.Publicity.PublicConsultation> PublicConsultations { get; }
    DbSet<Domain.Publicity.PublicOpinion> PublicOpinions { get; }
    DbSet<Domain.Reports.ConsolidatedReport> ConsolidatedReports { get; }

    /// <summary>Whether a DossierFlow account has this id (accounts are kept by ASP.NET Core Identity, beside these tables).</summary>
    Task<bool> AccountExistsAsync(string userId, CancellationToken ct = default);

    /// <summary>Saves; a concurrent change to the same dossier surfaces as <see cref="Domain.Common.ConcurrencyConflictException"/>.</summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
