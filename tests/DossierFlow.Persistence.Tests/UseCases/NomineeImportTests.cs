using System.IO.Compression;
using DocumentFormat.OpenXml.Spreadsheet;
using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Forms;
using DossierFlow.Application.Organisations;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>
/// Importing the nominee spreadsheet into a dossier: all or nothing, every problem with its row and column, a second
/// import updating the nominees it describes, and files that are not what they claim refused before anything changes.
/// </summary>
public class NomineeImportTests : ProvinceTest
{
    private const string Lan = "001185012345";

    private async Task<NomineeImportResult> ImportAsync(Guid dossier, byte[] file, string name = "danh-sach.xlsx", Domain.Access.Actor? actor = null)
    {
        var revision = await DossierBuilder.RevisionAsync(_host, dossier);
        return await _host.RunAsync<ImportNominees, NomineeImportResult>(i =>
            i.HandleAsync(actor ?? _province.Clerk(_province.School), dossier, revision, name, file));
    }

    private Task<List<Nominee>> NomineesAsync(Guid dossier) =>
        _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == dossier).SelectMany(d => d.Nominees).OrderBy(n => n.Order).ToListAsync());

    /// <summary>Asserts that the import was refused and the dossier left exactly as it was.</summary>
    private async Task<TException> RefusedAsync<TException>(Guid dossier, byte[] file, string name = "danh-sach.xlsx") where TException : Exception
    {
        var (revision, before) = (await DossierBuilder.RevisionAsync(_host, dossier), (await NomineesAsync(dossier)).Count);
        var error = await Assert.ThrowsAsync<TException>(() => ImportAsync(dossier, file, name));
        Assert.Equal(revision, await DossierBuilder.RevisionAsync(_host, dossier));
        Assert.Equal(before, (await NomineesAsync(dossier)).Count);
        return error;
    }

    [Fact]
    public async Task The_template_filled_and_imported_adds_each_row_with_its_fields()
    {
        var dossier = await _province.Dossier().DraftAsync();
        var template = await _host.RunAsync<DownloadNomineeTemplate, ExportFile>(t => t.HandleAsync(_province.Clerk(_province.School), dossier));
        Assert.Equal("mau-danh-sach-doi-tuong.xlsx", template.FileName);

        // The template comes back unchanged: its one nominee (no CCCD, no birth date) is recognised, not doubled.
        Assert.Equal(new NomineeImportResult(0, 1), await ImportAsync(dossier, template.Content));

        var result = await ImportAsync(dossier, TestSheet.Build([
            TestSheet.Person(1, "Nguyễn Văn An", kind: "Cá nhân", gender: "Nam"),
            TestSheet.Person(2, "Trần Thị Lan", "05/03/1985", Lan),
            TestSheet.Person(3, "Phòng Giáo dục Trung học", kind: "Tập thể", gender: ""),
            TestSheet.Person(4, "Hộ ông Thạch Sô Phết", kind: "hộ gia đình", gender: ""),
        ]));

        Assert.Equal(new NomineeImportResult(3, 1), result);
        var nominees = await NomineesAsync(dossier);
        Assert.Equal(["Nguyễn Văn An", "Trần Thị Lan", "Phòng Giáo dục Trung học", "Hộ ông Thạch Sô Phết"], nominees.Select(n => n.Name));
        var lan = nominees[1];
        Assert.Equal((NomineeKind.Individual, NomineeGender.Female, new DateOnly(1985, 3, 5), Lan, "tran thi lan"),
            (lan.Kind, lan.Gender, lan.BirthDate, lan.IdentityNumber, lan.FoldedName));
        Assert.Equal("Hoàn thành xuất sắc nhiệm vụ năm 2025", lan.AchievementSummary);
        Assert.Equal([NomineeKind.Individual, NomineeKind.Individual, NomineeKind.Collective, NomineeKind.Household], nominees.Select(n => n.Kind));
    }

    [Fact]
    public async Task Importing_again_updates_the_nominees_matched_by_CCCD_or_by_name_and_birth_date()
    {
        var dossier = await _province.Dossier().DraftAsync();
        await ImportAsync(dossier, TestSheet.Build([
            TestSheet.Person(1, "Trần Thị Lan", "05/03/1985", Lan),
            TestSheet.Person(2, "Lê Văn Bình", "12/10/1979", gender: "Nam"),
        ]));

        var again = await ImportAsync(dossier, TestSheet.Build([
            TestSheet.Person(1, "Trần Thị Lan (Phòng Tổ chức)", "05/03/1985", Lan, position: "Phó Trưởng phòng"),
            TestSheet.Person(2, "le  van   BINH", "12/10/1979", gender: "Nam", position: "Tổ trưởng"),
            TestSheet.Person(3, "Phạm Thị Cúc", "01/02/1990", "001190000001"),
        ]));

        Assert.Equal(new NomineeImportResult(1, 2), again);
        var nominees = await NomineesAsync(dossier);
        Assert.Equal(4, nominees.Count);
        Assert.Equal(["Chuyên viên", "Phó Trưởng phòng", "Tổ trưởng", "Chuyên viên"], nominees.Select(n => n.Position));
        Assert.Equal("Trần Thị Lan (Phòng Tổ chức)", nominees[1].Name);
    }

    [Fact]
    public async Task A_file_with_problems_changes_nothing_and_names_every_problem_by_row_and_column()
    {
        var dossier = await _province.Dossier().DraftAsync();
        var error = await RefusedAsync<ImportFailedException>(dossier, TestSheet.Build([
            TestSheet.Person(1, "Trần Thị Lan", "05/03/1985", Lan),
            TestSheet.Person(2, "Lê Văn Bình", "12/10/1979", "00118501234"),
            TestSheet.Person(3, "Phạm Thị Cúc", "01/01/2030"),
            TestSheet.Person(4, "Đỗ Văn Dũng", kind: "Cán bộ"),
            TestSheet.Person(5, "", "31/02/1980"),
            TestSheet.Person(6, "Tran Thi Lan", "05/03/1985", Lan),
        ]));

        Assert.Contains("không có đối tượng nào được nhập", error.Message);
        var problems = error.Problems.Select(p => (p.Line, p.Field[..1])).ToList();
        Assert.Equal([(3, "F"), (4, "E"), (5, "C"), (6, "E"), (7, "F")], problems);
        Assert.Contains("12 chữ số", error.Problems[0].Message);
        Assert.Contains("tương lai", error.Problems[1].Message);
        Assert.Contains("Trùng với dòng 2", error.Problems[4].Message);
        Assert.All(error.Problems, p => Assert.StartsWith("dòng ", p.ToString()));
    }

    public static TheoryData<string> BadFiles => ["pdf", "xls", "headers", "merged", "formula", "rows", "bomb", "huge", "empty", "lying-name"];

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_file_that_is_not_a_plain_filled_template_is_refused_with_its_reason_and_nothing_imported(string bad)
    {
        var dossier = await _province.Dossier().DraftAsync();
        var good = TestSheet.Person(1, "Trần Thị Lan", "05/03/1985", Lan);
        switch (bad)
        {
            case "pdf":
                Assert.Equal("nominee-file-type", (await RefusedAsync<DomainException>(dossier, "%PDF-1.4 giả làm bảng tính"u8.ToArray())).Code);
                break;
            case "xls":
                Assert.Equal("nominee-file-legacy", (await RefusedAsync<DomainException>(dossier, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])).Code);
                break;
            case "lying-name":
                Assert.Equal("nominee-file-type", (await RefusedAsync<DomainException>(dossier, TestSheet.Build([good]), "danh-sach.pdf")).Code);
                break;
            case "headers":
                var headers = TestSheet.Headers.ToArray();
                (headers[2], headers[3]) = (headers[3], headers[2]);
                var wrong = await RefusedAsync<ImportFailedException>(dossier, TestSheet.Build([good], headers));
                Assert.Equal([(1, "C"), (1, "D")], wrong.Problems.Select(p => (p.Line, p.Field[..1])));
                Assert.Contains("Tiêu đề cột phải là \"Loại (cá nhân / tập thể / hộ gia đình)\"", wrong.Problems[0].Message);
                break;
            case "merged":
                var merged = await RefusedAsync<ImportFailedException>(dossier, TestSheet.Build([good, TestSheet.Person(2, "Lê Văn Bình", "12/10/1979")],
                    tweak: (sheet, data) => sheet.InsertAfter(new MergeCells(new MergeCell { Reference = "G2:H3" }), data)));
                Assert.Contains(merged.Problems, p => p.Line == 2 && p.Field.StartsWith('G') && p.Message.Contains("G2:H3"));
                break;
            case "formula":
                var formula = await RefusedAsync<ImportFailedException>(dossier, TestSheet.Build([good], tweak: (_, data) =>
                    data.Elements<Row>().Last().Append(new Cell { CellReference = "E2", CellFormula = new CellFormula("TODAY()-12000"), CellValue = new CellValue(33000) })));
                var problem = Assert.Single(formula.Problems);
                Assert.Equal((2, "E"), (problem.Line, problem.Field[..1]));
                Assert.Contains("công thức", problem.Message);
                break;
            case "rows":
                var many = await RefusedAsync<ImportFailedException>(dossier,
                    TestSheet.Build(Enumerable.Range(1, 10_000).Select(i => TestSheet.Person(i, $"Người thứ {i}"))));
                Assert.Contains("10.000 dòng đối tượng, quá giới hạn 1.000 dòng", Assert.Single(many.Problems).Message);
                break;
            case "bomb":
                Assert.Equal("nominee-file-bomb", (await RefusedAsync<DomainException>(dossier, ZipBomb())).Code);
                break;
            case "huge":
                var huge = new byte[6 * 1024 * 1024];
                "PK\u0003\u0004"u8.CopyTo(huge);
                Assert.Equal("nominee-file-too-large", (await RefusedAsync<DomainException>(dossier, huge)).Code);
                break;
            case "empty":
                Assert.Equal("nominee-import-empty", (await RefusedAsync<DomainException>(dossier, TestSheet.Build([]))).Code);
                break;
        }
    }

    /// <summary>A workbook's parts plus one of 60 MB of zeros, which deflates to a few dozen kilobytes.</summary>
    private static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", "xl/workbook.xml" })
                using (var entry = new StreamWriter(zip.CreateEntry(name).Open())) entry.Write("<x/>");
            using var big = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 60; i++) big.Write(zeros);
        }
        return stream.ToArray();
    }

    [Fact]
    public async Task Only_the_proposing_units_clerk_imports_and_only_while_the_unit_holds_the_dossier()
    {
        var dossier = await _province.Dossier().DraftAsync();
        var file = TestSheet.Build([TestSheet.Person(1, "Trần Thị Lan", "05/03/1985", Lan)]);

        await Assert.ThrowsAsync<ForbiddenException>(() => ImportAsync(dossier, file, actor: _province.Clerk(_province.Union)));
        await Assert.ThrowsAsync<ForbiddenException>(() => ImportAsync(dossier, file, actor: _province.Leader(_province.School)));
        await DossierBuilder.ActAsync(_host, dossier, _province.Leader(_province.School), "submit");
        Assert.Equal("dossier-not-editable", (await RefusedAsync<DomainException>(dossier, file)).Code);
    }

    [Fact]
    public async Task A_nominee_is_edited_with_the_same_checks_as_the_import()
    {
        var dossier = await _province.Dossier().DraftAsync();
        var nominee = (await NomineesAsync(dossier)).Single();
        var revision = await DossierBuilder.RevisionAsync(_host, dossier);
        Task Change(NomineeDetails details, int seen) =>
            _host.RunAsync<EditNominees>(e => e.ChangeAsync(_province.Clerk(_province.School), dossier, seen, nominee.Id, details));

        var future = await Assert.ThrowsAsync<DomainException>(() =>
            Change(new NomineeDetails(NomineeKind.Individual, "Nguyễn Văn An", BirthDate: new DateOnly(2030, 1, 1)), revision));
        Assert.Equal("nominee-birth-future", future.Code);
        await Change(new NomineeDetails(NomineeKind.Individual, "Nguyễn Văn An", "Phó Hiệu trưởng", null, NomineeGender.Male,
            new DateOnly(1980, 4, 30), Lan), revision);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Change(new NomineeDetails(NomineeKind.Individual, "X"), revision));

        var stored = (await NomineesAsync(dossier)).Single();
        Assert.Equal(("Phó Hiệu trưởng", Lan, new DateOnly(1980, 4, 30)), (stored.Position, stored.IdentityNumber, stored.BirthDate));
    }
}
