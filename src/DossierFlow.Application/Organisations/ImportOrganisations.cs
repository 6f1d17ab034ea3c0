using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Organisations;

public sealed record ImportProblem(int Line, string Field, string Message)
{
    public override string ToString() => $"dòng {Line}, cột \"{Field}\": {Message}";
}

public sealed class ImportFailedException(IReadOnlyList<ImportProblem> problems, string what = "đơn vị")
    : Exception($"Tệp có {problems.Count} lỗi, không có {what} nào được nhập.")
{
    public IReadOnlyList<ImportProblem> Problems { get; } = problems;
}

/// <summary>
/// Imports organisations from CSV with the header
/// <c>code,name,short_code,kind,parent_code,emails,valid_from[,valid_to,successor_code]</c>.
/// Existing codes are updated, new codes created. Every field of every row is checked before anything is saved, so
/// a file with any error changes nothing and the user sees all its problems at once, each with its line and column.
/// </summary>
public sealed class ImportOrganisations(IAppDb db) : IUseCase
{
    public async Task<int> HandleAsync(Actor actor, TextReader csv, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.Admin);
        var problems = new List<ImportProblem>();
        var rows = OrganisationCsv.Read(csv, problems);
        var existing = await db.Organisations.ToDictionaryAsync(o => o.Code, ct);
        var inFile = rows.GroupBy(r => r["code"]).ToDictionary(g => g.Key, g => g.First());
        var parsed = rows.Select(r => Check(r, existing, inFile, problems)).ToList();
        problems.AddRange(ParentCycles(rows, existing));
        if (problems.Count > 0) throw new ImportFailedException(problems.OrderBy(p => p.Line).ToList());

