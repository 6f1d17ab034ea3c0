using DossierFlow.Domain.Dossiers;

namespace DossierFlow.Application.Dossiers;

/// <summary>
/// The nominee spreadsheet a clerk fills and imports: its columns in order (letter, header, width) and the limits
/// of a file. The template and the reader (Documents) both follow this list, so they cannot drift apart.
/// </summary>
public static class NomineeSheet
{
    public sealed record Column(string Letter, string Header, double Width);

    public static readonly IReadOnlyList<Column> Columns =
    [
        new("A", "STT", 6),
        new("B", NomineeDetails.Labels.Name, 32),
        new("C", "Loại (cá nhân / tập thể / hộ gia đình)", 16),
        new("D", NomineeDetails.Labels.Gender, 10),
        new("E", "Ngày sinh (dd/mm/yyyy)", 14),
        new("F", "Số định danh cá nhân (CCCD, 12 chữ số) hoặc Mã số CBCCVC", 22),
        new("G", NomineeDetails.Labels.Position, 24),
        new("H", NomineeDetails.Labels.Workplace, 32),
        new("I", NomineeDetails.Labels.Summary, 50),
    ];

    /// <summary>Column letters by meaning, as the reader and the import use them.</summary>
    public const string Name = "B", Kind = "C", Gender = "D", BirthDate = "E", Identity = "F", Position = "G", Workplace = "H", Summary = "I";

    /// <summary>Rows of nominees one file may hold: a season's largest unit lists a few hundred.</summary>
    public const int MaxRows = 1000;
    /// <summary>What an imported file may weigh, and what its parts may expand to.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;
    public const long MaxExpandedBytes = 50L * 1024 * 1024;

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string LabelOf(string letter) => $"{letter} ({Columns.First(c => c.Letter == letter).Header})";
}

/// <summary>One filled row of the sheet: its row number and the text of each column by letter (blank cells absent).</summary>
public sealed record NomineeSheetRow(int Line, IReadOnlyDictionary<string, string> Cells)
{
    public string? this[string letter] => Cells.GetValueOrDefault(letter);
}

/// <summary>Writes the template and reads a filled one back (Documents, with DocumentFormat.OpenXml).</summary>
public interface INomineeSheetFile
{
    /// <summary>The template, with the dossier's current nominees already in it so that a re-import updates them.</summary>
    byte[] Template(string title, IReadOnlyList<Nominee> nominees);

    /// <summary>
    /// The filled rows, or an <see cref="Organisations.ImportFailedException"/> naming every problem of the file itself
    /// (not a spreadsheet, too large, wrong headers, merged cells, formulas, too many rows) by row and column.
    /// </summary>
    IReadOnlyList<NomineeSheetRow> Read(string fileName, byte[] content);
}
