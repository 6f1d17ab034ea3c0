using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Batches;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Movements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFlow.Persistence.Configurations;

internal sealed class SubmissionBatchConfiguration : IEntityTypeConfiguration<SubmissionBatch>
{
    public void Configure(EntityTypeBuilder<SubmissionBatch> builder)
    {
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Revision).IsConcurrencyToken();
        builder.Property(b => b.Title).HasMaxLength(TextLimits.Title);
        builder.Property(b => b.CreatedBy).HasMaxLength(450);
        builder.Property(b => b.ForwardedBy).HasMaxLength(450);
        builder.Property(b => b.SubmissionSha256).HasMaxLength(64);
        builder.HasOne<Movement>().WithMany().HasForeignKey(b => b.MovementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DocumentContent>().WithMany().HasForeignKey(b => b.SubmissionSha256).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.Status, b.CreatedAt });
        builder.HasIndex(b => b.SessionId);
        builder.Ignore(b => b.SubmissionCurrent);

        builder.OwnsMany(b => b.Awards, a =>
        {
            a.ToTable("SubmissionBatchAward");
            a.WithOwner().HasForeignKey("SubmissionBatchId");
            a.HasKey("SubmissionBatchId", nameof(BatchAward.AwardTypeId));
            a.HasOne<AwardType>().WithMany().HasForeignKey(x => x.AwardTypeId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.OwnsMany(b => b.Entries, e =>
        {
            e.ToTable("SubmissionBatchEntry");
            e.WithOwner().HasForeignKey("SubmissionBatchId");
            e.HasKey("SubmissionBatchId", nameof(BatchEntry.DossierId));
            e.HasOne<Dossier>().WithMany().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Restrict);
            // A dossier is in at most one batch: the database says so too, whatever two requests race.
            e.HasIndex(x => x.DossierId).IsUnique();
            e.Property(x => x.AppraisalNote).HasMaxLength(TextLimits.Comment);
            e.Property(x => x.AddedBy).HasMaxLength(450);
        });
        builder.OwnsMany(b => b.Changes, c =>
        {
            c.ToTable("SubmissionBatchChange");
            c.WithOwner().HasForeignKey("SubmissionBatchId");
            // A generated key: the journal's rows have no natural one and are only ever added.
            c.Property<int>("Id");
            c.HasKey("Id");
            c.Property(x => x.By).HasMaxLength(450);
            c.Property(x => x.DossierCode).HasMaxLength(TextLimits.Code);
            c.Property(x => x.Reason).HasMaxLength(TextLimits.Comment);
        });
        builder.Navigation(b => b.Awards).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(b => b.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(b => b.Changes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
