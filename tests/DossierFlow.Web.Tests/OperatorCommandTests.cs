namespace DossierFlow.Web.Tests;

/// <summary>Migrating, importing organisations and creating the first administrator.</summary>
public sealed class OperatorCommandTests : CommandLineTest
{
    [Fact]
    public async Task Migrate_import_and_create_admin_work_in_sequence()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        var csv = WriteCsv("code,name,short_code,kind,parent_code,emails,valid_from\n"
            + "UBND-T,Ủy ban nhân dân tỉnh,UBND,ProvincialPeopleCommittee,,,01/01/2020\n"
            + "SNV,Sở Nội vụ,SNV,Department,UBND-T,snv@example.gov.vn,01/01/2020\n");

        var import = await RunAsync("import-organisations", csv);
        var admin = await RunAsync("create-admin", "--user", "quantri", "--password", "Mat-khau-2026!", "--name", "Nguyễn Văn Quản", "--organisation", "SNV");

        Assert.True(import.ExitCode == 0, import.Errors);
        Assert.Contains("Đã nhập 2 đơn vị.", import.Output);
        Assert.True(admin.ExitCode == 0, admin.Errors);
        Assert.Equal(2, CountOrganisations());
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
    }

    [Fact]
    public async Task A_bad_csv_names_the_line_and_field_exits_non_zero_and_imports_nothing()
    {
        await MigratedAsync();
        var csv = WriteCsv("code,name,short_code,kind,parent_code,emails,valid_from\n"
            + "SNV,Sở Nội vụ,SNV,Department,,snv@example.gov.vn,01/01/2020\n"
            + "SYT,Sở Y tế,SYT,Department,,khong-phai-email,01/01/2020\n");

        var result = await RunAsync("import-organisations", csv);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("dòng 3, cột \"emails\"", result.Errors);
        Assert.Equal(0, CountOrganisations());
    }

    [Fact]
    public async Task Create_admin_for_an_unknown_organisation_fails()
    {
        await MigratedAsync();
        var result = await RunAsync("create-admin", "--user", "a", "--password", "Mat-khau-2026!", "--name", "A", "--organisation", "KHONG-CO");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("KHONG-CO", result.Errors);
    }
}
