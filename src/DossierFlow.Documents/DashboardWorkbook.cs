using DossierFlow.Application.Reports.Dashboard;

namespace DossierFlow.Documents;

/// <summary>
/// One table of the movement dashboard as a workbook: its title and what the figures are about on the first rows,
/// then the bold frozen heading and the rows, counts and medians as numbers (<see cref="TableSheets"/>).
/// </summary>
internal sealed class DashboardWorkbook : IDashboardWorkbook
{
    public byte[] Render(DashboardTable table, string caption)
    {
        var widths = table.Columns.Select((c, i) => i == 0 ? 50d : Math.Clamp(c.Length + 4, 12, 24)).ToArray();
        return TableSheets.Render([new TableSheets.Sheet(SheetName(table.Title), widths, [
            [table.Title],
            [caption],
            [table.Description],
            [.. table.Columns],
            .. table.Rows.Select(r => new object?[] { r.Label }.Concat(r.Values.Select(v => v.Value)).ToArray()),
        ], HeaderRow: 4)]);
    }

    /// <summary>A sheet's name has at most 31 characters and none of []:*?/\.</summary>
    private static string SheetName(string title)
    {
        var name = string.Concat(title.Where(c => !"[]:*?/\\".Contains(c)));
        return name.Length > 31 ? name[..31].TrimEnd() : name;
    }
}
