using DocumentFormat.OpenXml.Packaging;
using DossierFlow.Application.Common;
using DossierFlow.Application.Council;
using DossierFlow.Application.Forms;
using DossierFlow.Application.Reports.Consolidated;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Organisations;
using DossierFlow.Domain.Reports;
using DossierFlow.Domain.Workflows;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using DossierFlow.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>
/// Issue 17 item 4: the consolidated yearly report on a movement for the Chairman. The test's province has three
/// participants (one reported on time, one late, one not at all), a provincial dossier decided for one of its two
/// nominees, one still at the appraisal and one never sent; the summary, the numbered .docx and the .xlsx all say so.
/// </summary>
public class ConsolidatedReportTests : ProvinceTest
{
    private const string Signer = "Trần Quốc Việt";

    private async Task SeasonAsync()
    {
        await using (var db = _host.Database.NewContext())
        {
            var committee = await db.Organisations.SingleAsync(o => o.Id == _province.Committee);
            var farmers = Organisation.Create("HND", "Hội Nông dân tỉnh", "HND", OrganisationKind.MassOrganisation, committee, ["hnd@tinh.test"], new DateOnly(2020, 1, 1));
            db.Organisations.Add(farmers);
            var movement = await db.Movements.Include(m => m.Participants).SingleAsync(m => m.Id == _province.MovementId);
            movement.SetParticipants([_province.School, _province.Union, farmers.Id]);
            movement.AddDeadline("unit-report", "Gửi báo cáo kết quả thực hiện phong trào", 12, 1, null, Domain.Movements.LatePolicy.AcceptAndMarkLate);
            var workflow = _host.Workflows.Latest("bao-cao-phong-trao-hang-nam");
            var calendar = CalendarFile.Load(RepositoryRoot.Combine("workflows", "calendar", "vietnam-holidays.yaml"));
            foreach (var (unit, late) in new[] { (_province.School, false), (_province.Union, true) })
            {
                var organisation = await db.Organisations.SingleAsync(o => o.Id == unit);
                var report = MovementReport.Create(movement, organisation, 2025, workflow, _host.Clock.Now, "clerk");
                report.Apply(workflow, new TransitionDecision(workflow.Find("submit", "drafting")!, Roles.UnitLeader, late), _province.Leader(unit), null,
                    Guid.NewGuid(), report.Revision, _host.Clock.Now, new DateOnly(2025, 11, 20), calendar);
                db.MovementReports.Add(report);
            }
            await db.SaveChangesAsync();
        }
        var decided = await _province.Dossier().WithNominees("Nguyễn Văn An", "Trần Thị Bình").AtChairmanAsync();
        var first = await _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == decided).SelectMany(d => d.Nominees).OrderBy(n => n.Order).Select(n => n.Id).FirstAsync());
        var revision = await DossierBuilder.RevisionAsync(_host, decided);
        await _host.RunAsync<DecideAward, ChairmanDecisionResult>(d => d.HandleAsync(_province.Chairman, decided,
            new ChairmanDecisionInput(revision, Guid.NewGuid(), [first], "Chưa đủ tiêu chuẩn")));
        await _province.Dossier().From(_province.Union).WithNominees("Lê Văn Cường").AppraisingAsync();
        await _province.Dossier().WithNominees("Không Gửi").DraftAsync();
    }

    private Task<MovementYearSummary> SummaryAsync(Actor? actor = null) =>
        _host.RunAsync<SummariseMovementYear, MovementYearSummary>(s => s.HandleAsync(actor ?? _province.Reviewer, _province.MovementId, 2025));

    private Task<int> GenerateAsync(int revision, string? signer = Signer) =>
        _host.RunAsync<GenerateConsolidatedReport, int>(g => g.HandleAsync(_province.Reviewer, _province.MovementId, 2025,
            new ConsolidatedReportInput(revision, signer)));

    private Task<ExportFile> ExportAsync(string format, Actor? actor = null) =>
        _host.RunAsync<ExportConsolidatedReport, ExportFile>(e => e.HandleAsync(actor ?? _province.Chairman, _province.MovementId, 2025, format));

    [Fact]
    public async Task The_summary_counts_reports_on_time_late_and_missing_and_the_proposals_and_awards_sent_to_the_province()
    {
        await SeasonAsync();

        var summary = await SummaryAsync();

        Assert.Equal((3, 1, 1, 1), (summary.Participants, summary.OnTime, summary.Late, summary.Missing));
        Assert.Equal(new DateOnly(2025, 12, 1), summary.DueOn);
        Assert.Equal(["Sở Giáo dục và Đào tạo", "Liên đoàn Lao động tỉnh", "Hội Nông dân tỉnh"], summary.Units.Select(u => u.Name));
        Assert.Equal([ReportStanding.OnTime, ReportStanding.Late, ReportStanding.Missing], summary.Units.Select(u => u.Standing));
        var award = Assert.Single(summary.Awards);
        Assert.Equal("Bằng khen của Chủ tịch UBND tỉnh", award.AwardName);
        // The draft never sent is not a proposal; of the three nominees sent, the Chairman awarded one.
        Assert.Equal((2, 3, 1), (award.Dossiers, award.Proposed.Individuals, award.Awarded.Individuals));
        Assert.Null(summary.Issued);
    }

    [Fact]
    public async Task Only_province_wide_roles_read_it_and_only_the_reviewer_generates_it()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => SummaryAsync(_province.Clerk(_province.School)));
        await Assert.ThrowsAsync<ForbiddenException>(() => ExportAsync("xlsx", _province.Leader(_province.Union)));
        await Assert.ThrowsAsync<ForbiddenException>(() => _host.RunAsync<GenerateConsolidatedReport, int>(g =>
            g.HandleAsync(_province.Chairman, _province.MovementId, 2025, new ConsolidatedReportInput(0, Signer))));
        var missing = await Assert.ThrowsAsync<NotFoundException>(() => ExportAsync("docx"));
        Assert.Contains("Chưa lập báo cáo tổng hợp năm 2025", missing.Message);
    }

    [Fact]
    public async Task The_report_is_numbered_once_in_the_BC_register_and_keeps_its_number_when_generated_again()
    {
        await SeasonAsync();

        Assert.Equal(1, await GenerateAsync(0));
        var first = Text((await ExportAsync("docx")).Content);
        Assert.Contains("Số: 01/BC-SNV", first);
        Assert.Contains("BÁO CÁO", first);
        Assert.Contains("Tổng hợp kết quả thực hiện Phong trào thi đua “Phong trào thi đua thử nghiệm” năm 2025", first);
        Assert.Contains("03 cơ quan, đơn vị tham gia", first);
        Assert.Contains("01 đơn vị gửi đúng hạn, 01 đơn vị gửi muộn; 01 đơn vị chưa gửi báo cáo", first);
        Assert.Contains("- Hội Nông dân tỉnh.", first);
        Assert.Contains("tiếp nhận 02 hồ sơ đề nghị khen thưởng cho 03 cá nhân; đã được khen thưởng 01 cá nhân", first);
        Assert.Contains("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", first);
        Assert.Contains($"(Kèm theo Báo cáo số 01/BC-SNV ngày {Today()} của Sở Nội vụ)", first);
        Assert.Contains(Signer, first);

        // A stale page cannot overwrite a newer generation; the current one keeps the number and takes the new figures.
        Assert.Equal(1, await GenerateAsync((await SummaryAsync()).Issued!.Revision));
        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => GenerateAsync(0));
        Assert.Equal("stale-revision", stale.Code);
        _host.Clock.Now = _host.Clock.Now.AddDays(3);
        Assert.Equal(1, await GenerateAsync((await SummaryAsync()).Issued!.Revision));
        var again = Text((await ExportAsync("docx")).Content);
        Assert.Contains("Số: 01/BC-SNV", again);
        Assert.Contains($"(Kèm theo Báo cáo số 01/BC-SNV ngày {Today()} của Sở Nội vụ)", again);
        Assert.Equal(1, await _host.ReadAsync(db => db.ConsolidatedReports.CountAsync()));
        Assert.Equal(1, await _host.ReadAsync(db => new DocumentNumbers(db).LastAsync("SNV", "BC", 2025, default)));
    }

    [Fact]
    public async Task A_report_without_a_signer_is_refused_and_takes_no_number()
    {
        await SeasonAsync();

        var refused = await Assert.ThrowsAsync<DomainException>(() => GenerateAsync(0, "  "));

        Assert.Equal("consolidated-signer", refused.Code);
        Assert.Equal(0, await _host.ReadAsync(db => new DocumentNumbers(db).LastAsync("SNV", "BC", 2025, default)));
    }

    [Fact]
    public async Task The_workbook_lists_every_unit_with_its_standing_and_the_counts_as_numbers()
    {
        await SeasonAsync();

        var file = await ExportAsync("xlsx");

        Assert.Equal("tong-hop-phong-trao-2025.xlsx", file.FileName);
        var sheets = Sheets(file.Content);
        Assert.Equal(["Tổng hợp", "Đơn vị", "Khen thưởng", "Chỉ tiêu"], sheets.Keys);
        Assert.Contains(sheets["Tổng hợp"], r => r.SequenceEqual(["Chưa gửi báo cáo", "1"]));
        Assert.Equal(["1", "Sở Giáo dục và Đào tạo", "SGDDT", "Đúng hạn (20/11/2025)", "Đã gửi Sở Nội vụ"], sheets["Đơn vị"][1]);
        Assert.Equal(["3", "Hội Nông dân tỉnh", "HND", "Chưa gửi", "Chưa lập báo cáo"], sheets["Đơn vị"][3]);
        Assert.Equal(["Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "2", "0", "3", "0", "0", "1", "0"], sheets["Khen thưởng"][1]);
    }

    private string Today() => VietnameseFormat.Date(VietnameseFormat.Today(_host.Clock));

    /// <summary>The document's text, paragraph by paragraph (tables included).</summary>
    private static string Text(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    /// <summary>Each sheet's rows as the texts of their cells (numbers as written).</summary>
    private static Dictionary<string, List<string[]>> Sheets(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        return workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToDictionary(s => s.Name!.Value!, s =>
            ((WorksheetPart)workbook.GetPartById(s.Id!.Value!)).Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
                .Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToArray()).ToList());
    }
}
