using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFlow.Persistence.Configurations;

internal sealed class AwardTypeConfiguration : IEntityTypeConfiguration<AwardType>
{
    public void Configure(EntityTypeBuilder<AwardType> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Code).HasMaxLength(TextLimits.Slug);
        builder.HasIndex(a => a.Code).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(TextLimits.Title);
        builder.Property(a => a.DecidingAuthority).HasMaxLength(TextLimits.Title);
        builder.Property(a => a.WorkflowId).HasMaxLength(TextLimits.Slug);
        builder.Property(a => a.BonusMultiplier).HasPrecision(6, 2);
        builder.Ignore(a => a.RequiredDocuments);
        builder.Property<string>("_requiredDocuments").HasColumnName("RequiredDocuments").HasMaxLength(TextLimits.List);
    }
}
