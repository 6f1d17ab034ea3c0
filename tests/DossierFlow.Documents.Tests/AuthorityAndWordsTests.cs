using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Organisations;

namespace DossierFlow.Documents.Tests;

public class AuthorityAndWordsTests
{
    private static readonly ProvinceOptions Province = new();

    [Theory]
    [InlineData(SigningCapacity.Head, "body", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")]
    [InlineData(SigningCapacity.Deputy, "body", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")]
    [InlineData(SigningCapacity.Head, "head", "", "CHỦ TỊCH")]
    [InlineData(SigningCapacity.Deputy, "head", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")]
    [InlineData(SigningCapacity.Acting, "body", "TM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH", "")]
    [InlineData(SigningCapacity.ByOrder, "body", "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG")]
    [InlineData(SigningCapacity.ByAuthorisation, "body", "TUQ. CHỦ TỊCH", "CHÁNH VĂN PHÒNG")]
    public void The_authority_lines_of_a_People_s_Committee_follow_the_signer(SigningCapacity capacity, string signsAs, string authority, string position)
    {
        var title = capacity switch { SigningCapacity.Deputy => "Phó Chủ tịch", SigningCapacity.Head => "Chủ tịch", _ => "Chánh Văn phòng" };
        var lines = SignatureAuthority.Lines(new Signer("Lâm Văn Mẫn", title, capacity), Province.SigningRuleFor(OrganisationKind.ProvincialPeopleCommittee), signsAs);
        Assert.Equal((authority, position), lines);
    }

    [Fact]
    public void A_department_has_no_collective_line_and_its_deputy_signs_for_the_director()
    {
        var rule = Province.SigningRuleFor(OrganisationKind.Department);
        Assert.Equal(("", "GIÁM ĐỐC"), SignatureAuthority.Lines(new Signer("Trần Quốc Việt", "Giám đốc Sở", SigningCapacity.Head), rule, "body"));
        Assert.Equal(("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), SignatureAuthority.Lines(new Signer("Lê Văn Hân", "Phó Giám đốc", SigningCapacity.Deputy), rule, "body"));
    }

    [Fact]
    public void The_province_may_configure_how_a_kind_of_organisation_signs()
    {
        var province = new ProvinceOptions { SigningRules = { ["Department"] = new SigningRule { Head = "Trưởng ban" } } };
        Assert.Equal(("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"),
            SignatureAuthority.Lines(new Signer("Lê Văn Hân", null, SigningCapacity.Deputy), province.SigningRuleFor(OrganisationKind.Department), "body"));
    }

    [Theory]
    [InlineData(0, "không")]
    [InlineData(15, "mười lăm")]
    [InlineData(21, "hai mươi mốt")]
    [InlineData(105, "một trăm linh năm")]
    [InlineData(1_005_000, "một triệu không trăm linh năm nghìn")]
    [InlineData(3_510_000, "ba triệu năm trăm mười nghìn")]
    [InlineData(7_020_000, "bảy triệu không trăm hai mươi nghìn")]
    [InlineData(10_530_000, "mười triệu năm trăm ba mươi nghìn")]
    [InlineData(1_000_000_005, "một tỷ không trăm linh năm")]
    [InlineData(2_000_000_000_000, "hai nghìn tỷ")]
    public void Amounts_are_written_in_Vietnamese_words(long amount, string words) => Assert.Equal(words, VietnameseNumberWords.Words(amount));

    [Fact]
    public void The_decision_signed_by_a_deputy_prints_KT_and_the_total_in_words_and_bold_articles()
    {
        var bytes = RenderingTests.Render("quyet-dinh-khen-thuong", NomineeKind.Collective);
        var text = RenderingTests.Text(bytes);
        Assert.Contains("KT. CHỦ TỊCH", text);
        Assert.Contains("Huỳnh Thị Diễm Ngọc", text);
        Assert.DoesNotContain("TM. ỦY BAN NHÂN DÂN", text); // the Chairman's own power
        Assert.Contains("Mười lăm triệu bảy trăm chín mươi lăm nghìn đồng", text); // 3.510.000 + 7.020.000 + 5.265.000 (the household)
        Assert.DoesNotContain("UBND", text.Split('\n').First(l => l.StartsWith("Về việc")));
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var article = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().First(p => p.InnerText.StartsWith("Điều 1."));
        Assert.Equal("Điều 1.", article.Elements<Run>().First().InnerText);
        Assert.NotNull(article.Elements<Run>().First().RunProperties!.Bold);
        var amounts = document.MainDocumentPart.Document.Body.Descendants<TableCell>().Where(c => c.InnerText == "10.530.000").ToList();
        Assert.All(amounts, c => Assert.Equal(JustificationValues.Right, c.Descendants<Justification>().Single().Val!.Value));
    }

    [Fact]
    public void Header_rows_repeat_rows_do_not_split_tables_are_apart_and_an_empty_table_is_left_out()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(RenderingTests.Render("quyet-dinh-khen-thuong", NomineeKind.Collective)), false);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.All(body.Descendants<TableRow>(), r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<CantSplit>()));
        var list = body.Elements<Table>().Last();
        Assert.NotNull(list.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal(Word.Tables.NumberColumn.ToString(), list.GetFirstChild<TableGrid>()!.Elements<GridColumn>().First().Width!.Value);
        Assert.All(body.Elements<Table>(), t => Assert.IsType<Paragraph>(t.NextSibling()));
        Assert.NotNull(document.MainDocumentPart.DocumentSettingsPart);

        var report = Samples.Forms.Single(f => f.Code == "bao-cao-thanh-tich-nd152");
        var model = Samples.Model(report, NomineeKind.Individual);
        var empty = model with { Tables = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> { ["past-awards"] = [] } };
        var text = RenderingTests.Text(new DocxRenderer().RenderDocx(report, empty));
        Assert.DoesNotContain("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", text);
    }

    [Fact]
    public void A_draft_leaves_the_date_blank_and_is_marked_and_decomposed_text_is_composed()
    {
        var form = Samples.Forms.Single(f => f.Code == "to-trinh");
        var model = Samples.Model(form, NomineeKind.Collective, numbered: false);
        Assert.Equal("Sóc Trăng, ngày … tháng … năm 2026", model.PlaceDateLine);
        var decomposed = model with { Values = new Dictionary<string, string>(model.Values) { ["recipient"] = "Sở Nội vụ tỉnh Sóc Trăng".Normalize(System.Text.NormalizationForm.FormD) } };
        var text = RenderingTests.Text(new DocxRenderer().RenderDocx(form, decomposed));
        Assert.StartsWith("DỰ THẢO", text);
        Assert.Contains("Kính gửi: Sở Nội vụ tỉnh Sóc Trăng.", text);
        Assert.DoesNotContain(text, c => c is >= '\u0300' and <= '\u036F');
    }
}
