using DocumentFormat.OpenXml.Wordprocessing;
using DossierFlow.Application.Forms;

namespace DossierFlow.Documents.Word;

/// <summary>
/// The signature block. For a văn bản: "Nơi nhận" at the left (ending "- Lưu: VT, …."), and at the right the
/// authority (TM./KT./TL./TUQ./Q.), the position, room for signature and seal, and the name. For minutes: the
/// secretary at the left and the chair at the right.
/// </summary>
internal static class Signatures
{
    public static Table Block(FormDefinition form, DocumentModel model)
    {
        int[] widths = [PageSetup.TextWidth / 2, PageSetup.TextWidth - PageSetup.TextWidth / 2];
        var table = Tables.Create(widths, borders: false);
        table.Append(form.Layout switch
        {
            "minutes" => new TableRow(
                Tables.Cell(widths[0], Signer("THƯ KÝ", null, model.Value("secretary-name"))),
                Tables.Cell(widths[1], Signer("CHỦ TRÌ", model.Value("chair-title"), model.Value("chair-name")))),
            "report" => new TableRow(
                Tables.Cell(widths[0], Signer(model.Value("confirmer-authority"), null, model.Value("confirmer-name"), "(Ký, đóng dấu)")),
                Tables.Cell(widths[1], Signer(model.Value("reporter-authority"), null, model.Value("reporter-name"), "(Ký, ghi rõ họ và tên)"))),
            _ => new TableRow(
                Tables.Cell(widths[0], Recipients(model)),
                Tables.Cell(widths[1], Signer(model.Value("signer-authority"), model.Value("signer-title"), model.Value("signer-name")))),
        });
        return table;
    }

    private static Paragraph[] Signer(string authority, string? position, string name, string? note = null)
    {
        var lines = new List<Paragraph>();
        if (authority.Length > 0) lines.Add(Para.Paragraph(authority, PageSetup.BodySize, Look.Bold | Look.Caps, JustificationValues.Center, before: 240, after: 0));
        if (!string.IsNullOrEmpty(position)) lines.Add(Para.Paragraph(position, PageSetup.BodySize, Look.Bold | Look.Caps, JustificationValues.Center, after: 0));
        if (note is not null) lines.Add(Para.Paragraph(note, PageSetup.BodySize, Look.Italic, JustificationValues.Center, after: 0));
        lines.Add(Para.Paragraph("", PageSetup.BodySize, after: 1440)); // room for the signature and seal
        lines.Add(Para.Paragraph(name, PageSetup.BodySize, Look.Bold, JustificationValues.Center, after: 0));
        return [.. lines];
    }

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
