using DossierFlow.Application.Criteria;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Criteria;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Indicators;
using DossierFlow.Domain.Organisations;
using DossierFlow.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFlow.Persistence.Configurations;

internal sealed class ReportIndicatorsConfiguration : IEntityTypeConfiguration<ReportIndicators>
{
    public void Configure(EntityTypeBuilder<ReportIndicators> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.EnteredBy).HasMaxLength(TextLimits.AccountId);
        builder.HasOne<MovementReport>().WithMany().HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Cascade);
        // Versions are numbered per report; two requests entering the same version cannot both commit.
        builder.HasIndex(s => new { s.ReportId, s.Version }).IsUnique();
        builder.OwnsMany(s => s.Values, v =>
        {
            v.ToTable("ReportIndicatorValues");
            v.WithOwner().HasForeignKey("ReportIndicatorsId");
            v.HasKey("ReportIndicatorsId", nameof(IndicatorValue.Code));
            v.Property(x => x.Code).HasMaxLength(TextLimits.Slug);
            v.Property(x => x.Value).HasPrecision(12, 2);
        });
        builder.Navigation(s => s.Values).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DisciplineRecordConfiguration : IEntityTypeConfiguration<DisciplineRecord>
{
    public void Configure(EntityTypeBuilder<DisciplineRecord> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.PersonName).HasMaxLength(TextLimits.PersonName);
        builder.Property(r => r.FoldedPersonName).HasMaxLength(TextLimits.PersonName);
        builder.Property(r => r.IdentityNumber).HasMaxLength(12);
        builder.Property(r => r.StaffCode).HasMaxLength(TextLimits.Code);
        builder.Property(r => r.DecisionNumber).HasMaxLength(TextLimits.DocumentNumber);
        builder.Property(r => r.Reason).HasMaxLength(TextLimits.Comment);
        builder.Property(r => r.RecordedBy).HasMaxLength(TextLimits.AccountId);
        builder.Ignore(r => r.IsCollective);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // The hard gate looks a nominee up by unit, by CCCD, or by folded name and birth date.
        builder.HasIndex(r => new { r.OrganisationId, r.DecidedOn });
        builder.HasIndex(r => r.IdentityNumber);
        builder.HasIndex(r => new { r.FoldedPersonName, r.BirthDate });
    }
}

internal sealed class CriteriaEvaluationConfiguration : IEntityTypeConfiguration<CriteriaEvaluation>
{
    public void Configure(EntityTypeBuilder<CriteriaEvaluation> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.SubjectType).HasMaxLength(TextLimits.Slug);
        builder.Property(e => e.Category).HasMaxLength(TextLimits.Slug);
        builder.Property(e => e.Reasons).HasMaxLength(CriteriaEvaluation.ReasonsLength);
        builder.Property(e => e.Missing).HasMaxLength(CriteriaEvaluation.ReasonsLength);
        builder.Property(e => e.RuleSet).HasMaxLength(TextLimits.Title);
        builder.Property(e => e.EvaluatedBy).HasMaxLength(TextLimits.PersonName);
        builder.Property(e => e.OverrideReason).HasMaxLength(TextLimits.Comment);
        builder.Property(e => e.OverriddenBy).HasMaxLength(TextLimits.PersonName);
        builder.Ignore(e => e.EffectiveVerdict);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(e => e.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Nominee>().WithMany().HasForeignKey(e => e.NomineeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.SubjectOrganisationId).OnDelete(DeleteBehavior.Restrict);
        // One verdict per nominee; the lists and the vote grid read a dossier's verdicts together.
        builder.HasIndex(e => e.NomineeId).IsUnique();
        builder.HasIndex(e => e.DossierId);
    }
}

internal sealed class PublishedCriteriaConfiguration : IEntityTypeConfiguration<PublishedCriteria>
{
    public void Configure(EntityTypeBuilder<PublishedCriteria> builder)
    {
        builder.HasKey(c => new { c.CriteriaId, c.Version });
        builder.Property(c => c.CriteriaId).HasMaxLength(TextLimits.Slug);
        builder.Property(c => c.Sha256).HasMaxLength(64);
        builder.Property(c => c.SourceFile).HasMaxLength(TextLimits.FileName);
    }
}
