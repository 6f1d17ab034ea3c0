using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFlow.Persistence.Configurations;

/// <summary>The columns and children every workflow subject has: dossiers and yearly reports map them alike.</summary>
internal static class WorkflowSubjectMapping
{
    /// <param name="ownerColumn">The subject's column in the shared journal and document tables ("DossierId").</param>
    public static void MapWorkflowSubject<T>(this EntityTypeBuilder<T> builder, string ownerColumn) where T : WorkflowSubject
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        // App-incremented revision doubles as the optimistic concurrency token on both providers.
        builder.Property(s => s.Revision).IsConcurrencyToken();
        builder.Property(s => s.State).HasMaxLength(100);
        builder.Property(s => s.WorkflowId).HasMaxLength(100);
        builder.Ignore(s => s.CurrentDocuments);
        builder.Ignore(s => s.OwnerOrganisationId);
        builder.OwnsOne(s => s.Clock, clock =>
        {
            clock.Property(c => c.RunningSince).HasColumnName("ClockRunningSince");
            clock.Property(c => c.UsedWorkingDays).HasColumnName("ClockUsedWorkingDays");
            clock.Property(c => c.LimitWorkingDays).HasColumnName("ClockLimitWorkingDays");
            clock.Property(c => c.DueOn).HasColumnName("ClockDueOn");
            // The overdue filter and the inbox's order.
            clock.HasIndex(c => c.DueOn);
            clock.Ignore(c => c.IsPaused);
        });
        builder.Navigation(s => s.Clock).IsRequired();
        builder.HasMany(s => s.Journal).WithOne().HasForeignKey(ownerColumn).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Documents).WithOne().HasForeignKey(ownerColumn).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(s => s.Journal).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.Documents).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(s => new { s.State, s.UpdatedAt });
    }
}
