using DossierFlow.Domain.Awards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFlow.Persistence.Configurations;

internal sealed class AwardTypeConfiguration : IEntityTypeConfiguration<AwardType>
{
    public void Configure(EntityTypeBuilder<AwardType> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Code).HasMaxLength(100);
        builder.HasIndex(a => a.Code).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(300);
        builder.Property(a => a.DecidingAuthority).HasMaxLength(300);
        builder.Property(a => a.WorkflowId).HasMaxLength(100);
        builder.Property(a => a.BonusMultiplier).HasPrecision(6, 2);
        builder.Ignore(a => a.RequiredDocuments);
        builder.Property<string>("_requiredDocuments").HasColumnName("RequiredDocuments").HasMaxLength(1000);
    }
}
