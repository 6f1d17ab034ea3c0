using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using DossierFlow.Application.Forms;
using DossierFlow.Documents.Word;
using DossierFlow.Domain.Dossiers;

namespace DossierFlow.Documents.Tests;

public class RenderingTests
{
    public static TheoryData<string, NomineeKind> Cases()
    {
        var cases = new TheoryData<string, NomineeKind>();
        foreach (var form in Samples.Forms)
            foreach (var kind in new[] { NomineeKind.Collective, NomineeKind.Individual }) cases.Add(form.Code, kind);
        return cases;
    }

    internal static byte[] Render(string code, NomineeKind kind)
    {
        var form = Samples.Forms.Single(f => f.Code == code);
        return new DocxRenderer().RenderDocx(form, Samples.Model(form, kind));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_form_renders_a_document_the_OpenXml_validator_accepts(string code, NomineeKind kind)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Render(code, kind)), false);
        var errors = new OpenXmlValidator().Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Page_size_margins_and_fonts_are_within_the_decree(string code, NomineeKind kind)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Render(code, kind)), false);
        var main = document.MainDocumentPart!;
        var section = main.Document.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value)); // A4
        var margin = section.GetFirstChild<PageMargin>()!;
        static double Mm(double twips) => twips * 25.4 / 1440;
        Assert.InRange(Mm(margin.Top!.Value), 20, 25);
        Assert.InRange(Mm(margin.Bottom!.Value), 20, 25);
        Assert.InRange(Mm(margin.Left!.Value), 30, 35);
        Assert.InRange(Mm(margin.Right!.Value), 15, 20);
        Assert.NotNull(section.GetFirstChild<TitlePage>()); // no page number on page 1

        var runs = main.Document.Body.Descendants<Run>().Where(r => r.InnerText.Trim().Length > 0).ToList();
        Assert.All(runs, r =>
        {
            var fonts = r.RunProperties!.RunFonts!;
            Assert.Equal(("Times New Roman", "Times New Roman"), (fonts.Ascii!.Value, fonts.HighAnsi!.Value));
        });
        var sizes = runs.Select(r => int.Parse(r.RunProperties!.FontSize!.Val!.Value!) / 2).ToList();
        Assert.All(sizes, s => Assert.InRange(s, 11, 14));
        // The body text (paragraphs outside the header, list and signature tables) is 13–14 pt.
        var body = main.Document.Body.Elements<Paragraph>().SelectMany(p => p.Elements<Run>()).Where(r => r.InnerText.Trim().Length > 0).ToList();
        Assert.NotEmpty(body);
        Assert.All(body, r => Assert.InRange(int.Parse(r.RunProperties!.FontSize!.Val!.Value!) / 2, 13, 14));
    }

    [Fact]
    public void Page_numbers_are_in_the_default_header_and_the_first_page_header_is_empty()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Render("to-trinh", NomineeKind.Collective)), false);
        var main = document.MainDocumentPart!;
        var references = main.Document.Body!.Elements<SectionProperties>().Single().Elements<HeaderReference>().ToList();
        var numbered = (HeaderPart)main.GetPartById(references.Single(r => r.Type!.Value == HeaderFooterValues.Default).Id!);
        var first = (HeaderPart)main.GetPartById(references.Single(r => r.Type!.Value == HeaderFooterValues.First).Id!);
        Assert.Contains("PAGE", numbered.Header.Descendants<SimpleField>().Single().Instruction!.Value);
        Assert.Empty(first.Header.InnerText.Trim());
    }

    [Theory]
    [InlineData(2026, 1, 5, "Sóc Trăng, ngày 05 tháng 01 năm 2026")]
    [InlineData(2026, 2, 28, "Sóc Trăng, ngày 28 tháng 02 năm 2026")]
    [InlineData(2026, 3, 9, "Sóc Trăng, ngày 09 tháng 3 năm 2026")]
    [InlineData(2022, 10, 12, "Sóc Trăng, ngày 12 tháng 10 năm 2022")]
    public void The_date_line_pads_days_below_ten_and_months_one_and_two(int y, int m, int d, string expected) =>
        Assert.Equal(expected, DocumentDates.PlaceDate("Sóc Trăng", new DateOnly(y, m, d)));

    [Fact]
    public void A_draft_is_unnumbered_and_a_numbered_document_pads_below_ten()
    {
        Assert.Equal("Số:        /TTr-SNV", DocumentDates.NumberLine(null, "TTr", "SNV"));
        Assert.Equal("Số: 05/TTr-SNV", DocumentDates.NumberLine(5, "TTr", "SNV"));
        Assert.Equal("Số: 146/KH-UBND", DocumentDates.NumberLine(146, "KH", "UBND"));
    }

    [Fact]
    public void The_decision_lists_the_amounts_from_the_multiplier_and_the_base_salary()
    {
        var text = Text(Render("quyet-dinh-khen-thuong", NomineeKind.Collective));
        // 1,5 × 2.340.000 = 3.510.000 for the individual; the collective gets twice that.
        Assert.Contains("3.510.000", text);
        Assert.Contains("7.020.000", text);
        Assert.Contains("5.265.000", text); // the household: 1,5 times the individual's amount
        Assert.Contains("15.795.000", text); // the total, also in Điều 2
        Assert.Contains("KT. CHỦ TỊCH", text);
        Assert.Contains("Số: 05/QĐ-UBND", text);
    }

    [Theory]
    [InlineData("30/06/2026", "3.510.000", "7.020.000")]   // 1,5 × 2.340.000 (NĐ 73/2024)
    [InlineData("01/07/2026", "3.795.000", "7.590.000")]   // 1,5 × 2.530.000 from 01/07/2026
    public void The_decision_amounts_follow_the_base_salary_of_its_date(string issuedOn, string individual, string collective)
    {
        var form = Samples.Forms.Single(f => f.Code == "quyet-dinh-khen-thuong");
        var date = DateOnly.ParseExact(issuedOn, "dd/MM/yyyy");
        var text = Text(new DocxRenderer().RenderDocx(form, Samples.Model(form, NomineeKind.Collective, issuedOn: date)));
        Assert.Contains(individual, text);
        Assert.Contains(collective, text);
    }

    [Fact]
    public void The_minutes_compute_each_share_of_all_members_and_carry_two_signatures()
    {
        var text = Text(Render("bien-ban-hoi-dong", NomineeKind.Collective));
        Assert.Contains("88,89%", text); // 8 of 9 members
        Assert.Contains("66,67%", text); // 6 of 9
        Assert.Contains("THƯ KÝ", text);
        Assert.Contains("CHỦ TRÌ", text);
    }

    internal static string Text(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }
}
