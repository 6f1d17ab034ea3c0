using DossierFlow.Domain.Common;
using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Organisations;
using DossierFlow.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFlow.Persistence.Configurations;

internal sealed class MovementReportConfiguration : IEntityTypeConfiguration<MovementReport>
{
    public void Configure(EntityTypeBuilder<MovementReport> builder)
    {
        builder.ToTable("MovementReports");
        builder.MapWorkflowSubject("MovementReportId");
        builder.Property(r => r.CreatedBy).HasMaxLength(450);
        builder.Property(r => r.Summary).HasMaxLength(TextLimits.Summary);
        builder.HasOne<Movement>().WithMany().HasForeignKey(r => r.MovementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // One report per unit, movement and year: a second "create" finds the first instead of forking it.
        builder.HasIndex(r => new { r.MovementId, r.OrganisationId, r.Year }).IsUnique();
    }
}
