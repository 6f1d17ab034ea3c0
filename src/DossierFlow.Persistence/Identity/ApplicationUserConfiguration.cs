using DossierFlow.Domain.Common;
using DossierFlow.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFlow.Persistence.Identity;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(TextLimits.PersonName);
        builder.Property(u => u.Position).HasMaxLength(TextLimits.Position);
        builder.Property(u => u.DeactivatedReason).HasMaxLength(TextLimits.List);
        builder.Property(u => u.Signing).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
