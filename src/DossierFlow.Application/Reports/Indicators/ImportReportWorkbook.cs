using DossierFlow.Application.Common;
using DossierFlow.Application.Organisations;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Indicators;

namespace DossierFlow.Application.Reports.Indicators;

/// <param name="Version">The indicators' version stored, or null when the indicator sheet was left empty.</param>
/// <param name="Indicators">How many indicators it holds.</param>
/// <param name="Discipline">Sanctions added.</param>
/// <param name="AlreadyRecorded">Sanctions of the file the unit already had (the same file imported again adds nothing twice).</param>
public sealed record ReportImportResult(int? Version, int Indicators, int Discipline, int AlreadyRecorded);

/// <summary>
/// The unit's clerk imports the report's workbook (the template of <see cref="ReportWorkbookTemplate"/>, filled). All
/// or nothing: an unknown or repeated indicator code, text in a value cell, a value out of range or inconsistent with
/// the others (an end above the start when a drop is claimed, a rate that does not match its counts), a discipline
/// row without a level or a date: each is listed by its row and column, the cell named, and nothing is stored. A clean
/// file becomes the report's next version of indicators, and its sanctions are recorded for the unit.
/// </summary>
public sealed class ImportReportWorkbook(IAppDb db, IReportWorkbookFile sheet, TimeProvider clock) : IUseCase
{
    private const string What = "số liệu";

    public async Task<ReportImportResult> HandleAsync(Actor actor, Guid reportId, int revision, string fileName, byte[] content, CancellationToken ct = default)
    {
        var report = await ReportIndicatorRules.LoadOwnAsync(db, actor, reportId, revision, ct);
        var workbook = sheet.Read(fileName, content);
        var problems = workbook.Problems.ToList();
        var values = ReadIndicators(workbook.Indicators, problems, out var rowOf);
        if (problems.Count == 0)
            // The figures' own checks (ranges, an end above the start, rates against counts), each at its value's cell.
            problems.AddRange(IndicatorValidation.Problems(values).Select(p => ValueProblem(rowOf.GetValueOrDefault(p.Code), p.Message)));
        var now = clock.GetUtcNow().UtcDateTime;
        var records = ReadDiscipline(workbook.Discipline, report.OrganisationId, VietnameseFormat.Today(clock), now, actor.UserId, problems);
        if (problems.Count > 0)
            throw new ImportFailedException(problems.OrderBy(p => p.Field.StartsWith(IndicatorSheet.DisciplineSheet, StringComparison.Ordinal)).ThenBy(p => p.Line).ToList(), What);
        if (values.Count == 0 && records.Count == 0)
            throw new DomainException("report-workbook-empty", "Tệp không có số liệu chỉ tiêu hay quyết định kỷ luật nào; hãy ghi vào cột D của trang \"Chỉ tiêu\" hoặc trang \"Kỷ luật\".");

        var version = values.Count == 0 ? (int?)null
            : (await ReportIndicatorRules.SaveAsync(db, report, revision, values, IndicatorSource.Import, now, actor.UserId, ct)).Version;
        var added = 0;
        foreach (var record in records)
        {
            if (await DisciplineRecords.ExistsAsync(db, record, ct) || db.DisciplineRecords.Local.Any(r => Same(r, record))) continue;
            db.DisciplineRecords.Add(record);
            added++;
        }
        return new ReportImportResult(version, values.Count, added, records.Count - added);
    }

    private static Dictionary<string, decimal> ReadIndicators(IReadOnlyList<SheetRow> rows, List<ImportProblem> problems, out Dictionary<string, int> rowOf)
    {
        var values = new Dictionary<string, decimal>();
        rowOf = [];
        foreach (var row in rows)
        {
            var code = row[IndicatorSheet.Code]?.Trim() ?? "";
            var text = row[IndicatorSheet.Value];
            if (code.Length == 0)
            {
                if (text is not null)
                    problems.Add(new ImportProblem(row.Line, IndicatorSheet.IndicatorLabel(IndicatorSheet.Code),
                        $"Ô A{row.Line}: dòng có giá trị nhưng không có mã chỉ tiêu; hãy dùng tệp mẫu tải từ trang báo cáo."));
                continue;
            }
            if (IndicatorCatalogue.Find(code) is not { } definition)
            {
                problems.Add(new ImportProblem(row.Line, IndicatorSheet.IndicatorLabel(IndicatorSheet.Code), $"Ô A{row.Line}: mã chỉ tiêu \"{code}\" không có trong danh mục."));
                continue;
            }
            if (rowOf.TryGetValue(code, out var first))
            {
                problems.Add(new ImportProblem(row.Line, IndicatorSheet.IndicatorLabel(IndicatorSheet.Code), $"Ô A{row.Line}: chỉ tiêu \"{definition.Name}\" đã có ở dòng {first}."));
                continue;
            }
            rowOf[code] = row.Line;
            if (text is null) continue;
            if (IndicatorNumbers.TryParse(text, out var value)) values[code] = value;
            else problems.Add(ValueProblem(row.Line, $"{definition.Name}: \"{text}\" không phải là số (ví dụ 2,85 hoặc 1.250)."));
        }
        return values;
    }

    private static List<Domain.Indicators.DisciplineRecord> ReadDiscipline(IReadOnlyList<SheetRow> rows, Guid organisationId, DateOnly today, DateTime now,
        string by, List<ImportProblem> problems)
    {
        var records = new List<Domain.Indicators.DisciplineRecord>();
        foreach (var row in rows)
        {
            var input = new DisciplineInput(row[IndicatorSheet.Person], row[IndicatorSheet.BirthDate], row[IndicatorSheet.Identity], row[IndicatorSheet.StaffCode],
                row[IndicatorSheet.Level], row[IndicatorSheet.DecidedOn], row[IndicatorSheet.Decision], row[IndicatorSheet.Reason]);
            var (record, rowProblems) = DisciplineEntry.Parse(input, organisationId, today, now, by);
            problems.AddRange(rowProblems.Select(p => new ImportProblem(row.Line, IndicatorSheet.DisciplineLabel(p.Column),
                $"Ô {p.Column}{row.Line}: {p.Message}")));
            if (record is not null) records.Add(record);
        }
        return records;
    }

    private static ImportProblem ValueProblem(int line, string message) =>
        new(line, IndicatorSheet.IndicatorLabel(IndicatorSheet.Value), line > 0 ? $"Ô D{line}: {message}" : message);

    private static bool Same(Domain.Indicators.DisciplineRecord a, Domain.Indicators.DisciplineRecord b) =>
        a.OrganisationId == b.OrganisationId && a.FoldedPersonName == b.FoldedPersonName && a.Level == b.Level && a.DecidedOn == b.DecidedOn;
}