        await ApplyAsync(parsed.Select(p => p!).ToList(), existing, ct);
        return rows.Count;
    }

    /// <summary>A row whose every field is valid, with its values parsed.</summary>
    private sealed record Parsed(OrganisationCsvRow Row, OrganisationKind Kind, DateOnly ValidFrom, DateOnly? ValidTo, string[] Emails);

    /// <summary>
    /// Checks each field of the row on its own, adding one problem per wrong field (per wrong address for emails);
    /// null when the row has any.
    /// </summary>
    private static Parsed? Check(OrganisationCsvRow row, Dictionary<string, Organisation> existing, Dictionary<string, OrganisationCsvRow> inFile,
        List<ImportProblem> problems)
    {
        var before = problems.Count;
        void Problem(string column, string message) => problems.Add(new ImportProblem(row.Line, column, message));
        void Rule(string column, Action check)
        {
            try { check(); }
            catch (DomainException e) { Problem(column, e.Message); }
        }
        bool Known(string code) => existing.ContainsKey(code) || inFile.ContainsKey(code);

        var code = row["code"];
        if (code != "" && !ReferenceEquals(inFile[code], row))
            Problem("code", $"Mã \"{code}\" xuất hiện nhiều lần trong tệp.");
        else
            Rule("code", () => Organisation.ValidCode(code));
        Rule("name", () => Organisation.ValidName(row["name"]));
        Rule("short_code", () => Organisation.ValidShortCode(row["short_code"]));
        var kind = ParseKind(row["kind"]);
        if (kind is null) Problem("kind", $"Loại đơn vị \"{row["kind"]}\" không hợp lệ.");
        var parent = row["parent_code"];
        if (parent != "" && !Known(parent))
            Problem("parent_code", $"Không tìm thấy đơn vị cấp trên có mã \"{parent}\".");
        var emails = row["emails"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var email in emails) Rule("emails", () => Organisation.ValidEmail(email));

        var fromParsed = VietnameseFormat.TryParseDate(row["valid_from"], out var validFrom);
        if (!fromParsed) Problem("valid_from", "Ngày bắt đầu hiệu lực phải có dạng dd/MM/yyyy.");
        else if (existing.TryGetValue(code, out var current) && current.ValidFrom != validFrom)
            Problem("valid_from", SaveOrganisation.ValidFromChanged().Message);
        DateOnly? validTo = null;
        if (row["valid_to"] != "")
        {
            if (!VietnameseFormat.TryParseDate(row["valid_to"], out var to)) Problem("valid_to", "Ngày hết hiệu lực phải có dạng dd/MM/yyyy.");
            else
            {
                validTo = to;
                if (fromParsed) Rule("valid_to", () => Organisation.CheckValidTo(validFrom, to));
            }
        }
        var successor = row["successor_code"];
        if (successor != "")
        {
            if (!Known(successor))
                Problem("successor_code", $"Không tìm thấy đơn vị kế thừa có mã \"{successor}\".");
            else if (row["valid_to"] == "")
                Problem("successor_code", SaveOrganisation.SuccessorWithoutEnd().Message);
            else if (validTo is { } end && SuccessorValidity(successor, existing, inFile) is var (successorFrom, successorTo))
                Rule("successor_code", () => Organisation.CheckSuccessor(code, end, successor, successorFrom, successorTo));
        }
        return problems.Count > before ? null : new Parsed(row, kind!.Value, validFrom, validTo, emails);
    }

    /// <summary>The successor's validity as it will be after the import; null when its own row has a wrong date.</summary>
    private static (DateOnly From, DateOnly? To)? SuccessorValidity(string code, Dictionary<string, Organisation> existing,
        Dictionary<string, OrganisationCsvRow> inFile)
    {
        if (!inFile.TryGetValue(code, out var row)) return (existing[code].ValidFrom, existing[code].ValidTo);
        if (!VietnameseFormat.TryParseDate(row["valid_from"], out var from)) return null;
        if (row["valid_to"] == "") return (from, null);
        return VietnameseFormat.TryParseDate(row["valid_to"], out var to) ? (from, to) : null;
    }

    /// <summary>Rows that would end up under themselves, through the file's parents and the database's for the others.</summary>
    private static IEnumerable<ImportProblem> ParentCycles(IReadOnlyList<OrganisationCsvRow> rows, Dictionary<string, Organisation> existing)
    {
        var codes = existing.Values.ToDictionary(o => o.Id, o => o.Code);
        var parents = existing.Values.Where(o => o.ParentId is not null).ToDictionary(o => o.Code, o => codes[o.ParentId!.Value]);
        foreach (var row in rows)
            if (row["parent_code"] == "") parents.Remove(row["code"]);
            else parents[row["code"]] = row["parent_code"];
        foreach (var row in rows)
        {
            var seen = new HashSet<string>();
            for (var next = row["parent_code"]; next != "" && seen.Add(next); next = parents.GetValueOrDefault(next, ""))
                if (next == row["code"])
                {
                    yield return new ImportProblem(row.Line, "parent_code", Organisation.ParentCycle().Message);
                    break;
                }
        }
    }

    /// <summary>
    /// Applies checked rows: parents before their children, then the ends of validity, so that a successor may be
    /// anywhere in the file.
    /// </summary>
    private async Task ApplyAsync(IReadOnlyList<Parsed> rows, Dictionary<string, Organisation> known, CancellationToken ct)
    {
        var pending = rows.ToList();
        while (pending.Count > 0)
        {
            var waiting = pending.Select(p => p.Row["code"]).ToHashSet();
            var ready = pending.Where(p => !waiting.Contains(p.Row["parent_code"])).ToList();
            if (ready.Count == 0) throw new InvalidOperationException("The checked rows still hold a parent cycle.");
            foreach (var p in ready)
            {
                var parentId = p.Row["parent_code"] == "" ? (Guid?)null : known[p.Row["parent_code"]].Id;
                var input = new OrganisationInput(p.Row["code"], p.Row["name"], p.Row["short_code"], p.Kind, parentId, p.Emails, p.ValidFrom, null, null);
                known[input.Code] = await SaveOrganisation.ApplyAsync(db, known.GetValueOrDefault(input.Code)?.Id, input, ct);
                pending.Remove(p);
            }
        }
        foreach (var p in rows.Where(p => p.ValidTo is not null))
            known[p.Row["code"]].Close(p.ValidTo!.Value, p.Row["successor_code"] == "" ? null : known[p.Row["successor_code"]]);
    }

    private static OrganisationKind? ParseKind(string text)
    {
        if (Enum.TryParse<OrganisationKind>(text, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _))
            return kind;
        return VietnameseLabels.OrganisationKinds.FirstOrDefault(p => string.Equals(p.Value, text, StringComparison.OrdinalIgnoreCase)).Key
            is var k && k != default ? k : null;
    }
}
