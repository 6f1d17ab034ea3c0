using DossierFlow.Application.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DossierFlow.Persistence.Configurations;

internal sealed class PublishedWorkflowConfiguration : IEntityTypeConfiguration<PublishedWorkflow>
{
    public void Configure(EntityTypeBuilder<PublishedWorkflow> builder)
    {
        builder.HasKey(w => new { w.WorkflowId, w.Version });
        builder.Property(w => w.WorkflowId).HasMaxLength(100);
        builder.Property(w => w.Sha256).HasMaxLength(64);
        builder.Property(w => w.SourceFile).HasMaxLength(255);
    }
}
