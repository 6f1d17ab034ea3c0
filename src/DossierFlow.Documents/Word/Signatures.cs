using DocumentFormat.OpenXml.Wordprocessing;
using DossierFlow.Application.Forms;

namespace DossierFlow.Documents.Word;

/// <summary>
/// The signature block. For a văn bản: "Nơi nhận" at the left (ending "- Lưu: VT, …."), and at the right the
/// authority lines (TM./KT./TL./TUQ./Q.), the position, room for signature and seal, and the name. For minutes
/// (the secretary and the chair) and reports (the confirming superior and the reporter) two signers side by side.
/// Rows never split across pages and every paragraph but the names keeps with the next, so the block stays whole
/// and on the page of the text before it (the renderer keeps that paragraph with the block).
/// </summary>
internal static class Signatures
{
    public static Table Block(FormDefinition form, DocumentModel model, FormSection section)
    {
        int[] widths = [PageSetup.TextWidth / 2, PageSetup.TextWidth - PageSetup.TextWidth / 2];
        var table = Tables.Create(widths, borders: false);
        switch (form.Layout)
        {
            case "minutes":
                TwoSigners(table, widths, ("THƯ KÝ", null, null, model.Value("secretary-name")),
                    ("CHỦ TRÌ", model.Value("chair-title"), null, model.Value("chair-name")));
                break;
            case "report":
                // The section names who signs on each side (an individual signs their own report, a collective's head
                // theirs); a form without them takes the headings from its fields.
                var left = section.Left is { } l ? Placeholders.Fill(l, model.Values) : model.Value("confirmer-authority");
                var right = section.Right is { } r ? Placeholders.Fill(r, model.Values) : model.Value("reporter-authority");
                TwoSigners(table, widths, (left, null, "(Ký, đóng dấu)", model.Value("confirmer-name")),
                    (right, null, section.RightNote ?? "(Ký, ghi rõ họ và tên)", model.Value("reporter-name")));
                break;
            default:
                var signer = Heading(model.Value("signer-authority"), model.Value("signer-title"), null);
                signer.Add(Space());
                signer.Add(Name(model.Value("signer-name")));
                table.Append(Tables.Row(Tables.Cell(widths[0], Recipients(model)), Tables.Cell(widths[1], [.. signer])));
                break;
        }
        return table;
    }

    /// <summary>
    /// Two rows: the headings (and the room to sign) over the names, so both names stand at the same height
    /// however many lines either heading takes. A side with no name keeps its heading only (nobody to print).
    /// </summary>
    private static void TwoSigners(Table table, int[] widths, (string Authority, string? Position, string? Note, string Name) left,
        (string Authority, string? Position, string? Note, string Name) right)
    {
        List<Paragraph> Top((string Authority, string? Position, string? Note, string Name) side) =>
            [.. Heading(side.Authority, side.Position, side.Note), Space()];
        table.Append(Tables.Row(Tables.Cell(widths[0], [.. Top(left)]), Tables.Cell(widths[1], [.. Top(right)])));
        table.Append(Tables.Row(Tables.Cell(widths[0], Name(left.Name)), Tables.Cell(widths[1], Name(right.Name))));
    }

    /// <summary>The authority lines (one a line, at most three with the position), the position, and the note under them.</summary>
    private static List<Paragraph> Heading(string authority, string? position, string? note)
    {
        var lines = Sections.Lines(authority).ToList();
        if (!string.IsNullOrWhiteSpace(position)) lines.Add(position);
        var paragraphs = lines.Select((line, i) => Para.Paragraph(line, PageSetup.BodySize, Look.Bold | Look.Caps, JustificationValues.Center,
            before: i == 0 ? 240 : 0, after: 0, keep: Keep.Together)).ToList();
        if (note is not null) paragraphs.Add(Para.Paragraph(note, PageSetup.BodySize, Look.Italic, JustificationValues.Center, after: 0, keep: Keep.Together));
        return paragraphs;
    }

    private static Paragraph Space() => Para.Paragraph("", PageSetup.BodySize, after: 1440, keep: Keep.Together); // room for the signature and seal

    private static Paragraph Name(string name) => Para.Paragraph(name, PageSetup.BodySize, Look.Bold, JustificationValues.Center, after: 0, keep: Keep.Lines);

    /// <summary>Entries start "- " and end ";", the last one is the archive line "- Lưu: VT, …." ending with a full stop.</summary>
    private static Paragraph[] Recipients(DocumentModel model)
    {
        var lines = new List<Paragraph> { Para.Paragraph("Nơi nhận:", PageSetup.SmallSize, Look.Bold | Look.Italic, JustificationValues.Left, before: 240, after: 0) };
        foreach (var entry in Sections.Lines(model.Value("recipients")))
            lines.Add(Para.Paragraph($"- {entry.TrimStart('-', ' ').TrimEnd(';', '.')};", PageSetup.RecipientsSize, Look.None, JustificationValues.Left, after: 0));
        var archive = model.Value("archive") is { Length: > 0 } a ? a.TrimEnd('.') : "VT";
        lines.Add(Para.Paragraph($"- Lưu: {archive}.", PageSetup.RecipientsSize, Look.None, JustificationValues.Left, after: 0));
        return [.. lines];
    }
}
