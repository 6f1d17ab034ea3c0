using DossierFlow.Domain.Common;
using DossierFlow.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFlow.Persistence.Configurations;

internal sealed class OrganisationMergeConfiguration : IEntityTypeConfiguration<OrganisationMerge>
{
    public void Configure(EntityTypeBuilder<OrganisationMerge> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.LegalBasis).HasMaxLength(TextLimits.Title);
        builder.Property(m => m.RecordedBy).HasMaxLength(TextLimits.PersonName);
        builder.Property(m => m.Accounts).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(m => m.AbsorbedId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(m => m.AbsorbingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.AbsorbedId);
    }
}
