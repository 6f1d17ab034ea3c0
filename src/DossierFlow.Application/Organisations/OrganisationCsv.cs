using CsvHelper;

namespace DossierFlow.Application.Organisations;

/// <summary>One data row of an organisation import, every field trimmed ("" when the column or the field is missing).</summary>
internal sealed record OrganisationCsvRow(int Line, IReadOnlyDictionary<string, string> Fields)
{
    public string this[string column] => Fields[column];
}

/// <summary>
/// Reads an organisation CSV (comma separated, RFC 4180 quoting, header names case-insensitive in any order) with
/// CsvHelper, keeping the line each row starts on for the messages.
/// </summary>
internal static class OrganisationCsv
{
    public static readonly string[] RequiredColumns = ["code", "name", "short_code", "kind", "parent_code", "emails", "valid_from"];
    public static readonly string[] Columns = [.. RequiredColumns, "valid_to", "successor_code"];

    /// <summary>The rows; a problem of the file itself (a missing column) throws, one of a row is added to <paramref name="problems"/>.</summary>
    public static IReadOnlyList<OrganisationCsvRow> Read(TextReader text, List<ImportProblem> problems)
    {
        var unclosedQuotes = new HashSet<long>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            TrimWhitespace = true,
            TrimInsideQuotes = true,
            TrackLineNumbers = true,
            // A byte-order mark that the text reader left in place is not part of the first column's name.
            NormalizeHeaderName = name => name.TrimStart('\uFEFF'),
            // Other quoting slips (a stray quote in a name) read as the text they look like; an unclosed quote
            // swallows the rest of the file, which the user must hear about.
            OnMalformedRecord = record =>
            {
                if (record.Reason == CsvMalformedReason.UnterminatedQuote) unclosedQuotes.Add(record.LineNumber);
            },
        };
        using var reader = CsvReader.Create(text, options, leaveOpen: true);
        if (reader.Headers.All(string.IsNullOrWhiteSpace))
            throw new ImportFailedException([new ImportProblem(1, "code", "Tệp rỗng, thiếu dòng tiêu đề.")]);
        var indexes = Columns.ToDictionary(c => c, c => reader.TryGetFieldIndex(c, out var i) ? i : -1);
        var missing = RequiredColumns.Where(c => indexes[c] < 0).ToList();
        if (missing.Count > 0)
            throw new ImportFailedException(missing.Select(c => new ImportProblem(1, c, "Thiếu cột trong dòng tiêu đề.")).ToList());

        var rows = new List<OrganisationCsvRow>();
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            // Spreadsheets save the rows they think are used, blank ones too (",,,,,,").
            if (Enumerable.Range(0, reader.FieldCount).All(i => string.IsNullOrWhiteSpace(reader.GetString(i)))) continue;
            var fields = Columns.ToDictionary(c => c, c => indexes[c] >= 0 ? reader.GetString(indexes[c]).Trim() : "");
            if (unclosedQuotes.Contains(line))
                problems.Add(new ImportProblem(line, reader.Headers[Math.Min(reader.FieldCount, reader.Headers.Count) - 1],
                    "Dấu ngoặc kép mở ô này không được đóng, nên phần còn lại của tệp bị đọc vào ô này."));
            rows.Add(new OrganisationCsvRow(line, fields));
        }
        return rows;
    }
}
