using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;

namespace DossierFlow.Documents.Word;

/// <summary>The body sections of docs/forms.md, each turned into paragraphs and tables; an empty table renders nothing.</summary>
internal static partial class Sections
{
    private static readonly CultureInfo Vietnamese = VietnameseFormat.Culture;
    private const int FirstLineIndent = 567; // 1 cm

    public static IEnumerable<OpenXmlElement> Render(FormSection section, FormDefinition form, DocumentModel model) => section.Kind switch
    {
        "heading" => [Para.Paragraph(Placeholders.Fill(section.Text!, model.Values), PageSetup.BodySize, Look.Bold, JustificationValues.Left,
            before: 120, keep: Keep.Together, style: Nd30Frame.HeadingStyle)],
        "text" => [StyledText(Placeholders.Fill(section.Text!, model.Values), section.Style)],
        "lines" => Lines(model.Value(section.Field!)).Select(line => StyledText(line, section.Style)),
        "paragraphs" => Lines(model.Value(section.Field!)).Select(line => StyledText(line, null)),
        "table" => FieldTable(form.Fields.First(f => f.Key == section.Field), model),
        "nominee-summary" => [Para.Paragraph(NomineeSummary(model.Nominees), PageSetup.BodySize, Look.None, JustificationValues.Both, firstLineIndent: FirstLineIndent)],
        "nominee-list" => NomineeTable(model.Nominees),
        "votes" => VotesTable(model),
        "signature" => [Signatures.Block(form, model, section)],
        "facts" => Facts(section, form, model),
        "page-break" => [new Paragraph(new Run(new Break { Type = BreakValues.Page }))],
        _ => throw new InvalidOperationException($"Unknown section kind '{section.Kind}'."),
    };

    /// <summary>
    /// Structured particulars, one a line as "- Label: value" (a report's general information: born, home town,
    /// position…); a field left empty is left out rather than printed with nothing after its label.
    /// </summary>
    private static IEnumerable<OpenXmlElement> Facts(FormSection section, FormDefinition form, DocumentModel model) =>
        section.Fields.Select(key => form.Fields.First(f => f.Key == key))
            .Where(field => field.When.Count == 0 || field.When.Contains(model.NomineeKind ?? ""))
            .Select(field => (field.Label, Value: model.Value(field.Key).Replace('\n', ' ').Trim()))
            .Where(fact => fact.Value.Length > 0)
            .Select(fact => StyledText($"- {fact.Label}: {fact.Value}", section.Style));

    public static IEnumerable<string> Lines(string value) =>
        value.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static Paragraph StyledText(string text, string? style) => style switch
    {
        "centered" => Para.Paragraph(text, PageSetup.BodySize, Look.None, JustificationValues.Center),
        "centered-bold" => Para.Paragraph(text, PageSetup.BodySize, Look.Bold, JustificationValues.Center),
        "italic" => Para.Paragraph(text, PageSetup.BodySize, Look.Italic, JustificationValues.Both, firstLineIndent: FirstLineIndent),
        "bold" => Para.Paragraph(text, PageSetup.BodySize, Look.Bold, JustificationValues.Both, firstLineIndent: FirstLineIndent),
        _ => Para.Paragraph(ArticleRuns(text), JustificationValues.Both, firstLineIndent: FirstLineIndent, lineSpacing: 1.15),
    };

    /// <summary>An article of a decision starts with "Điều N." in bold (NĐ 30/2020, Phụ lục I), the rest of the line plain.</summary>
    private static Run[] ArticleRuns(string text) => ArticleHead().Match(text) is { Success: true } head
        ? [Para.Run(head.Value, PageSetup.BodySize, Look.Bold), Para.Run(text[head.Length..], PageSetup.BodySize)]
        : [Para.Run(text, PageSetup.BodySize)];

    [GeneratedRegex(@"^Điều \d+\.")]
    private static partial Regex ArticleHead();

    /// <summary>"Tổng số: 02 cá nhân, 01 tập thể và 01 hộ gia đình." — counts below 10 with a leading 0.</summary>
    public static string NomineeSummary(IReadOnlyList<NomineeLine> nominees)
    {
        var parts = Groups.Select(g => (g.Title, Count: nominees.Count(n => n.Kind == g.Kind)))
            .Where(p => p.Count > 0).Select(p => $"{p.Count:00} {p.Title.ToLower(Vietnamese)}").ToList();
        return parts.Count == 0 ? "Chưa có đối tượng đề nghị."
            : "Tổng số: " + (parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " và " + parts[^1]) + ".";
    }

    private static readonly (string Kind, string Numeral, string Title)[] Groups =
        [("individual", "I", "Cá nhân"), ("collective", "II", "Tập thể"), ("household", "III", "Hộ gia đình")];

    /// <summary>Roman numerals for group headings (I, II, … up to a few hundred units).</summary>
    private static string Roman(int number)
    {
        (int Value, string Text)[] parts = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var text = new System.Text.StringBuilder();
        foreach (var (value, letters) in parts)
            for (; number >= value; number -= value) text.Append(letters);
        return text.ToString();
    }

