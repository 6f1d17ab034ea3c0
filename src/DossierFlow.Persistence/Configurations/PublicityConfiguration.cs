using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Publicity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFlow.Persistence.Configurations;

internal sealed class PublicConsultationConfiguration : IEntityTypeConfiguration<PublicConsultation>
{
    public void Configure(EntityTypeBuilder<PublicConsultation> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<Dossier>().WithMany().HasForeignKey(c => c.DossierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.DossierId).IsUnique();
        // The public page lists the consultations open today: by their closing day.
        builder.HasIndex(c => new { c.ClosesOn, c.OpensOn });
        builder.Property(c => c.OpenedBy).HasMaxLength(TextLimits.AccountId);
    }
}

internal sealed class PublicOpinionConfiguration : IEntityTypeConfiguration<PublicOpinion>
{
    public void Configure(EntityTypeBuilder<PublicOpinion> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.HasOne<PublicConsultation>().WithMany().HasForeignKey(o => o.ConsultationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.DossierId, o.ReceivedAt });
        // The throttle counts a client's recent opinions.
        builder.HasIndex(o => new { o.ClientKey, o.ReceivedAt });
        builder.Property(o => o.Name).HasMaxLength(TextLimits.PersonName);
        builder.Property(o => o.Contact).HasMaxLength(TextLimits.PersonName);
        builder.Property(o => o.Text).HasMaxLength(TextLimits.Opinion);
        builder.Property(o => o.ClientKey).HasMaxLength(64);
    }
}

internal sealed class PastAwardConfiguration : IEntityTypeConfiguration<PastAward>
{
    public void Configure(EntityTypeBuilder<PastAward> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Name).HasMaxLength(TextLimits.NomineeName);
        builder.Property(a => a.FoldedName).HasMaxLength(TextLimits.NomineeName);
        builder.Property(a => a.IdentityNumber).HasMaxLength(12);
        builder.Property(a => a.Workplace).HasMaxLength(TextLimits.Workplace);
        builder.Property(a => a.AwardName).HasMaxLength(TextLimits.Title);
        builder.Property(a => a.DecisionNumber).HasMaxLength(TextLimits.DocumentNumber);
        builder.Property(a => a.ImportedBy).HasMaxLength(TextLimits.AccountId);
        builder.HasOne<AwardType>().WithMany().HasForeignKey(a => a.AwardTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.IdentityNumber);
        builder.HasIndex(a => new { a.FoldedName, a.BirthDate });
    }
}
