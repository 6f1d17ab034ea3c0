using DossierFlow.Application.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFlow.Persistence.Configurations;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Job).HasMaxLength(100);
        builder.Property(r => r.Source).HasMaxLength(50);
        builder.Property(r => r.Summary).HasMaxLength(500);
        builder.Property(r => r.Error).HasMaxLength(2000);
        builder.HasIndex(r => new { r.Job, r.StartedAt });
    }
}
