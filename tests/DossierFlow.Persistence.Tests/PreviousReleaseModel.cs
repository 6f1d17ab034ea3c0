using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Organisations;
using DossierFlow.Domain.Reports;
using DossierFlow.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DossierFlow.Persistence.Tests;

/// <summary>
/// The model without the columns later migrations add, so a test can write rows into a database of the previous
/// release with today's domain (the upgrade test seeds the demo there, then migrates).
/// </summary>
internal sealed class PreviousReleaseModel(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    public static AppDbContext NewContext(TestDatabase database)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        builder.UseDossierFlowDatabase(database.Options);
        builder.ReplaceService<IModelCustomizer, PreviousReleaseModel>();
        return new AppDbContext(builder.Options);
    }

    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        // The Lists migration: dossier codes, search keys and the clock's due date.
        modelBuilder.Entity<Dossier>().Ignore(d => d.Code).Ignore(d => d.SearchText).OwnsOne(d => d.Clock).Ignore(c => c.DueOn);
        modelBuilder.Entity<MovementReport>().OwnsOne(r => r.Clock).Ignore(c => c.DueOn);
        modelBuilder.Entity<Organisation>().Ignore(o => o.SearchName);
    }
}
