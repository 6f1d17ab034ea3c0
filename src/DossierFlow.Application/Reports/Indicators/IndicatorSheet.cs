using DossierFlow.Domain.Indicators;

namespace DossierFlow.Application.Reports.Indicators;

/// <summary>
/// The yearly report's workbook (.xlsx) a unit downloads, fills and imports: the sheet <see cref="IndicatorsSheet"/>
/// with one row per indicator of the catalogue (its code in column A, so a re-sorted file still matches; the value in
/// D), and the sheet <see cref="DisciplineSheet"/> with one row per disciplinary sanction of the year. The template
/// and the reader (Documents) both follow these lists; every problem names the row and the column of its cell.
/// </summary>
public static class IndicatorSheet
{
    public sealed record Column(string Letter, string Header, double Width);

    public const string IndicatorsSheet = "Chỉ tiêu";
    public const string DisciplineSheet = "Kỷ luật";

    public static readonly IReadOnlyList<Column> IndicatorColumns =
    [
        new("A", "Mã chỉ tiêu (không sửa)", 34),
        new("B", "Chỉ tiêu", 56),
        new("C", "Đơn vị tính", 12),
        new("D", "Giá trị", 14),
    ];

    public const string Code = "A", Value = "D";

    public static readonly IReadOnlyList<Column> DisciplineColumns =
    [
        new("A", "STT", 6),
        new("B", "Họ và tên (để trống nếu kỷ luật tập thể đơn vị)", 32),
        new("C", "Ngày sinh (dd/MM/yyyy)", 14),
        new("D", "Số CCCD", 16),
        new("E", "Mã số CBCCVC", 14),
        new("F", "Hình thức kỷ luật", 20),
        new("G", "Ngày quyết định (dd/MM/yyyy)", 16),
        new("H", "Số quyết định", 18),
        new("I", "Lý do", 40),
    ];

    public const string Person = "B", BirthDate = "C", Identity = "D", StaffCode = "E", Level = "F", DecidedOn = "G", Decision = "H", Reason = "I";

    /// <summary>Rows one sheet may hold: the catalogue is short, a unit's sanctions of a year few.</summary>
    public const int MaxRows = 500;

    public static string UnitName(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Households => "hộ",
        IndicatorUnit.Percent => "%",
        _ => "điểm %",
    };

    /// <summary>"Chỉ tiêu, D (Giá trị)": the sheet and the column of a problem's cell.</summary>
    public static string IndicatorLabel(string letter) => $"{IndicatorsSheet}, {letter} ({IndicatorColumns.First(c => c.Letter == letter).Header})";

    public static string DisciplineLabel(string letter) =>
        $"{DisciplineSheet}, {letter}" + (DisciplineColumns.FirstOrDefault(c => c.Letter == letter) is { } c ? $" ({c.Header})" : "");
}

/// <summary>One filled row of a sheet: its row number and the text of each column by letter (blank cells absent).</summary>
public sealed record SheetRow(int Line, IReadOnlyDictionary<string, string> Cells)
{
    public string? this[string letter] => Cells.GetValueOrDefault(letter);
}

/// <summary>
/// What the workbook holds: the filled rows of each of its two sheets, and the problems of the file itself (a formula, a
/// wrong header, a missing sheet), which the import lists with its own so the clerk sees every problem at once.
/// </summary>
public sealed record ReportWorkbookContent(IReadOnlyList<SheetRow> Indicators, IReadOnlyList<SheetRow> Discipline,
    IReadOnlyList<Organisations.ImportProblem> Problems);

/// <summary>Writes the report's workbook and reads a filled one back (Documents, with DocumentFormat.OpenXml).</summary>
public interface IReportWorkbookFile
{
    /// <summary>The template: every indicator of the catalogue with the report's current value, and an empty discipline sheet.</summary>
    byte[] Template(string title, IReadOnlyDictionary<string, decimal> current);

    /// <summary>The filled rows and the file's own problems by row and column; a DomainException when it is no workbook at all.</summary>
    ReportWorkbookContent Read(string fileName, byte[] content);
}
