using DossierFlow.Application.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFlow.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.IdempotencyKey).HasMaxLength(300);
        builder.HasIndex(m => m.IdempotencyKey).IsUnique();
        builder.Property(m => m.ToAddresses).HasMaxLength(2000);
        builder.Property(m => m.Subject).HasMaxLength(500);
        builder.Property(m => m.MessageId).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.ClaimedBy).HasMaxLength(100);
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        // The deadline mails of one movement, deadline and year, read with their keys from the index alone.
        builder.Property(m => m.Series).HasMaxLength(200);
        builder.HasIndex(m => new { m.Series, m.IdempotencyKey });
        builder.Property(m => m.AttachmentName).HasMaxLength(255);
        builder.Property(m => m.AttachmentContentType).HasMaxLength(200);
    }
}
