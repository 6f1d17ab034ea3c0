using DossierFlow.Tests.Shared;
using DossierFlow.Application.Organisations;
using DossierFlow.Domain.Organisations;
using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

public class ImportOrganisationsTests
{
    private const string Header = "code,name,short_code,kind,parent_code,emails,valid_from,valid_to,successor_code\n";

    [Fact]
    public async Task A_good_file_imports_children_before_their_parents_appear()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = await database.MigratedContextAsync();
        var csv = Header
            + "SNV,Sở Nội vụ,SNV,Department,UBND-T,snv@example.vn;vanthu@example.vn,01/01/2020,,\n"
            + "UBND-T,\"Ủy ban nhân dân tỉnh, Sóc Trăng\",UBND,UBND tỉnh,,,2020-01-01,,\n";

        var count = await new ImportOrganisations(db).HandleAsync(Actors.Admin, new StringReader(csv));

        Assert.Equal(2, count);
        await using var read = database.NewContext();
        var snv = await read.Organisations.SingleAsync(o => o.Code == "SNV");
        var province = await read.Organisations.SingleAsync(o => o.Code == "UBND-T");
        Assert.Equal(province.Id, snv.ParentId);
        Assert.Equal("Ủy ban nhân dân tỉnh, Sóc Trăng", province.Name);
        Assert.Equal(OrganisationKind.ProvincialPeopleCommittee, province.Kind);
        Assert.Equal(["snv@example.vn", "vanthu@example.vn"], snv.ContactEmails);
    }

    [Fact]
    public async Task A_bad_file_names_each_line_and_column_and_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = await database.MigratedContextAsync();
        var csv = Header
            + "SNV,Sở Nội vụ,SNV,Department,,snv@example.vn,01/01/2020,,\n"
            + "SYT,Sở Y tế,syt,Department,,,01/01/2020,,\n"
            + "SCT,Sở Công Thương,SCT,Bộ,,,01/01/2020,,\n"
            + "STC,Sở Tài chính,STC,Department,,,31/02/2020,,\n";

        var failure = await Assert.ThrowsAsync<ImportFailedException>(() =>
            new ImportOrganisations(db).HandleAsync(Actors.Admin, new StringReader(csv)));

        Assert.Equal([(3, "short_code"), (4, "kind"), (5, "valid_from")], failure.Problems.Select(p => (p.Line, p.Field)));
        Assert.Contains("Ký hiệu viết tắt", failure.Problems[0].Message);
        await using var read = database.NewContext();
        Assert.Equal(0, await read.Organisations.CountAsync());
    }

    [Fact]
    public async Task An_unknown_parent_is_reported_on_its_line()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = await database.MigratedContextAsync();
        var csv = Header + "SNV,Sở Nội vụ,SNV,Department,KHONG-CO,,01/01/2020,,\n";

        var failure = await Assert.ThrowsAsync<ImportFailedException>(() =>
            new ImportOrganisations(db).HandleAsync(Actors.Admin, new StringReader(csv)));

        var problem = Assert.Single(failure.Problems);
        Assert.Equal((2, "parent_code"), (problem.Line, problem.Field));
    }

    [Fact]
    public async Task A_missing_header_column_is_reported()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = await database.MigratedContextAsync();
        var failure = await Assert.ThrowsAsync<ImportFailedException>(() =>
            new ImportOrganisations(db).HandleAsync(Actors.Admin, new StringReader("code,name\nA,B\n")));
        Assert.Contains(failure.Problems, p => p is { Line: 1, Field: "short_code" });
    }
}
