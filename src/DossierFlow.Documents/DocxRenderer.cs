using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DossierFlow.Application.Forms;
using DossierFlow.Documents.Word;

namespace DossierFlow.Documents;

/// <summary>Builds a form's .docx in NĐ 30/2020 layout, or fills the province's own template when it has one.</summary>
public sealed class DocxRenderer : IDocumentRenderer
{
    public byte[] RenderDocx(FormDefinition form, DocumentModel model, byte[]? provinceTemplate = null)
    {
        if (provinceTemplate is not null) return TemplateFiller.Fill(provinceTemplate, model);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            Nd30Frame.AddStyles(main);
            Nd30Frame.AddSettings(main);
            var body = new Body();
            if (model.Draft) body.Append(Nd30Frame.DraftMark());
            if (form.Layout != "list") body.Append(Nd30Frame.HeaderBlock(model));
            body.Append(Nd30Frame.Title(form, model));
            body.Append(Body(form, model));
            body.Append(Nd30Frame.Section(main));
            main.Document = new Document(body);
            document.PackageProperties.Title = form.Title;
            document.PackageProperties.Creator = "DossierFlow";
        }
        return stream.ToArray();
    }

    /// <summary>
    /// The sections in order. A heading whose section turned out empty (an optional table without rows) is left
    /// out with it; every table is followed by a small paragraph so two tables never join; and what stands just
    /// before the signature keeps with it, so no page carries the signature block alone.
    /// </summary>
    private static List<OpenXmlElement> Body(FormDefinition form, DocumentModel model)
    {
        var elements = new List<OpenXmlElement>();
        Paragraph? pendingHeading = null;
        foreach (var section in form.Sections.Where(s => s.When.Count == 0 || s.When.Contains(model.NomineeKind ?? "")))
        {
            var rendered = Sections.Render(section, form, model).ToList();
            if (section.Kind == "heading") { if (pendingHeading is not null) elements.Add(pendingHeading); pendingHeading = (Paragraph)rendered[0]; continue; }
            if (rendered.Count == 0) { pendingHeading = null; continue; }
            if (pendingHeading is not null) { elements.Add(pendingHeading); pendingHeading = null; }
            if (section.Kind == "signature" && TableBefore(elements) is { } table)
            {
                elements.Add(WithLastRow(table, elements, (Table)rendered.Single()));
                continue;
            }
            if (section.Kind == "signature") KeepWithSignature(elements);
            foreach (var element in rendered)
            {
                elements.Add(element);
                if (element is Table) elements.Add(Para.Spacer());
            }
        }
        if (pendingHeading is not null) elements.Add(pendingHeading);
        return elements;
    }

    /// <summary>The data table just before the signature (behind its spacer), if the body ends with one.</summary>
    private static Table? TableBefore(List<OpenXmlElement> elements) =>
        elements.Count >= 2 && elements[^1] is Paragraph { InnerText.Length: 0 } && elements[^2] is Table table
        && table.Elements<TableRow>().Count(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is null) >= 2 ? table : null;

    /// <summary>
    /// A table's last row and the signature in one row that cannot split: LibreOffice does not carry Word's
    /// keep-with-next from a table row to what follows, so without this a long table could leave the signature
    /// alone on the last page. The row keeps the table's borders and columns, in a table of its own.
    /// </summary>
    private static Table WithLastRow(Table table, List<OpenXmlElement> elements, Table signature)
    {
        elements.RemoveAt(elements.Count - 1); // the spacer goes inside, between the row and the signature
        var last = table.Elements<TableRow>().Last();
        last.Remove();
        var tail = new Table((TableProperties)table.GetFirstChild<TableProperties>()!.CloneNode(true),
            (TableGrid)table.GetFirstChild<TableGrid>()!.CloneNode(true), last);
        var wrapper = Tables.Create([PageSetup.TextWidth], borders: false);
        var cell = Tables.Cell(PageSetup.TextWidth, tail, Para.Spacer(), signature, Para.Spacer());
        cell.TableCellProperties!.Append(new TableCellMargin(new LeftMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new RightMargin { Width = "0", Type = TableWidthUnitValues.Dxa }));
        wrapper.Append(Tables.Row(cell));
        return wrapper;
    }

    /// <summary>
    /// The last paragraph before the signature, or the last row of a table there (and the spacer after it),
    /// keeps with the next, so the text and the block change page together.
    /// </summary>
    private static void KeepWithSignature(List<OpenXmlElement> elements)
    {
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            switch (elements[i])
            {
                case Paragraph paragraph when paragraph.InnerText.Length == 0 && i > 0 && elements[i - 1] is Table:
                    Para.KeepWithNext(paragraph);
                    continue;
                case Paragraph paragraph:
                    Para.KeepWithNext(paragraph);
                    return;
                case Table table:
                    foreach (var cellParagraph in table.Elements<TableRow>().Last().Descendants<Paragraph>()) Para.KeepWithNext(cellParagraph);
                    return;
            }
        }
    }

    public byte[] RenderNomineeWorkbook(string title, IReadOnlyList<NomineeLine> nominees) => NomineeWorkbook.Render(title, nominees);
}
