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

public sealed class ImportFailedException(IReadOnlyList<ImportProblem> problems)
    : Exception($"Tệp có {problems.Count} lỗi, không có đơn vị nào được nhập.")
{
    public IReadOnlyList<ImportProblem> Problems { get; } = problems;
}

/// <summary>
/// Imports organisations from CSV with the header
/// <c>code,name,short_code,kind,parent_code,emails,valid_from[,valid_to,successor_code]</c>.
/// Existing codes are updated, new codes created. All rows are checked before anything is saved, so a file
/// with any error changes nothing; every problem names its line and column.
/// </summary>
public sealed class ImportOrganisations(IAppDb db)
{
    private static readonly string[] RequiredColumns = ["code", "name", "short_code", "kind", "parent_code", "emails", "valid_from"];

    public async Task<int> HandleAsync(Actor actor, TextReader csv, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.Admin);
        var rows = Csv.Read(csv).ToList();
        if (rows.Count == 0) throw new ImportFailedException([new ImportProblem(1, "code", "Tệp rỗng, thiếu dòng tiêu đề.")]);
        var header = rows[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var missing = RequiredColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
            throw new ImportFailedException(missing.Select(c => new ImportProblem(rows[0].Line, c, "Thiếu cột trong dòng tiêu đề.")).ToList());

        var problems = new List<ImportProblem>();
        var pending = rows.Skip(1).Select(r => new Row(r.Line, header, r.Fields)).ToList();
        var known = await db.Organisations.ToDictionaryAsync(o => o.Code, o => o.Id, ct);
        var seen = new HashSet<string>();
        foreach (var duplicate in pending.Where(r => !seen.Add(r["code"])))
            problems.Add(new ImportProblem(duplicate.Line, "code", $"Mã \"{duplicate["code"]}\" xuất hiện nhiều lần trong tệp."));

        // Parents may come later in the file than their children: take rows whose parent is already known, repeat.
        var imported = 0;
        while (pending.Count > 0 && problems.Count == 0)
        {
            var ready = pending.Where(r => r["parent_code"] == "" || known.ContainsKey(r["parent_code"])).ToList();
            if (ready.Count == 0)
            {
                problems.AddRange(pending.Select(r => new ImportProblem(r.Line, "parent_code",
                    $"Không tìm thấy đơn vị cấp trên có mã \"{r["parent_code"]}\" (hoặc các đơn vị lồng vòng nhau).")));
                break;
            }
            foreach (var row in ready)
            {
                pending.Remove(row);
                if (await ApplyAsync(row, known, problems, ct) is { } organisation)
                {
                    known[organisation.Code] = organisation.Id;
                    imported++;
                }
            }
        }
        if (problems.Count > 0) throw new ImportFailedException(problems.OrderBy(p => p.Line).ToList());
        await db.SaveChangesAsync(ct);
        return imported;
    }

    private async Task<Organisation?> ApplyAsync(Row row, Dictionary<string, Guid> known, List<ImportProblem> problems, CancellationToken ct)
    {
        var before = problems.Count;
        var kind = ParseKind(row["kind"]);
        if (kind is null) problems.Add(new ImportProblem(row.Line, "kind", $"Loại đơn vị \"{row["kind"]}\" không hợp lệ."));
        if (!VietnameseFormat.TryParseDate(row["valid_from"], out var validFrom))
            problems.Add(new ImportProblem(row.Line, "valid_from", "Ngày bắt đầu hiệu lực phải có dạng dd/MM/yyyy."));
        DateOnly? validTo = null;
        if (row["valid_to"] != "")
        {
            if (VietnameseFormat.TryParseDate(row["valid_to"], out var to)) validTo = to;
            else problems.Add(new ImportProblem(row.Line, "valid_to", "Ngày hết hiệu lực phải có dạng dd/MM/yyyy."));
        }
        Guid? successorId = null;
        if (row["successor_code"] != "")
        {
            if (known.TryGetValue(row["successor_code"], out var s)) successorId = s;
            else problems.Add(new ImportProblem(row.Line, "successor_code", $"Không tìm thấy đơn vị kế thừa có mã \"{row["successor_code"]}\"."));
        }
        if (problems.Count > before) return null;

        var input = new OrganisationInput(row["code"], row["name"], row["short_code"], kind!.Value,
            row["parent_code"] == "" ? null : known[row["parent_code"]],
            row["emails"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            validFrom, validTo, successorId);
        try
        {
            var existingId = known.TryGetValue(input.Code.Trim(), out var id) ? id : (Guid?)null;
            return await SaveOrganisation.ApplyAsync(db, existingId, input, ct);
        }
        catch (DomainException e)
        {
            problems.Add(new ImportProblem(row.Line, FieldOf(e.Code), e.Message));
            return null;
        }
    }

    private static OrganisationKind? ParseKind(string text)
    {
        if (Enum.TryParse<OrganisationKind>(text, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _))
            return kind;
        return VietnameseLabels.OrganisationKinds.FirstOrDefault(p => string.Equals(p.Value, text, StringComparison.OrdinalIgnoreCase)).Key
            is var k && k != default ? k : null;
    }

    private static string FieldOf(string errorCode) => errorCode switch
    {
        _ when errorCode.Contains("short-code") => "short_code",
        _ when errorCode.Contains("email") => "emails",
        _ when errorCode.Contains("successor") => "successor_code",
        _ when errorCode.Contains("valid-from") => "valid_from",
        _ when errorCode.Contains("validity") => "valid_to",
        _ when errorCode.Contains("cycle") || errorCode.Contains("not-found") => "parent_code",
        _ when errorCode.Contains("name") => "name",
        _ when errorCode.Contains("kind") => "kind",
        _ => "code",
    };

    private sealed class Row(int line, List<string> header, IReadOnlyList<string> fields)
    {
        public int Line { get; } = line;
        public string this[string column] => header.IndexOf(column) is var i && i >= 0 && i < fields.Count ? fields[i].Trim() : "";
    }
}
