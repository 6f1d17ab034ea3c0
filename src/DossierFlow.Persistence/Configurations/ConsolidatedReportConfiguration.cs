using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFlow.Persistence.Configurations;

internal sealed class ConsolidatedReportConfiguration : IEntityTypeConfiguration<ConsolidatedReport>
{
    public void Configure(EntityTypeBuilder<ConsolidatedReport> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.Property(r => r.SignerName).HasMaxLength(TextLimits.PersonName);
        builder.Property(r => r.GeneratedBy).HasMaxLength(TextLimits.AccountId);
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.HasOne<Movement>().WithMany().HasForeignKey(r => r.MovementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DocumentContent>().WithMany().HasForeignKey(r => r.Sha256).OnDelete(DeleteBehavior.Restrict);
        // One report per movement and year: generating it again replaces the document under the same number.
        builder.HasIndex(r => new { r.MovementId, r.Year }).IsUnique();
    }
}
