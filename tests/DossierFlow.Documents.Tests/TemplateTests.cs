using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DossierFlow.Domain.Dossiers;

namespace DossierFlow.Documents.Tests;

public class TemplateTests
{
    /// <summary>A province letterhead with content controls tagged by field name, as a template author would make it.</summary>
    private static byte[] Template()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            SdtRun Control(string tag) => new(new SdtProperties(new Tag { Val = tag }, new ShowingPlaceholder()),
                new SdtContentRun(new Run(new Text($"[{tag}]"))));
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text("LETTERHEAD OF THE PROVINCE"))),
                new Paragraph(Control("number")),
                new Paragraph(Control("place-date")),
                new Paragraph(Control("summary")),
                new SdtBlock(new SdtProperties(new Tag { Val = "content" }), new SdtContentBlock(new Paragraph(new Run(new Text("[content]")))))));
        }
        return stream.ToArray();
    }

    [Fact]
    public void A_province_template_is_filled_instead_of_building_the_layout()
    {
        var form = Samples.Forms.Single(f => f.Code == "to-trinh");
        var bytes = new DocxRenderer().RenderDocx(form, Samples.Model(form, NomineeKind.Collective), Template());

        var text = RenderingTests.Text(bytes);
        Assert.Contains("LETTERHEAD OF THE PROVINCE", text);
        Assert.Contains("Số: 05/TTr-SNV", text);
        Assert.Contains("Sóc Trăng, ngày 05 tháng 01 năm 2026", text);
        Assert.Contains("Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", text);
        Assert.Contains("Qua bình xét thành tích", text);
        Assert.DoesNotContain("[summary]", text);
    }
}
