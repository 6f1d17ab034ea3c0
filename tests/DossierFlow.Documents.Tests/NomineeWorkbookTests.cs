using System.Diagnostics;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DossierFlow.Application.Forms;
using DossierFlow.Tests.Shared;

namespace DossierFlow.Documents.Tests;

/// <summary>
/// The nominee list as a spreadsheet program reads it (openpyxl, tests/tools/xlsxread.py): formats, borders,
/// widths, frozen header, print setup, the outcome columns after a decision; and LibreOffice prints it.
/// </summary>
public sealed class NomineeWorkbookTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossierflow-xlsx-").FullName;

    private static readonly NomineeLine[] Proposed =
    [
        new("individual", "Nguyễn Thị Hồng Nhung", "Trưởng phòng", "Phòng Tổ chức, biên chế, Sở Nội vụ tỉnh Sóc Trăng"),
        new("collective", "Phòng Công tác thanh niên và Bình đẳng giới", null, "Sở Nội vụ"),
    ];

    private static readonly NomineeLine[] Decided =
    [
        new("collective", "Phòng Công tác thanh niên và Bình đẳng giới", null, "Sở Nội vụ", 7_590_000m, "Được khen thưởng", new DateOnly(2026, 12, 2)),
        new("individual", "Nguyễn Thị Hồng Nhung", "Trưởng phòng", "Phòng Tổ chức, biên chế", 3_795_000m, "Được khen thưởng", new DateOnly(2026, 12, 2)),
        new("individual", "Lâm Văn Sơn", "Bác sĩ", "Trung tâm Y tế thị xã Vĩnh Châu", null, "Hội đồng không đề nghị"),
    ];

    [Fact]
    public void The_list_passes_the_OpenXml_validator_before_and_after_a_decision()
    {
        foreach (var lines in new[] { Proposed, Decided })
        {
            using var workbook = SpreadsheetDocument.Open(new MemoryStream(new DocxRenderer().RenderNomineeWorkbook("Danh sách đề nghị", lines)), false);
            var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(workbook).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
        }
    }

    [Fact]
    public void A_spreadsheet_program_reads_bold_bordered_headers_numbers_widths_a_frozen_header_and_A4_landscape()
    {
        var sheet = Read(new DocxRenderer().RenderNomineeWorkbook("Danh sách đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh", Proposed));
        var cells = sheet.GetProperty("cells");
        Assert.Equal("Danh sách đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh", cells.GetProperty("A1").GetProperty("value").GetString());
        Assert.True(cells.GetProperty("A1").GetProperty("bold").GetBoolean());
        Assert.Contains("A1:E1", sheet.GetProperty("merged").EnumerateArray().Select(m => m.GetString()));
        foreach (var (column, heading) in new[] { ("A", "STT"), ("B", "Đối tượng"), ("C", "Họ và tên / Tên tập thể"), ("E", "Đơn vị công tác / Địa chỉ") })
        {
            var cell = cells.GetProperty(column + "2");
            Assert.Equal(heading, cell.GetProperty("value").GetString());
            Assert.True(cell.GetProperty("bold").GetBoolean(), $"{column}2 is not bold");
            Assert.True(cell.GetProperty("border").GetBoolean(), $"{column}2 has no border");
            Assert.True(cell.GetProperty("wrap").GetBoolean(), $"{column}2 does not wrap");
        }
        Assert.False(cells.TryGetProperty("F2", out _));   // no outcome columns before anything is decided
        // Collectives first, then individuals; STT is a number.
        Assert.Equal("Phòng Công tác thanh niên và Bình đẳng giới", cells.GetProperty("C3").GetProperty("value").GetString());
        Assert.Equal("number", cells.GetProperty("A4").GetProperty("type").GetString());
        Assert.Equal(2, cells.GetProperty("A4").GetProperty("value").GetInt32());
        Assert.True(cells.GetProperty("E4").GetProperty("wrap").GetBoolean());
        Assert.True(cells.GetProperty("E4").GetProperty("border").GetBoolean());
        Assert.Equal("Times New Roman", cells.GetProperty("C4").GetProperty("font").GetString());
        Assert.True(sheet.GetProperty("widths").GetProperty("C").GetDouble() >= 30);
        Assert.Equal("A3", sheet.GetProperty("freeze").GetString());
        Assert.Equal("$2:$2", sheet.GetProperty("printTitleRows").GetString());
        Assert.Equal(9, sheet.GetProperty("paperSize").GetInt32());   // A4
        Assert.Equal("landscape", sheet.GetProperty("orientation").GetString());
        Assert.Equal(1, sheet.GetProperty("fitToWidth").GetInt32());
        Assert.True(sheet.GetProperty("fitToPage").GetBoolean());
    }

    [Fact]
    public void After_a_decision_each_nominee_has_an_outcome_an_amount_with_separators_a_date_and_the_total()
    {
        var cells = Read(new DocxRenderer().RenderNomineeWorkbook("Danh sách", Decided)).GetProperty("cells");
        Assert.Equal("Kết quả", cells.GetProperty("F2").GetProperty("value").GetString());
        Assert.Equal("Số tiền", cells.GetProperty("G2").GetProperty("value").GetString());
        Assert.Equal("Ngày quyết định", cells.GetProperty("H2").GetProperty("value").GetString());
        Assert.Equal("Được khen thưởng", cells.GetProperty("F3").GetProperty("value").GetString());
        var amount = cells.GetProperty("G3");
        Assert.Equal("number", amount.GetProperty("type").GetString());
        Assert.Equal(7_590_000, amount.GetProperty("value").GetInt32());
        Assert.Equal("#,##0", amount.GetProperty("format").GetString());
        var date = cells.GetProperty("H3");
        Assert.True(date.GetProperty("isDate").GetBoolean());
        Assert.Equal("dd/mm/yyyy", date.GetProperty("format").GetString());
        Assert.Equal("02/12/2026", date.GetProperty("value").GetString());
        Assert.Equal("Hội đồng không đề nghị", cells.GetProperty("F5").GetProperty("value").GetString());
        Assert.Equal("Tổng cộng", cells.GetProperty("A6").GetProperty("value").GetString());
        Assert.Equal("=SUM(G3:G5)", cells.GetProperty("G6").GetProperty("value").GetString());
        Assert.Equal("#,##0", cells.GetProperty("G6").GetProperty("format").GetString());
    }

    [Fact]
    public void LibreOffice_prints_the_decided_list_with_the_amounts_separated_and_the_dates()
    {
        var path = Path.Combine(_folder, "danh-sach.xlsx");
        File.WriteAllBytes(path, new DocxRenderer().RenderNomineeWorkbook("Danh sách đề nghị tặng Bằng khen", Decided));
        var (code, _) = Run("soffice", "--headless", "--norestore", $"-env:UserInstallation=file://{_folder}/profile",
            "--convert-to", "pdf", "--outdir", _folder, path);
        Assert.Equal(0, code);
        var (_, text) = Run("pdftotext", "-layout", Path.Combine(_folder, "danh-sach.pdf"), "-");
        // LibreOffice prints numbers in the locale of the file (none: en-US), so the separators are commas.
        Assert.Matches(@"7[.,]590[.,]000", text);
        Assert.Matches(@"11[.,]385[.,]000", text);
        Assert.Contains("02/12/2026", text);
        Assert.Contains("Nguyễn Thị Hồng Nhung", text);
        Assert.Contains("Trang 1/1", text);
    }

    private JsonElement Read(byte[] xlsx)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.xlsx");
        File.WriteAllBytes(path, xlsx);
        var (code, output) = Run("/usr/bin/python3", RepositoryRoot.Combine("tests", "tools", "xlsxread.py"), path);
        Assert.True(code == 0, "openpyxl could not read the list (python3-openpyxl is installed by tests/run.sh):\n" + output);
        File.Delete(path);
        return JsonDocument.Parse(output).RootElement.Clone();
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
