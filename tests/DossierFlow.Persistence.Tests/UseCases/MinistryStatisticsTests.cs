using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DossierFlow.Application.Common;
using DossierFlow.Application.Council;
using DossierFlow.Application.Council.Decisions;
using DossierFlow.Application.Forms;
using DossierFlow.Application.Reports.Statistics;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Organisations;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using DossierFlow.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>
/// Issue 18 item 2: the yearly statistical tables for Bộ Nội vụ, counted from the awards decided in DossierFlow. The
/// test's province awards, in 2025, a Bằng khen of the Chairman to a woman and a collective of the school (her male
/// colleague left out by the Chairman), to an enterprise's collective, and a Bằng khen of the Prime Minister to a
/// person of the union; a fourth dossier waits at the appraisal and counts nowhere.
/// </summary>
public class MinistryStatisticsTests : ProvinceTest
{
    private async Task SeasonAsync()
    {
        Guid enterprise;
        await using (var db = _host.Database.NewContext())
        {
            var committee = await db.Organisations.SingleAsync(o => o.Id == _province.Committee);
            var company = Organisation.Create("CTY-CAPNUOC", "Công ty Cổ phần Cấp nước tỉnh", "CTCN", OrganisationKind.Enterprise, committee,
                ["capnuoc@tinh.test"], new DateOnly(2020, 1, 1));
            db.Organisations.Add(company);
            var movement = await db.Movements.Include(m => m.Participants).SingleAsync(m => m.Id == _province.MovementId);
            movement.SetParticipants([_province.School, _province.Union, company.Id]);
            await db.SaveChangesAsync();
            enterprise = company.Id;
        }
        // First, while the movement still takes dossiers (each session below moves the clock to its day).
        await _province.Dossier().WithNominees("Đang Thẩm Định").AppraisingAsync();
        var school = await _province.Dossier().WithPeople(
            new NomineeDetails(NomineeKind.Individual, "Trần Thị Bình", "Giáo viên", Gender: NomineeGender.Female),
            new NomineeDetails(NomineeKind.Individual, "Nguyễn Văn An", "Giáo viên", Gender: NomineeGender.Male),
            new NomineeDetails(NomineeKind.Collective, "Phòng Giáo dục Tiểu học")).AtChairmanAsync();
        var ids = await DossierBuilder.NomineesAsync(_host, school);
        await DecideAsync(school, [ids[0], ids[2]], "Chưa đủ tiêu chuẩn");

        var company_ = await _province.Dossier().From(enterprise).WithPeople(new NomineeDetails(NomineeKind.Collective, "Phòng Kỹ thuật")).AtChairmanAsync();
        await DecideAsync(company_, await DossierBuilder.NomineesAsync(_host, company_));

        var national = await _province.Dossier(Province.NationalAward).From(_province.Union).WithNominees("Lê Văn Cường").AtChairmanAsync();
        var nominees = await DossierBuilder.NomineesAsync(_host, national);
        await DecideAsync(national, nominees);
        var today = _host.Clock.Now.AddHours(7).ToString("dd/MM/yyyy");
        var revision = await DossierBuilder.RevisionAsync(_host, national);
        await _host.RunAsync<RecordCentralDecision, Application.Workflows.WorkflowActionResult>(r => r.HandleAsync(_province.Reviewer, national,
            new CentralDecisionInput(revision, Guid.NewGuid(), "1234/QĐ-TTg", today, nominees)));
    }

    private async Task DecideAsync(Guid dossier, IReadOnlyList<Guid> approved, string? reason = null)
    {
        var revision = await DossierBuilder.RevisionAsync(_host, dossier);
        await _host.RunAsync<DecideAward, ChairmanDecisionResult>(d => d.HandleAsync(_province.Chairman, dossier,
            new ChairmanDecisionInput(revision, Guid.NewGuid(), approved, reason)));
    }

    private Task<MinistryStatistics> ComputeAsync(int year, Actor? actor = null) =>
        _host.RunAsync<ComputeMinistryStatistics, MinistryStatistics>(c => c.HandleAsync(actor ?? _province.Reviewer, year));

