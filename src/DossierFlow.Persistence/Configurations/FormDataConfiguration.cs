using DossierFlow.Application.Forms;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFlow.Persistence.Configurations;

internal sealed class FormDataConfiguration : IEntityTypeConfiguration<FormData>
{
    public void Configure(EntityTypeBuilder<FormData> builder)
    {
        builder.ToTable("FormData");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.FormCode).HasMaxLength(100);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(f => f.DossierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.DossierId, f.FormCode, f.NomineeId }).IsUnique();
    }
}

/// <summary>The last number given per issuing organisation, document type and year.</summary>
internal sealed class DocumentNumberCounter
{
    public string IssuerCode { get; set; } = "";
    public string Symbol { get; set; } = "";
    public int Year { get; set; }
    public int LastNumber { get; set; }
}

internal sealed class DocumentNumberCounterConfiguration : IEntityTypeConfiguration<DocumentNumberCounter>
{
    public void Configure(EntityTypeBuilder<DocumentNumberCounter> builder)
    {
        builder.ToTable("DocumentNumberCounters");
        builder.HasKey(c => new { c.IssuerCode, c.Symbol, c.Year });
        builder.Property(c => c.IssuerCode).HasMaxLength(50);
        builder.Property(c => c.Symbol).HasMaxLength(20);
    }
}
