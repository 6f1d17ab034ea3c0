using DossierFlow.Domain.Common;
using DossierFlow.Domain.Council;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFlow.Persistence.Configurations;

internal sealed class CouncilMemberConfiguration : IEntityTypeConfiguration<CouncilMember>
{
    public void Configure(EntityTypeBuilder<CouncilMember> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.FullName).HasMaxLength(TextLimits.PersonName);
        builder.Property(m => m.Position).HasMaxLength(TextLimits.Position);
        builder.Property(m => m.Email).HasMaxLength(254);
        builder.Property(m => m.UserId).HasMaxLength(TextLimits.AccountId);
    }
}

internal sealed class CouncilSessionConfiguration : IEntityTypeConfiguration<CouncilSession>
{
    public void Configure(EntityTypeBuilder<CouncilSession> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Revision).IsConcurrencyToken();
        builder.Property(s => s.Place).HasMaxLength(TextLimits.Title);
        builder.Property(s => s.CreatedBy).HasMaxLength(450);
        builder.Property(s => s.MinutesSha256).HasMaxLength(64);
        builder.HasOne<DocumentContent>().WithMany().HasForeignKey(s => s.MinutesSha256).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.StartsAt);
        builder.Ignore(s => s.Chair);
        builder.Ignore(s => s.Secretary);
        builder.Ignore(s => s.Present);
        builder.Ignore(s => s.WrittenOpinions);
        builder.Ignore(s => s.AllVoted);
        builder.Ignore(s => s.ResultsConfirmed);
        builder.Property(s => s.ResultsConfirmedBy).HasMaxLength(TextLimits.PersonName);

        builder.OwnsMany(s => s.Attendees, a =>
        {
            a.ToTable("CouncilSessionAttendee");
            a.WithOwner().HasForeignKey("CouncilSessionId");
            a.HasKey("CouncilSessionId", nameof(SessionAttendee.MemberId));
            a.Property(x => x.FullName).HasMaxLength(TextLimits.PersonName);
            a.Property(x => x.Position).HasMaxLength(TextLimits.Position);
            a.Property(x => x.Email).HasMaxLength(254);
            a.Property(x => x.UserId).HasMaxLength(TextLimits.AccountId);
            a.HasIndex(x => x.UserId);
        });
        builder.OwnsMany(s => s.Items, i =>
        {
            i.ToTable("CouncilSessionItem");
            i.WithOwner().HasForeignKey("CouncilSessionId");
            i.HasKey("CouncilSessionId", nameof(SessionItem.DossierId));
            i.HasOne<Dossier>().WithMany().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Restrict);
            i.HasIndex(x => x.DossierId);
        });
        builder.OwnsMany(s => s.Votes, v =>
        {
            v.ToTable("CouncilSessionVote");
            v.WithOwner().HasForeignKey("CouncilSessionId");
            // A generated key: EF cannot tell a new owned row with a natural key from an existing one (it would UPDATE).
            v.Property<int>("Id");
            v.HasKey("Id");
            v.HasIndex("CouncilSessionId", nameof(SessionVote.NomineeId)).IsUnique();
            v.Property(x => x.NomineeName).HasMaxLength(TextLimits.NomineeName);
            v.Property(x => x.Percent).HasPrecision(5, 2);
            v.Property(x => x.Explanation).HasMaxLength(500);
        });
        builder.OwnsMany(s => s.Corrections, c =>
        {
            c.ToTable("CouncilSessionVoteCorrection");
            c.WithOwner().HasForeignKey("CouncilSessionId");
            c.Property<int>("Id");
            c.HasKey("Id");
            c.Property(x => x.NomineeName).HasMaxLength(TextLimits.NomineeName);
            c.Property(x => x.Reason).HasMaxLength(TextLimits.Comment);
            c.Property(x => x.By).HasMaxLength(TextLimits.PersonName);
        });
        builder.Navigation(s => s.Corrections).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.Attendees).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.Votes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
