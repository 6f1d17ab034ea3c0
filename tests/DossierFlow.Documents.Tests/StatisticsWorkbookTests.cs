using System.Diagnostics;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DossierFlow.Application.Reports.Statistics;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Organisations;
using DossierFlow.Tests.Shared;

namespace DossierFlow.Documents.Tests;

/// <summary>
/// The ministry's statistical tables as a spreadsheet program reads them (openpyxl) and as LibreOffice prints them,
/// from the repository's layout and a few counted facts.
/// </summary>
public sealed class StatisticsWorkbookTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossierflow-stats-").FullName;

    private static byte[] Render()
    {
        var layout = StatisticsLayoutFile.Load(RepositoryRoot.Combine("workflows", StatisticsLayoutFile.PathInWorkflowsFolder));
        AwardFact[] awards =
        [
            new("bang-khen-chu-tich-tinh", AwardLevel.Provincial, NomineeKind.Collective, null, OrganisationKind.Department, CommendationType.Movement, 1234),
            new("bang-khen-chu-tich-tinh", AwardLevel.Provincial, NomineeKind.Individual, NomineeGender.Female, OrganisationKind.Enterprise, CommendationType.Merit, 56),
            new("bang-khen-thu-tuong", AwardLevel.National, NomineeKind.Individual, NomineeGender.Male, OrganisationKind.Department, CommendationType.Merit, 7),
        ];
        MovementFact[] movements = [new(5, 2), new(1, 3)];
        var statistics = new MinistryStatistics(2026, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "Ủy ban nhân dân tỉnh Sóc Trăng", layout,
            layout.Tables.Select(t => StatisticsCells.Fill(t, awards, movements)).ToList());
        return new StatisticsWorkbook().Render(statistics);
    }

    [Fact]
    public void The_workbook_passes_the_OpenXml_validator()
    {
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(Render()), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(workbook).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void A_spreadsheet_program_reads_the_heading_the_counts_as_numbers_a_frozen_repeated_header_and_A4_landscape()
    {
        var path = Path.Combine(_folder, "thong-ke.xlsx");
        File.WriteAllBytes(path, Render());
        var (code, output) = Run("/usr/bin/python3", RepositoryRoot.Combine("tests", "tools", "xlsxread.py"), path);
        Assert.True(code == 0, "openpyxl could not read the workbook (python3-openpyxl is installed by tests/run.sh):\n" + output);
        var sheet = JsonDocument.Parse(output).RootElement;
        var cells = sheet.GetProperty("cells");
        Assert.Equal("0601", sheet.GetProperty("title").GetString());
        Assert.Equal("Biểu số: 0601.N/BNV-TĐKT", cells.GetProperty("A1").GetProperty("value").GetString());
        Assert.Equal("SỐ PHONG TRÀO THI ĐUA", cells.GetProperty("A4").GetProperty("value").GetString());
        Assert.Equal("Năm 2026 (số liệu từ 01/01/2026 đến 31/12/2026)", cells.GetProperty("A5").GetProperty("value").GetString());
        // Row 10 is "Tổng số": the five movements, as a number with a thousands format; row 18 "1 năm": three.
        var total = cells.GetProperty("D10");
        Assert.Equal("number", total.GetProperty("type").GetString());
        Assert.Equal(5, total.GetProperty("value").GetInt32());
        Assert.Equal("#,##0", total.GetProperty("format").GetString());
        Assert.Equal(3, cells.GetProperty("D18").GetProperty("value").GetInt32());
        Assert.True(cells.GetProperty("A7").GetProperty("bold").GetBoolean());
        // A column without a group spans rows 7 and 8; a group's columns have their labels in row 8, under the group.
        Assert.Contains("D7:D8", sheet.GetProperty("merged").EnumerateArray().Select(m => m.GetString()));
        Assert.Contains("E7:G7", sheet.GetProperty("merged").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("Chia theo cấp chủ trì phát động thi đua", cells.GetProperty("E7").GetProperty("value").GetString());
        Assert.StartsWith("Cấp Trung ương", cells.GetProperty("E8").GetProperty("value").GetString());
        Assert.True(cells.GetProperty("E8").GetProperty("border").GetBoolean());
        Assert.Equal("B10", sheet.GetProperty("freeze").GetString());
        Assert.Equal("$7:$9", sheet.GetProperty("printTitleRows").GetString());
        Assert.Equal(9, sheet.GetProperty("paperSize").GetInt32());
        Assert.Equal("landscape", sheet.GetProperty("orientation").GetString());
        Assert.True(sheet.GetProperty("fitToPage").GetBoolean());
    }

    [Fact]
    public void LibreOffice_opens_the_workbook_and_prints_every_table_with_its_counts_signature_block_and_notes()
    {
        var path = Path.Combine(_folder, "thong-ke.xlsx");
        File.WriteAllBytes(path, Render());
        var (code, _) = Run("soffice", "--headless", "--norestore", $"-env:UserInstallation=file://{_folder}/profile",
            "--convert-to", "pdf", "--outdir", _folder, path);
        Assert.Equal(0, code);
        var (_, text) = Run("pdftotext", "-layout", Path.Combine(_folder, "thong-ke.pdf"), "-");
        foreach (var expected in new[] { "Biểu số: 0601.N/BNV-TĐKT", "Biểu số: 0602.N/BNV-TĐKT", "Biểu số: 0603.N/BNV-TĐKT", "Biểu số: 0605.N/BNV-TĐKT",
                     "SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC", "Ủy ban nhân dân tỉnh Sóc Trăng", "THỦ TRƯỞNG ĐƠN VỊ", "NGƯỜI LẬP BIỂU",
                     "GHI CHÚ VỀ BIỂU THỐNG KÊ THI ĐUA, KHEN THƯỞNG NĂM 2026", "Giải thưởng Hồ Chí Minh không xét" })
            Assert.True(text.Contains(expected), $"no '{expected}' in the PDF\n{text}");
        // 1,234 collectives and 56 individuals of the province: 1,290 in all, printed with a separator.
        Assert.Matches(@"1[.,]290", text);
    }

    private static (int Code, string Output) Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(180_000)) { process.Kill(true); throw new TimeoutException($"{file} took over 3 minutes"); }
        return (process.ExitCode, process.ExitCode == 0 ? output.Result : output.Result + errors.Result);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
