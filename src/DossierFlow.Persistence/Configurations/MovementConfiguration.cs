using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFlow.Persistence.Configurations;

internal sealed class MovementConfiguration : IEntityTypeConfiguration<Movement>
{
    public void Configure(EntityTypeBuilder<Movement> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Title).HasMaxLength(TextLimits.MovementTitle);
        builder.Property(m => m.PlanNumber).HasMaxLength(TextLimits.Code);
        builder.Ignore(m => m.Period);

        builder.HasMany(m => m.Phases).WithOne().HasForeignKey("MovementId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Deadlines).WithOne().HasForeignKey("MovementId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Participants).WithOne().HasForeignKey("MovementId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Awards).WithOne().HasForeignKey("MovementId").OnDelete(DeleteBehavior.Cascade);
        foreach (var navigation in new[] { "Phases", "Deadlines", "Participants", "Awards" })
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class MovementPhaseConfiguration : IEntityTypeConfiguration<MovementPhase>
{
    public void Configure(EntityTypeBuilder<MovementPhase> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Title).HasMaxLength(TextLimits.Title);
        builder.HasIndex("MovementId", nameof(MovementPhase.Kind), nameof(MovementPhase.Year)).IsUnique();
    }
}

internal sealed class MovementDeadlineConfiguration : IEntityTypeConfiguration<MovementDeadline>
{
    public void Configure(EntityTypeBuilder<MovementDeadline> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Code).HasMaxLength(TextLimits.Code);
        builder.Property(d => d.Title).HasMaxLength(TextLimits.Title);
        builder.Ignore(d => d.ReminderDays);
        builder.Property<string>("_reminderDays").HasColumnName("ReminderDays").HasMaxLength(50);
        builder.HasIndex("MovementId", nameof(MovementDeadline.Code)).IsUnique();
    }
}

internal sealed class MovementParticipantConfiguration : IEntityTypeConfiguration<MovementParticipant>
{
    public void Configure(EntityTypeBuilder<MovementParticipant> builder)
    {
        builder.HasKey("MovementId", nameof(MovementParticipant.OrganisationId));
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MovementAwardConfiguration : IEntityTypeConfiguration<MovementAward>
{
    public void Configure(EntityTypeBuilder<MovementAward> builder)
    {
        builder.HasKey("MovementId", nameof(MovementAward.AwardTypeId));
        builder.HasOne<AwardType>().WithMany().HasForeignKey(a => a.AwardTypeId).OnDelete(DeleteBehavior.Restrict);
    }
}
