using DossierFlow.Domain.Common;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFlow.Persistence.Configurations;

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("JournalEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        // A repeated operation id can never act twice, even when two requests race past the in-memory check.
        builder.HasIndex(e => e.OperationId).IsUnique();
        // The ministry statistics find a year's awards by the day dossiers reached their awarded state.
        builder.HasIndex(e => new { e.ToState, e.At });
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.UserName).HasMaxLength(200);
        builder.Property(e => e.Role).HasMaxLength(50);
        builder.Property(e => e.Action).HasMaxLength(100);
        builder.Property(e => e.ActionTitle).HasMaxLength(300);
        builder.Property(e => e.FromState).HasMaxLength(100);
        builder.Property(e => e.ToState).HasMaxLength(100);
        builder.Property(e => e.Comment).HasMaxLength(TextLimits.Comment);
    }
}
