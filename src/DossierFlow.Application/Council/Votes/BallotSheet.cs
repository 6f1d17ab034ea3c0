using DossierFlow.Domain.Council;

namespace DossierFlow.Application.Council.Votes;

/// <summary>
/// The ballot-counting spreadsheet (bảng kiểm phiếu) of a session: one row per nominee in the grid's order, the
/// nominee's key in column B so that a re-sorted file still matches, the counts in F to I. The template and the
/// reader (Documents) both follow this list.
/// </summary>
public static class BallotSheet
{
    public sealed record Column(string Letter, string Header, double Width);

    public static readonly IReadOnlyList<Column> Columns =
    [
        new("A", "STT", 6),
        new("B", "Mã đối tượng (không sửa)", 36),
        new("C", "Tập thể, cá nhân", 32),
        new("D", "Đơn vị trình", 32),
        new("E", "Hình thức khen thưởng", 28),
        new("F", VoteJudge.ForColumn, 10),
        new("G", VoteJudge.AgainstColumn, 12),
        new("H", VoteJudge.AbstainColumn, 12),
        new("I", VoteJudge.WrittenColumn, 14),
    ];

    public const string Key = "B", For = "F", Against = "G", Abstain = "H", WrittenFor = "I";

    /// <summary>Rows one file may hold: the largest sessions vote on a few hundred nominees.</summary>
    public const int MaxRows = 2000;

    public static string LabelOf(string letter) => $"{letter} ({Columns.First(c => c.Letter == letter).Header})";
}

/// <summary>One filled row of the ballot sheet: its row number and the text of each column by letter (blank cells absent).</summary>
public sealed record BallotSheetRow(int Line, IReadOnlyDictionary<string, string> Cells)
{
    public string? this[string letter] => Cells.GetValueOrDefault(letter);
}

/// <summary>Writes the ballot sheet and reads a filled one back (Documents, with DocumentFormat.OpenXml).</summary>
public interface IBallotSheetFile
{
    /// <summary>The sheet with every nominee of the session, and the counts of the draft already typed.</summary>
    byte[] Template(string title, IReadOnlyList<AgendaNominee> lines, IReadOnlyDictionary<Guid, SessionVote> drafts);

    /// <summary>The filled rows, or an ImportFailedException naming every problem of the file itself by row and column.</summary>
    IReadOnlyList<BallotSheetRow> Read(string fileName, byte[] content);
}
