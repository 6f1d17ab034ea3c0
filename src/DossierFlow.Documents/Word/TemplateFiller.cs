using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DossierFlow.Application.Forms;

namespace DossierFlow.Documents.Word;

/// <summary>
/// Fills a province's own .docx template: every content control whose tag is a field name (or one of the
/// header keys: number, place-date, issuer, parent) gets the value, keeping the template's letterhead and styles.
/// </summary>
internal static class TemplateFiller
{
    public static byte[] Fill(byte[] template, DocumentModel model)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var values = new Dictionary<string, string>(model.Values)
            {
                ["number"] = model.NumberLine,
                ["place-date"] = model.PlaceDateLine,
                ["issuer"] = model.IssuingOrganisation,
                ["parent"] = model.ParentOrganisation,
            };
            foreach (var control in document.MainDocumentPart!.Document.Descendants<SdtElement>().ToList())
            {
                var tag = control.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value;
                if (tag is null || !values.TryGetValue(tag, out var value)) continue;
                Replace(control, value);
            }
            document.MainDocumentPart.Document.Save();
        }
        return stream.ToArray();
    }

    private static void Replace(SdtElement control, string value)
    {
        var template = control.Descendants<Run>().FirstOrDefault()?.RunProperties?.CloneNode(true) as RunProperties;
        Run NewRun(string text) => new(template?.CloneNode(true) ?? new RunProperties(), new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        switch (control)
        {
            case SdtBlock block:
                var content = block.SdtContentBlock ?? block.AppendChild(new SdtContentBlock());
                content.RemoveAllChildren();
                foreach (var line in value.Split('\n')) content.Append(new Paragraph(NewRun(line.TrimEnd('\r'))));
                break;
            case SdtRun run:
                var runContent = run.SdtContentRun ?? run.AppendChild(new SdtContentRun());
                runContent.RemoveAllChildren();
                runContent.Append(NewRun(value.Replace('\n', ' ')));
                break;
            case SdtCell cell:
                var cellParagraph = cell.Descendants<Paragraph>().FirstOrDefault();
                cellParagraph?.RemoveAllChildren<Run>();
                cellParagraph?.Append(NewRun(value));
                break;
        }
        // The placeholder look ("Click here to enter text") is the template's, not the document's.
        control.SdtProperties?.RemoveAllChildren<ShowingPlaceholder>();
    }
}