    /// <summary>
    /// The nominees grouped I. Cá nhân / II. Tập thể / III. Hộ gia đình; a decision adds each amount (right-aligned),
    /// the total, and the total in words. No nominees: no grid.
    /// </summary>
    private static IEnumerable<OpenXmlElement> NomineeTable(IReadOnlyList<NomineeLine> nominees)
    {
        if (nominees.Count == 0) yield break;
        var withAmounts = nominees.Any(n => n.Amount is not null);
        int[] widths = withAmounts
            ? [Tables.NumberColumn, 2900, 1650, 2150, PageSetup.TextWidth - 6700 - Tables.NumberColumn]
            : [Tables.NumberColumn, 3300, 2150, PageSetup.TextWidth - 5450 - Tables.NumberColumn];
        HashSet<int> right = withAmounts ? [4] : [];
        var table = Tables.Create(widths, borders: true);
        string[] header = withAmounts
            ? ["STT", "Họ và tên / Tên tập thể", "Chức vụ", "Đơn vị / Địa chỉ", "Số tiền (đồng)"]
            : ["STT", "Họ và tên / Tên tập thể", "Chức vụ", "Đơn vị công tác / Địa chỉ"];
        table.Append(Tables.Row(widths, header, RowKind.Header));
        // A session's decision lists several units' nominees: one group per unit, in the order given, numbered I, II…
        var groups = nominees.Any(n => n.Unit is not null)
            ? nominees.GroupBy(n => n.Unit ?? "").Select((unit, i) => (Numeral: Roman(i + 1), Title: unit.Key,
                Members: (IReadOnlyList<NomineeLine>)unit.ToList()))
            : Groups.Select(g => (g.Numeral, g.Title, Members: (IReadOnlyList<NomineeLine>)nominees.Where(n => n.Kind == g.Kind).ToList()));
        foreach (var (numeral, title, group) in groups)
        {
            if (group.Count == 0) continue;
            table.Append(Tables.Row(widths, [numeral, title, .. Enumerable.Repeat("", widths.Length - 2)], RowKind.Bold));
            foreach (var (nominee, index) in group.Select((n, i) => (n, i + 1)))
                table.Append(Tables.Row(widths, withAmounts
                    ? [index.ToString(Vietnamese), nominee.Name, nominee.Position ?? "", nominee.Workplace ?? "", Money(nominee.Amount)]
                    : [index.ToString(Vietnamese), nominee.Name, nominee.Position ?? "", nominee.Workplace ?? ""], right: right));
        }
        if (withAmounts)
        {
            var total = nominees.Sum(n => n.Amount ?? 0);
            table.Append(Tables.Row(widths, ["", "Tổng cộng", "", "", Money(total)], RowKind.Bold, right: right));
            var words = Tables.Cell(widths.Sum(), Para.Paragraph($"(Bằng chữ: {VietnameseNumberWords.Dong(total)})", PageSetup.HeaderSize,
                Look.Italic, JustificationValues.Left, before: 40, after: 40));
            words.TableCellProperties!.Append(new GridSpan { Val = widths.Length });
            table.Append(Tables.Row(words));
        }
        yield return table;
    }

    private static string Money(decimal? amount) => amount is { } a ? a.ToString("N0", Vietnamese) : "";

    /// <summary>A table field's rows under STT and its columns; a field with no rows is an optional section left out.</summary>
    private static IEnumerable<OpenXmlElement> FieldTable(FormField field, DocumentModel model)
    {
        var rows = model.Tables.GetValueOrDefault(field.Key) ?? [];
        if (rows.Count == 0) yield break;
        // A column may ask for its share (a name that should not wrap); the others share the rest.
        var room = PageSetup.TextWidth - Tables.NumberColumn;
        var asked = field.Columns.Sum(c => c.Width ?? 0) * room / 100;
        var free = field.Columns.Count(c => c.Width is null);
        int[] widths = [Tables.NumberColumn, .. field.Columns.Select(c => c.Width is { } w ? w * room / 100 : (room - asked) / Math.Max(1, free))];
        var table = Tables.Create(widths, borders: true);
        table.Append(Tables.Row(widths, ["STT", .. field.Columns.Select(c => c.Label)], RowKind.Header));
        foreach (var (row, index) in rows.Select((r, i) => (r, i + 1)))
            table.Append(Tables.Row(widths, [index.ToString(Vietnamese), .. field.Columns.Select(c => row.GetValueOrDefault(c.Key) ?? "")]));
        yield return table;
    }

    /// <summary>
    /// Per nominee the votes for, against and abstaining, and the share of all members of the council (the
    /// denominator the rules found use; which threshold applies is the council issue's configuration).
    /// </summary>
    private static IEnumerable<OpenXmlElement> VotesTable(DocumentModel model)
    {
        var votes = model.Tables.GetValueOrDefault("votes") ?? [];
        if (votes.Count == 0) yield break;
        int.TryParse(model.Value("members-total"), out var members);
        int[] widths = [Tables.NumberColumn, PageSetup.TextWidth - 6050, 900, 1000, 1000, 1300, 1000];
        var table = Tables.Create(widths, borders: true);
        table.Append(Tables.Row(widths, ["STT", "Tập thể, cá nhân được đề nghị", "Đồng ý", "Không đồng ý", "Không biểu quyết",
            "Tỷ lệ đồng ý / tổng số thành viên", "Kết quả"], RowKind.Header));
        foreach (var (row, index) in votes.Select((r, i) => (r, i + 1)))
        {
            int.TryParse(row.GetValueOrDefault("for"), out var votesFor);
            var share = members > 0 ? (votesFor * 100m / members).ToString("0.##", Vietnamese) + "%" : "";
            table.Append(Tables.Row(widths, [index.ToString(Vietnamese), row.GetValueOrDefault("nominee") ?? "", row.GetValueOrDefault("for") ?? "",
                row.GetValueOrDefault("against") ?? "", row.GetValueOrDefault("abstain") ?? "", share, row.GetValueOrDefault("result") ?? ""],
                right: new HashSet<int> { 2, 3, 4, 5 }));
        }
        yield return table;
    }
}
