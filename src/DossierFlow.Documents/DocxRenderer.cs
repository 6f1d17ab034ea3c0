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
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            Nd30Frame.AddStyles(main);
            var body = new Body();
            if (form.Layout != "list") body.Append(Nd30Frame.HeaderBlock(model));
            body.Append(Nd30Frame.Title(form, model));
            foreach (var section in form.Sections.Where(s => s.When.Count == 0 || s.When.Contains(model.NomineeKind ?? "")))
                body.Append(Sections.Render(section, form, model));
            body.Append(Nd30Frame.Section(main));
            main.Document = new Document(body);
            document.PackageProperties.Title = form.Title;
            document.PackageProperties.Creator = "DossierFlow";
        }
        return stream.ToArray();
    }

    public byte[] RenderNomineeWorkbook(string title, IReadOnlyList<NomineeLine> nominees) => NomineeWorkbook.Render(title, nominees);
}
