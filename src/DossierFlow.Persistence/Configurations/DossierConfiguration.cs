using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFlow.Persistence.Configurations;

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        builder.MapWorkflowSubject("DossierId");
        builder.Property(d => d.CreatedBy).HasMaxLength(450);
        builder.Property(d => d.CentralDecisionNumber).HasMaxLength(TextLimits.DocumentNumber);
        builder.Property(d => d.Code).HasMaxLength(20);
        builder.HasIndex(d => d.Code).IsUnique();
        // The code and every nominee's name, folded: a dossier of 500 nominees needs about 20,000 characters.
        builder.Property(d => d.SearchText).HasMaxLength(200_000);
        builder.Ignore(d => d.IsEditable);
        builder.Ignore(d => d.CouncilVotesRecorded);

        builder.HasOne<Movement>().WithMany().HasForeignKey(d => d.MovementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MovementPhase>().WithMany().HasForeignKey(d => d.PhaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(d => d.ProposingOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AwardType>().WithMany().HasForeignKey(d => d.AwardTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.ProposingOrganisationId, d.UpdatedAt });
        builder.HasIndex(d => new { d.MovementId, d.State });
        // The lists' orders and the home page's counts (ADR 0027); the inbox's due date is the clock's column.
        builder.HasIndex(d => d.UpdatedAt);
        // The ministry statistics date national awards by the central decision.
        builder.HasIndex(d => d.CentralDecisionDate);
        builder.HasIndex(d => new { d.WorkflowId, d.WorkflowVersion, d.State });
        // The inbox's page of ids is read from IX_Dossiers_State_ClockDueOn_SubmittedAt_Id alone. EF cannot model an
        // index over an owned type's column and its owner's, so the migration InboxIndex creates it in SQL.
        // The Chairman's page of ids (ChairmanInbox): the held state, then the keys it joins on for its order.
        builder.HasIndex(d => new { d.State, d.MovementId, d.AwardTypeId, d.ProposingOrganisationId, d.Id });
        // The deadline progress page groups a year's submissions per unit from this index alone.
        builder.HasIndex(d => new { d.PhaseId, d.ProposingOrganisationId, d.SubmittedAt, d.SubmittedLate });

        builder.HasMany(d => d.Nominees).WithOne().HasForeignKey("DossierId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Nominees).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class NomineeConfiguration : IEntityTypeConfiguration<Nominee>
{
    public void Configure(EntityTypeBuilder<Nominee> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Name).HasMaxLength(TextLimits.NomineeName);
        builder.Property(n => n.Position).HasMaxLength(TextLimits.Position);
        builder.Property(n => n.Workplace).HasMaxLength(TextLimits.Workplace);
        builder.Property(n => n.FoldedName).HasMaxLength(TextLimits.NomineeName);
        builder.Property(n => n.IdentityNumber).HasMaxLength(12);
        builder.Property(n => n.StaffCode).HasMaxLength(TextLimits.Code);
        builder.Property(n => n.AchievementSummary).HasMaxLength(TextLimits.NomineeSummary);
        builder.Ignore(n => n.Details);
        // The lookups of the same person across dossiers (NomineeHistory): by CCCD, else by folded name and birth date.
        builder.HasIndex(n => n.IdentityNumber);
        builder.HasIndex(n => new { n.FoldedName, n.BirthDate });
        builder.Property(n => n.CouncilPercent).HasPrecision(5, 2);
        builder.Property(n => n.CouncilNote).HasMaxLength(500);
        builder.Ignore(n => n.InDecision);
    }
}

internal sealed class DossierDocumentConfiguration : IEntityTypeConfiguration<DossierDocument>
{
    public void Configure(EntityTypeBuilder<DossierDocument> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Kind).HasMaxLength(TextLimits.Slug);
        builder.Property(d => d.FileName).HasMaxLength(TextLimits.FileName);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.UploadedBy).HasMaxLength(450);
        builder.HasIndex("DossierId", nameof(DossierDocument.Kind), nameof(DossierDocument.Version)).IsUnique();
        builder.HasIndex("MovementReportId", nameof(DossierDocument.Kind), nameof(DossierDocument.Version)).IsUnique();
        builder.HasOne<DocumentContent>().WithMany().HasForeignKey(d => d.Sha256).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DocumentContentConfiguration : IEntityTypeConfiguration<DocumentContent>
{
    public void Configure(EntityTypeBuilder<DocumentContent> builder)
    {
        builder.HasKey(c => c.Sha256);
        builder.Property(c => c.Sha256).HasMaxLength(64);
    }
}
