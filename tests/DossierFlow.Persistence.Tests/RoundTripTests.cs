using DossierFlow.Tests.Shared;
using DossierFlow.Application.Demo;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Organisations;
using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests;

public class RoundTripTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_demo_province_reads_back_as_it_was_written(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = await database.MigratedContextAsync())
            Assert.True(await new DemoProvince(db, TimeProvider.System, RepositoryFolders.Catalog(), new DocumentNumbers(db)).SeedAsync());

        await using var read = database.NewContext();
        var movement = await read.Movements.Include(m => m.Deadlines).Include(m => m.Phases).Include(m => m.Participants).SingleAsync(m => m.PlanNumber == "146/KH-UBND");
        Assert.Equal("Vì người nghèo - Không để ai bị bỏ lại phía sau", movement.Title);
        Assert.Equal(new DateOnly(2022, 10, 12), movement.PlanDate);
        var deadlines = movement.Deadlines.OrderBy(d => d.Day).ToList();
        Assert.Equal([new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 15)], deadlines.Select(d => d.DueIn(2025)!.Value));
        Assert.Equal([LatePolicy.Refuse, LatePolicy.AcceptAndMarkLate], deadlines.Select(d => d.LatePolicy));
        Assert.Equal(7, movement.Phases.Count);
        var sample = await read.Movements.Include(m => m.Deadlines).SingleAsync(m => m.PlanNumber == "01/KH-UBND");
        Assert.Equal(DateTime.UtcNow.Year, sample.StartYear); // the sample yearly movement keeps the demo's deadlines current

        var district = await read.Organisations.SingleAsync(o => o.Code == "UBND-TX-VC");
        Assert.Equal((OrganisationKind.DistrictPeopleCommittee, "UBND", new DateOnly(2025, 6, 30)),
            (district.Kind, district.ShortCode, district.ValidTo));
        Assert.Equal(["snv@cantho.demo.gov.vn"], (await read.Organisations.SingleAsync(o => o.Code == "SNV")).ContactEmails);

        var dossier = await read.Dossiers.Include(d => d.Nominees)
            .SingleAsync(d => d.Nominees.Any(n => n.Name == "Trần Thị Ngọc Hương"));
        Assert.Equal(DateTimeKind.Utc, dossier.CreatedAt.Kind);
        Assert.Equal(7, dossier.Revision); // two nominees and four signed scans (the achievement report once per nominee)
        Assert.Equal([NomineeKind.Collective, NomineeKind.Individual], dossier.Nominees.OrderBy(n => n.Order).Select(n => n.Kind));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Seeding_twice_adds_nothing_the_second_time(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = await database.MigratedContextAsync())
            await new DemoProvince(db, TimeProvider.System, RepositoryFolders.Catalog(), new DocumentNumbers(db)).SeedAsync();
        await using var again = database.NewContext();
        Assert.False(await new DemoProvince(again, TimeProvider.System, RepositoryFolders.Catalog(), new DocumentNumbers(again)).SeedAsync());
        Assert.Equal(4, await again.Dossiers.CountAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Document_metadata_and_content_round_trip_with_the_hash(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Guid dossierId;
        var bytes = "%PDF-1.7 biên bản"u8.ToArray();
        await using (var db = await database.MigratedContextAsync())
        {
            await new DemoProvince(db, TimeProvider.System, RepositoryFolders.Catalog(), new DocumentNumbers(db)).SeedAsync();
            var dossier = await db.Dossiers.Include(d => d.Documents).FirstAsync(d => !d.Documents.Any());
            var content = DocumentContent.From(bytes);
            db.DocumentContents.Add(content);
            dossier.AttachDocument(dossier.Revision, "bien-ban-hoi-dong", "biên-bản.pdf", "application/pdf", content, DateTime.UtcNow, "clerk");
            await db.SaveChangesAsync();
            dossierId = dossier.Id;
        }
        await using var read = database.NewContext();
        var document = (await read.Dossiers.Include(d => d.Documents).SingleAsync(d => d.Id == dossierId)).Documents.Single();
        var stored = await read.DocumentContents.SingleAsync(c => c.Sha256 == document.Sha256);
        Assert.Equal("biên-bản.pdf", document.FileName);
        Assert.Equal(bytes, stored.Bytes);
        Assert.Equal(DocumentContent.HashOf(bytes), document.Sha256);
    }
}