    /// <summary>The cell of a table at the row with this Mã số and the column with this label (and group).</summary>
    private static StatisticsCell Cell(MinistryStatistics s, string sheet, string rowCode, string column, string? group = null)
    {
        var table = s.Tables.Single(t => t.Table.Sheet == sheet);
        var index = table.Table.Columns.ToList().FindIndex(c => c.Label == column && (group is null || c.Group == group));
        Assert.True(index >= 0, $"no column '{column}' in {sheet}");
        return table.Rows.Single(r => r.Row.Code == rowCode).Cells[index];
    }

    [Fact]
    public async Task The_provincial_table_counts_the_awarded_nominees_by_kind_unit_gender_and_commendation_type()
    {
        await SeasonAsync();

        var s = await ComputeAsync(2025);

        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), (s.From, s.To));
        Assert.Equal("Ủy ban nhân dân tỉnh", s.ReportingUnit);
        // 0603: the woman, the school's collective and the enterprise's collective; the man left out does not count.
        Assert.Equal(3, Cell(s, "0603", "01", "Tổng số").Value);
        Assert.Equal(3, Cell(s, "0603", "01", "Bằng khen").Value);
        Assert.Equal(2, Cell(s, "0603", "02", "Tổng số").Value);
        Assert.Equal(1, Cell(s, "0603", "03", "Tổng số").Value);
        Assert.Equal(0, Cell(s, "0603", "04", "Tổng số").Value);
        Assert.Equal(1, Cell(s, "0603", "05", "Bằng khen").Value);
        Assert.Equal(1, Cell(s, "0603", "10a", "Tổng số").Value);
        Assert.Equal(3, Cell(s, "0603", "12", "Tổng số").Value);
        Assert.Equal(0, Cell(s, "0603", "11", "Tổng số").Value);
        // An individuals-only column has nothing on a collectives row; a leaders row cannot be told from free-text positions.
        Assert.Equal(StatisticsCell.Blank, Cell(s, "0603", "02", "Chiến sĩ thi đua cấp bộ, cấp tỉnh"));
        Assert.Contains("Chức vụ", Cell(s, "0603", "06", "Tổng số").Note);
        Assert.Null(Cell(s, "0603", "06", "Tổng số").Value);
    }

    [Fact]
    public async Task The_state_table_counts_the_central_decision_and_the_movement_table_the_province_s_movements()
    {
        await SeasonAsync();

        var s = await ComputeAsync(2025);

        Assert.Equal(1, Cell(s, "0602", "1", "Tổng số").Value);
        Assert.Equal(1, Cell(s, "0602", "3", "Cá nhân", "Bằng khen của Thủ tướng Chính phủ").Value);
        Assert.Equal(StatisticsCell.Blank, Cell(s, "0602", "9", "Tập thể", "Bằng khen của Thủ tướng Chính phủ"));
        Assert.Equal(0, Cell(s, "0602", "6", "Tổng số").Value);
        Assert.NotNull(Cell(s, "0602", "1", "Giải thưởng Hồ Chí Minh").Note);
        // The province's one movement (2025-2025) is under way in 2025 and lasts one year.
        Assert.Equal(1, Cell(s, "0601", "01", "Tổng số").Value);
        Assert.Equal(1, Cell(s, "0601", "07", "Tổng số").Value);
        Assert.Equal(0, Cell(s, "0601", "08", "Tổng số").Value);
        Assert.NotNull(Cell(s, "0601", "06", "Tổng số").Note);
        Assert.All(s.Tables.Single(t => t.Table.Sheet == "0605").Rows.SelectMany(r => r.Cells), c => Assert.NotNull(c.Note));
    }

    [Fact]
    public async Task Another_year_counts_nothing_and_a_year_out_of_range_or_a_unit_user_is_refused()
    {
        await SeasonAsync();

        var before = await ComputeAsync(2024);

        Assert.Equal(0, Cell(before, "0603", "01", "Tổng số").Value);
        Assert.Equal(0, Cell(before, "0602", "1", "Tổng số").Value);
        Assert.Equal(0, Cell(before, "0601", "01", "Tổng số").Value);
        var refused = await Assert.ThrowsAsync<DomainException>(() => ComputeAsync(1999));
        Assert.Equal("statistics-year", refused.Code);
        Assert.Contains("Năm báo cáo phải từ 2000 đến", refused.Message);
        await Assert.ThrowsAsync<DomainException>(() => ComputeAsync(_host.Clock.Now.Year + 1));
        await Assert.ThrowsAsync<ForbiddenException>(() => ComputeAsync(2025, _province.Clerk(_province.School)));
        await Assert.ThrowsAsync<ForbiddenException>(() => ComputeAsync(2025, _province.Chairman));
        Assert.Equal(2, (await ComputeAsync(2025, Province.As(_province.HomeAffairs, Roles.Auditor))).Tables
            .Single(t => t.Table.Sheet == "0603").Rows.Single(r => r.Row.Code == "02").Cells[0].Value);
    }

    [Fact]
    public async Task The_workbook_has_a_sheet_per_table_with_the_counts_as_number_cells_and_a_notes_sheet()
    {
        await SeasonAsync();

        var file = await _host.RunAsync<ExportMinistryStatistics, ExportFile>(e => e.HandleAsync(_province.Reviewer, 2025));

        Assert.Equal("bieu-thong-ke-tdkt-2025.xlsx", file.FileName);
        using var document = SpreadsheetDocument.Open(new MemoryStream(file.Content), false);
        var workbook = document.WorkbookPart!;
        Assert.Equal(["0601", "0602", "0603", "0604", "0605", "Ghi chú"], workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        var sheet = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "0603").Id!);
        var cells = sheet.Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        Assert.Equal("Biểu số: 0603.N/BNV-TĐKT", cells["A1"].InnerText);
        // Rows from 10 on, in the layout's order: 01 Tổng số, the heading, 02 Tập thể, 03, 04, 05, 06.
        Assert.Equal("02", cells["B12"].InnerText);
        Assert.Equal(CellValues.Number, cells["D12"].DataType!.Value);
        Assert.Equal("2", cells["D12"].CellValue!.Text);
        Assert.Null(cells["D16"].CellValue); // 06: leaders, not derivable
        var notes = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Ghi chú").Id!);
        Assert.Contains(notes.Worksheet.Descendants<Cell>(), c => c.InnerText == "D16:H16");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_session_decision_counts_in_the_year_of_its_date_not_of_the_day_it_was_numbered(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            await _host.DisposeAsync();
            _host = await UseCaseHost.CreateAsync(provider);
            _province = await Province.CreateAsync(_host);
        }
        var (_, vice) = await _province.SignersAsync();
        var dossier = await _province.Dossier().WithNominees("Nguyễn Thị Lan", "Trần Văn Bình").AtCouncilAsync();
        var session = await _province.SessionWithMinutesAsync([dossier]);
        var award = await _host.ReadAsync(db => db.AwardTypes.Where(a => a.Code == Province.ProvincialAward).Select(a => a.Id).SingleAsync());
        var decision = await _host.RunAsync<ApproveSessionAward, Guid>(a => a.HandleAsync(_province.Chairman, session, new ApproveAwardInput(award, vice, [])));
        var minutes = await _host.ReadAsync(db => db.CouncilSessions.Where(s => s.Id == session).Select(s => s.MinutesIssuedOn!.Value).SingleAsync());
        // The office numbers it in the new year, dated the day it was signed in the old one.
        _host.Clock.Now = new DateTime(minutes.Year + 1, 1, 5, 2, 0, 0, DateTimeKind.Utc);
        await _host.RunAsync<IssueSessionDecision, IssuedDecision>(i => i.HandleAsync(_province.DocumentOffice(), decision,
            new IssueDecisionInput(1, "7", minutes.ToString("dd/MM/yyyy"))));

        Assert.Equal(2, Cell(await ComputeAsync(minutes.Year), "0603", "05", "Bằng khen").Value);
        Assert.Equal(0, Cell(await ComputeAsync(minutes.Year + 1), "0603", "01", "Tổng số").Value);
    }
}
