using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Dossiers;

namespace DossierFlow.Documents.Tests;

/// <summary>
/// The achievement reports of NĐ 91/2017, NĐ 98/2023 and NĐ 152/2025 as printed: no "Số:" line, the individual
/// signing their own report under the head's confirmation, a collective's report headed by the collective under its
/// superior, and the posthumous (truy tặng) option.
/// </summary>
public sealed class AchievementReportTests
{
    private static readonly IReadOnlyList<FormDefinition> Reports = [.. Samples.Forms.Where(f => f.Layout == "report")];

    private static IEnumerable<(FormDefinition Form, NomineeKind Kind)> Cases() =>
        from form in Reports
        from kind in new[] { NomineeKind.Individual, NomineeKind.Collective, NomineeKind.Household }
        where form.Serves(FormContext.KindName(kind))
        select (form, kind);

    [Fact]
    public void There_is_a_report_form_of_each_law_and_a_household_form_where_the_law_has_one()
    {
        Assert.Equal(["bao-cao-thanh-tich-mau-07", "bao-cao-thanh-tich-nd152", "bao-cao-thanh-tich-nd98-ho-gia-dinh", "bao-cao-thanh-tich-nd98-mau-02",
            "bao-cao-thanh-tich-nd98-mau-03"], Reports.Select(f => f.Code).Order(StringComparer.Ordinal));
        Assert.All(Reports, f => Assert.Equal("bao-cao-thanh-tich-mau-07", f.DocumentKind));
        Assert.All(Reports, f => Assert.False(f.Numbered));
    }

    [Fact]
    public void A_report_has_no_number_line_and_is_dated_once_issued()
    {
        foreach (var (form, kind) in Cases())
        {
            var model = Samples.Model(form, kind);
            Assert.Equal("", model.NumberLine);
            Assert.False(model.Draft, $"{form.Code}/{kind}: a dated report is the version to sign");
            var text = Text(new DocxRenderer().RenderDocx(form, model));
            Assert.DoesNotContain("Số:", text);
            Assert.DoesNotContain("/BC-", text);
            Assert.Contains("Sóc Trăng, ngày 05 tháng 01 năm 2026", text);
            var draft = Samples.Model(form, kind, numbered: false);
            Assert.True(draft.Draft, $"{form.Code}/{kind}: an undated report is a draft");
            Assert.Contains("DỰ THẢO", Text(new DocxRenderer().RenderDocx(form, draft)));
        }
    }

    [Fact]
    public void An_individual_signs_their_own_report_under_the_heads_confirmation()
    {
        foreach (var form in Reports.Where(f => f.Serves("individual")))
        {
            var (left, right) = SignatureColumns(new DocxRenderer().RenderDocx(form, Samples.Model(form, NomineeKind.Individual)));
            Assert.Equal(["NGƯỜI BÁO CÁO THÀNH TÍCH", "(Ký, ghi rõ họ và tên)", "Nguyễn Thị Hồng Nhung"], right);
            Assert.Equal(["THỦ TRƯỞNG ĐƠN VỊ", "XÁC NHẬN, ĐỀ NGHỊ", "(Ký, đóng dấu)", "Trần Quốc Việt"], left);
        }
    }

