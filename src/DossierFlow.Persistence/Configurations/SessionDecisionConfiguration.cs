using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Council;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFlow.Persistence.Configurations;

internal sealed class SessionDecisionConfiguration : IEntityTypeConfiguration<SessionDecision>
{
    public void Configure(EntityTypeBuilder<SessionDecision> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Revision).IsConcurrencyToken();
        builder.Property(d => d.Symbol).HasMaxLength(TextLimits.Code);
        builder.Property(d => d.ApprovedBy).HasMaxLength(TextLimits.AccountId);
        builder.Property(d => d.ApprovedByName).HasMaxLength(TextLimits.PersonName);
        builder.Property(d => d.SignerUserId).HasMaxLength(TextLimits.AccountId);
        builder.Property(d => d.SignerName).HasMaxLength(TextLimits.PersonName);
        builder.Property(d => d.SignerPosition).HasMaxLength(TextLimits.Position);
        builder.Property(d => d.IssuedBy).HasMaxLength(TextLimits.AccountId);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.CentralNumber).HasMaxLength(TextLimits.DocumentNumber);
        builder.HasOne<CouncilSession>().WithMany().HasForeignKey(d => d.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AwardType>().WithMany().HasForeignKey(d => d.AwardTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DocumentContent>().WithMany().HasForeignKey(d => d.Sha256).OnDelete(DeleteBehavior.Restrict);
        // One decision per session and award; one number per register and year, even if two clerks race.
        builder.HasIndex(d => new { d.SessionId, d.AwardTypeId }).IsUnique();
        builder.HasIndex(d => new { d.Symbol, d.Year, d.Number }).IsUnique();
        builder.HasIndex(d => d.Status);
        builder.OwnsMany(d => d.Exclusions, e =>
        {
            e.ToTable("SessionDecisionExclusion");
            e.WithOwner().HasForeignKey("SessionDecisionId");
            e.HasKey("SessionDecisionId", nameof(DecisionExclusion.NomineeId));
            e.Property(x => x.NomineeName).HasMaxLength(TextLimits.NomineeName);
            e.Property(x => x.Reason).HasMaxLength(TextLimits.Comment);
        });
    }
}
