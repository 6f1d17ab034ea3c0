using System.Text;
using DossierFlow.Tests.Shared;
using DossierFlow.Application.Common;
using DossierFlow.Application.Organisations;
using DossierFlow.Domain.Organisations;
using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

public class ImportOrganisationsTests
{
    private static Task<int> ImportAsync(AppDbContext db, TextReader csv) =>
        new UnitOfWork(db).RunAsync(() => new ImportOrganisations(db).HandleAsync(Actors.Admin, csv));

    private const string Header = "code,name,short_code,kind,parent_code,emails,valid_from,valid_to,successor_code\n";

    [Fact]
    public async Task A_good_file_imports_children_before_their_parents_appear()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = await database.MigratedContextAsync();
        var csv = Header
            + "SNV,Sở Nội vụ,SNV,Department,UBND-T,snv@example.vn;vanthu@example.vn,01/01/2020,,\n"
            + "UBND-T,\"Ủy ban nhân dân tỉnh, Sóc Trăng\",UBND,UBND tỉnh,,,2020-01-01,,\n";

        var count = await ImportAsync(db, new StringReader(csv));

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
            ImportAsync(db, new StringReader(csv)));

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
            ImportAsync(db, new StringReader(csv)));

        var problem = Assert.Single(failure.Problems);
        Assert.Equal((2, "parent_code"), (problem.Line, problem.Field));
    }

    [Fact]
    public async Task Every_problem_of_every_row_is_reported_with_its_line_and_column()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = await database.MigratedContextAsync();
        var csv = Header
            + "SNV,Sở Nội vụ,SNV,Department,,snv@example.vn,01/01/2020,,\n"
            + "SYT,,SYT,Department,KHONG-CO,,2026-13-01,,\n"
            + "STC,Sở Tài chính,stc,Bộ,,a@b.vn;khong-phai-email;c@,01/01/2020,31/12/2019,SNV\n";

        var failure = await Assert.ThrowsAsync<ImportFailedException>(() =>
            ImportAsync(db, new StringReader(csv)));

        Assert.Equal([
            (3, "name", "Tên đơn vị là bắt buộc."),
            (3, "parent_code", "Không tìm thấy đơn vị cấp trên có mã \"KHONG-CO\"."),
            (3, "valid_from", "Ngày bắt đầu hiệu lực phải có dạng dd/MM/yyyy."),
            (4, "short_code", "Ký hiệu viết tắt chỉ gồm chữ in hoa (có thể có dấu), chữ số và dấu chấm, tối đa 20 ký tự, ví dụ SNV, UBND, TT.HĐTĐKT."),
            (4, "kind", "Loại đơn vị \"Bộ\" không hợp lệ."),
            (4, "emails", "Địa chỉ email \"khong-phai-email\" không hợp lệ."),
            (4, "emails", "Địa chỉ email \"c@\" không hợp lệ."),
            (4, "valid_to", "Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực."),
        ], failure.Problems.Select(p => (p.Line, p.Field, p.Message)));
        Assert.Equal("Tệp có 8 lỗi, không có đơn vị nào được nhập.", failure.Message);
        Assert.Equal("dòng 3, cột \"parent_code\": Không tìm thấy đơn vị cấp trên có mã \"KHONG-CO\".", failure.Problems[1].ToString());
        await using var read = database.NewContext();
        Assert.Equal(0, await read.Organisations.CountAsync());
    }

    [Fact]
    public async Task Quoted_fields_with_commas_quotes_and_line_breaks_round_trip_with_vietnamese_letters()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = await database.MigratedContextAsync();
        // As the page and the command read it: a UTF-8 file with a byte-order mark, in a header order of its own.
        var csv = "\uFEFFValid_From, Code ,NAME,short_code,kind,parent_code,emails\r\n"
            + "01/01/2020,UBND-T,\"Ủy ban nhân dân tỉnh, Sóc Trăng\",UBND,UBND tỉnh,,\r\n"
            + "\r\n"
            + ",,,,,,\r\n"
            + "01/01/2020,THPT-LL,\"Trường THPT \"\"Lê Lợi\"\"\nphân hiệu Đông Hải\",THPT,Khác,UBND-T,\"thpt@example.vn; hieutruong@example.vn\"\r\n"
            + "01/01/2020,SYT,Sở Y tế,SYT,Department,KHONG-CO,\r\n";
        using var reader = new StreamReader(new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray()), Encoding.UTF8);

        var failure = await Assert.ThrowsAsync<ImportFailedException>(() => ImportAsync(db, reader));
        // The quoted line break counts as a line: the last row starts on line 7.
        Assert.Equal((7, "parent_code"), (Assert.Single(failure.Problems).Line, failure.Problems[0].Field));

        var count = await ImportAsync(db, new StringReader(csv.Replace(",KHONG-CO,", ",UBND-T,")));

        Assert.Equal(3, count);
        await using var read = database.NewContext();
        var school = await read.Organisations.SingleAsync(o => o.Code == "THPT-LL");
        Assert.Equal("Trường THPT \"Lê Lợi\"\nphân hiệu Đông Hải", school.Name);
        Assert.Equal(["thpt@example.vn", "hieutruong@example.vn"], school.ContactEmails);
        Assert.Equal(OrganisationKind.Other, school.Kind);
        Assert.Equal("Ủy ban nhân dân tỉnh, Sóc Trăng", (await read.Organisations.SingleAsync(o => o.Code == "UBND-T")).Name);
    }

    [Fact]
    public async Task A_parent_cycle_and_a_successor_later_in_the_file_are_handled()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = await database.MigratedContextAsync();
        var cycle = Header
            + "A,Đơn vị A,A,Department,B,,01/01/2020,,\n"
            + "B,Đơn vị B,B,Department,A,,01/01/2020,,\n";
        var failure = await Assert.ThrowsAsync<ImportFailedException>(() =>
            ImportAsync(db, new StringReader(cycle)));
        Assert.Equal([(2, "parent_code"), (3, "parent_code")], failure.Problems.Select(p => (p.Line, p.Field)));
        Assert.All(failure.Problems, p => Assert.Equal("Không thể đặt đơn vị trực thuộc chính nó hoặc một đơn vị cấp dưới của nó.", p.Message));

        var merger = Header
            + "UBND-H-TD,Ủy ban nhân dân huyện Trần Đề,UBND,DistrictPeopleCommittee,,,01/01/2020,30/06/2025,UBND-X-TD\n"
            + "UBND-X-TD,Ủy ban nhân dân xã Trần Đề,UBND,CommunePeopleCommittee,,,01/07/2025,,\n";
        Assert.Equal(2, await ImportAsync(db, new StringReader(merger)));
        await using var read = database.NewContext();
        var district = await read.Organisations.SingleAsync(o => o.Code == "UBND-H-TD");
        Assert.Equal((await read.Organisations.SingleAsync(o => o.Code == "UBND-X-TD")).Id, district.SuccessorId);
        Assert.Equal(new DateOnly(2025, 6, 30), district.ValidTo);
    }

    [Fact]
    public async Task A_missing_header_column_is_reported()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = await database.MigratedContextAsync();
        var failure = await Assert.ThrowsAsync<ImportFailedException>(() =>
            ImportAsync(db, new StringReader("code,name\nA,B\n")));
        Assert.Contains(failure.Problems, p => p is { Line: 1, Field: "short_code" });
    }
}