    [Fact]
    public void A_collectives_report_is_headed_by_the_collective_under_its_superior_and_signed_by_its_head()
    {
        foreach (var form in Reports.Where(f => f.Serves("collective")))
        {
            var docx = new DocxRenderer().RenderDocx(form, Samples.Model(form, NomineeKind.Collective));
            var header = Body(docx).Elements<Table>().First().Elements<TableRow>().First().Elements<TableCell>().First();
            Assert.Equal(["SỞ NỘI VỤ", "PHÒNG CÔNG TÁC THANH NIÊN VÀ BÌNH ĐẲNG GIỚI"],
                header.Elements<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0));
            var (left, right) = SignatureColumns(docx);
            Assert.Equal(["THỦ TRƯỞNG ĐƠN VỊ", "(Ký, đóng dấu)", "Trần Minh Khoa"], right);
            Assert.Equal(["THỦ TRƯỞNG ĐƠN VỊ CẤP TRÊN", "XÁC NHẬN, ĐỀ NGHỊ", "(Ký, đóng dấu)", "Trần Quốc Việt"], left);
        }
    }

    [Fact]
    public void A_household_is_reported_with_its_particulars_and_signed_by_the_head_of_household()
    {
        foreach (var form in Reports.Where(f => f.Serves("household")))
        {
            var docx = new DocxRenderer().RenderDocx(form, Samples.Model(form, NomineeKind.Household));
            Assert.Contains("Tên hộ gia đình đề nghị khen thưởng: Hộ ông Lý Văn Tư", Text(docx));
            Assert.Contains("- Họ và tên chủ hộ: Lý Văn Tư", Text(docx));
            Assert.Equal(["CHỦ HỘ", "(Ký, ghi rõ họ và tên)", "Lý Văn Tư"], SignatureColumns(docx).Right);
        }
    }

    [Fact]
    public void A_posthumous_report_asks_to_confer_posthumously_and_names_who_reports_in_the_individuals_place()
    {
        foreach (var form in Reports.Where(f => f.Serves("individual")))
        {
            var living = Samples.Model(form, NomineeKind.Individual);
            Assert.Equal("Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", living.Value("summary"));
            var posthumous = Samples.Model(form, NomineeKind.Individual, posthumous: true);
            Assert.Equal("Đề nghị truy tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", posthumous.Value("summary"));
            var docx = new DocxRenderer().RenderDocx(form, posthumous);
            Assert.Contains("- Ngày từ trần: 20/10/2025", Text(docx));
            Assert.Equal(["NGƯỜI BÁO CÁO THÀNH TÍCH", "(Ký, ghi rõ họ và tên)", "Nguyễn Văn Hùng"], SignatureColumns(docx).Right);
            // Nobody reports for the dead by default: the reporter's name must be typed; a living individual is their own reporter.
            Assert.Equal("", Samples.Model(form, NomineeKind.Individual, posthumous: true, typedReporter: false).Value("reporter-name"));
            Assert.Equal("Nguyễn Thị Hồng Nhung", living.Value("reporter-name"));
        }
    }

    [Fact]
    public void Past_awards_name_the_body_that_issued_each_decision()
    {
        foreach (var (form, kind) in Cases())
        {
            var table = Body(new DocxRenderer().RenderDocx(form, Samples.Model(form, kind, "long")))
                .Descendants<Table>().First(t => t.InnerText.StartsWith("STTNăm", StringComparison.Ordinal));
            Assert.Equal(["STT", "Năm", "Danh hiệu thi đua, hình thức khen thưởng", "Số, ngày quyết định", "Cơ quan ban hành quyết định"],
                table.Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText));
            Assert.Contains(table.Elements<TableRow>(), r => r.InnerText.EndsWith("Ủy ban nhân dân tỉnh", StringComparison.Ordinal));
        }
    }

    private static Body Body(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return (Body)document.MainDocumentPart!.Document.Body!.CloneNode(true);
    }

    private static string Text(byte[] docx) => string.Join("\n", Body(docx).Descendants<Paragraph>().Select(p => p.InnerText));

    /// <summary>The two columns of the report's signature block, their non-empty lines top to bottom.</summary>
    private static (List<string> Left, List<string> Right) SignatureColumns(byte[] docx)
    {
        var signature = Body(docx).Descendants<Table>().Last(t => !t.Descendants<Table>().Any());
        List<string> Column(int index) => [.. signature.Elements<TableRow>()
            .SelectMany(r => r.Elements<TableCell>().ElementAt(index).Elements<Paragraph>()).Select(p => p.InnerText).Where(t => t.Length > 0)];
        return (Column(0), Column(1));
    }
}
