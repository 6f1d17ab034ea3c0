using CsvHelper;
using DossierFlow.Application.Common;
using DossierFlow.Application.Organisations;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Awards;

/// <summary>
/// Imports past awards (khen thưởng trước đây) from a CSV the unit's records were saved as (UTF-8, comma separated,
/// a header row naming <see cref="Columns"/> in any order): every cell of every row is checked first, and a file
/// with any problem imports nothing and lists each problem with its line and column. An award named like one of the
/// catalogue (its name or code, without diacritics) is linked to it, so the duplicate warnings compare it.
/// </summary>
public sealed class ImportPastAwards(IAppDb db, TimeProvider clock) : IUseCase
{
    public static readonly string[] Columns = ["kind", "name", "identity_number", "birth_date", "workplace", "award", "year", "decision_number", "decision_date"];
    private static readonly string[] Required = ["kind", "name", "award", "year", "decision_number", "decision_date"];
    public const int MaxRows = 5000;

    public async Task<int> HandleAsync(Actor actor, string content, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.HomeAffairsClerk, Roles.HomeAffairsReviewer, Roles.Admin);
        var problems = new List<ImportProblem>();
        var rows = Read(content);
        if (rows.Count == 0) throw new ImportFailedException([new ImportProblem(2, "name", "Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.")], "khen thưởng");
        if (rows.Count > MaxRows)
            throw new ImportFailedException([new ImportProblem(MaxRows + 2, "name", $"Mỗi lần nhập tối đa {MaxRows:N0} dòng; hãy chia tệp.")], "khen thưởng");
        var catalogue = (await db.AwardTypes.AsNoTracking().Select(a => new { a.Id, a.Code, a.Name }).ToListAsync(ct))
            .SelectMany(a => new[] { (Key: SearchText.Fold(a.Name), a.Id), (Key: a.Code, a.Id) })
            .DistinctBy(a => a.Key).ToDictionary(a => a.Key, a => a.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = VietnameseFormat.Today(clock);
        var awards = new List<PastAward>();
        foreach (var (line, f) in rows)
        {
            var before = problems.Count;
            void Problem(string column, string message) => problems.Add(new ImportProblem(line, column, message));
            foreach (var column in Required.Where(c => f[c].Length == 0)) Problem(column, "Ô này không được để trống.");
            NomineeKind kind = default;
            if (f["kind"].Length > 0 && !Kinds.TryGetValue(SearchText.Fold(f["kind"]), out kind))
                Problem("kind", $"\"{f["kind"]}\" không phải là Cá nhân, Tập thể hoặc Hộ gia đình.");
            DateOnly? birth = null;
            if (f["birth_date"].Length > 0)
            {
                if (!VietnameseFormat.TryParseDate(f["birth_date"], out var b)) Problem("birth_date", "Ngày sinh phải có dạng dd/MM/yyyy.");
                else if (b > today) Problem("birth_date", "Ngày sinh không được sau ngày hôm nay.");
                else birth = b;
            }
            var year = 0;
            if (f["year"].Length > 0 && !int.TryParse(f["year"], System.Globalization.NumberStyles.None, null, out year))
                Problem("year", "Năm phải là số (ví dụ: 2023).");
            DateOnly decisionDate = default;
            if (f["decision_date"].Length > 0 && !VietnameseFormat.TryParseDate(f["decision_date"], out decisionDate))
                Problem("decision_date", "Ngày quyết định phải có dạng dd/MM/yyyy.");
            else if (decisionDate > today) Problem("decision_date", "Ngày quyết định không được sau ngày hôm nay.");
            if (problems.Count > before) continue;
            try
            {
                var awardKey = SearchText.Fold(f["award"]);
                awards.Add(PastAward.Record(kind, f["name"], f["identity_number"], birth, f["workplace"],
                    catalogue.TryGetValue(awardKey, out var id) ? id : catalogue.TryGetValue(f["award"], out id) ? id : null,
                    f["award"], year, f["decision_number"], decisionDate, actor.UserId, now));
            }
            catch (DomainException e)
            {
                Problem(ColumnOf(e.Code), e.Message);
            }
        }
        if (problems.Count > 0) throw new ImportFailedException(problems, "khen thưởng");
        db.PastAwards.AddRange(awards);
        return awards.Count;
    }

    private static readonly Dictionary<string, NomineeKind> Kinds = new()
    {
        ["ca nhan"] = NomineeKind.Individual, ["tap the"] = NomineeKind.Collective, ["ho gia dinh"] = NomineeKind.Household,
    };

    private static string ColumnOf(string code) => code switch
    {
        var c when c.StartsWith("past-award-name") => "name",
        "past-award-identity" => "identity_number",
        "past-award-year" => "year",
        "past-award-date" => "decision_date",
        var c when c.StartsWith("past-award-workplace") => "workplace",
        var c when c.StartsWith("past-award-award") => "award",
        var c when c.StartsWith("past-award-decision") => "decision_number",
        _ => "kind",
    };

    private static List<(int Line, Dictionary<string, string> Fields)> Read(string content)
    {
        using var text = new StringReader(content);
        var options = new CsvReaderOptions
        {
            Separator = ',', TrimWhitespace = true, TrimInsideQuotes = true, TrackLineNumbers = true,
            NormalizeHeaderName = name => name.TrimStart('\uFEFF').Trim().ToLowerInvariant(),
        };
        using var reader = CsvReader.Create(text, options, leaveOpen: true);
        if (reader.Headers.All(string.IsNullOrWhiteSpace))
            throw new ImportFailedException([new ImportProblem(1, "name", "Tệp rỗng, thiếu dòng tiêu đề.")], "khen thưởng");
        var indexes = Columns.ToDictionary(c => c, c => reader.TryGetFieldIndex(c, out var i) ? i : -1);
        var missing = Required.Where(c => indexes[c] < 0).ToList();
        if (missing.Count > 0)
            throw new ImportFailedException(missing.Select(c => new ImportProblem(1, c, "Thiếu cột trong dòng tiêu đề.")).ToList(), "khen thưởng");
        var rows = new List<(int, Dictionary<string, string>)>();
        while (reader.Read())
        {
            if (Enumerable.Range(0, reader.FieldCount).All(i => string.IsNullOrWhiteSpace(reader.GetString(i)))) continue;
            rows.Add(((int)reader.LineNumber, Columns.ToDictionary(c => c, c => indexes[c] >= 0 && indexes[c] < reader.FieldCount ? reader.GetString(indexes[c]).Trim() : "")));
            if (rows.Count > MaxRows) break;
        }
        return rows;
    }
}
