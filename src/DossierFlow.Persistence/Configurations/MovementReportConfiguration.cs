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
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.Property(r => r.State).HasMaxLength(100);
        builder.Property(r => r.WorkflowId).HasMaxLength(100);
        builder.Property(r => r.CreatedBy).HasMaxLength(450);
        builder.Property(r => r.Summary).HasMaxLength(4000);
        builder.Ignore(r => r.OwnerOrganisationId);
        builder.Ignore(r => r.CurrentDocuments);
        builder.HasOne<Movement>().WithMany().HasForeignKey(r => r.MovementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // One report per unit, movement and year: a second "create" finds the first instead of forking it.
        builder.HasIndex(r => new { r.MovementId, r.OrganisationId, r.Year }).IsUnique();
        builder.HasIndex(r => new { r.State, r.UpdatedAt });
        builder.OwnsOne(r => r.Clock, clock =>
        {
            clock.Property(c => c.RunningSince).HasColumnName("ClockRunningSince");
            clock.Property(c => c.UsedWorkingDays).HasColumnName("ClockUsedWorkingDays");
            clock.Property(c => c.LimitWorkingDays).HasColumnName("ClockLimitWorkingDays");
            clock.Ignore(c => c.IsPaused);
        });
        builder.Navigation(r => r.Clock).IsRequired();
        builder.HasMany(r => r.Journal).WithOne().HasForeignKey("MovementReportId").OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Documents).WithOne().HasForeignKey("MovementReportId").OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.Journal).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.Documents).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
