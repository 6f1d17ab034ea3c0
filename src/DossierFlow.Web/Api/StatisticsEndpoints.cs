using DossierFlow.Application.Reports.Statistics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DossierFlow.Web.Api;

/// <summary>The ministry's yearly statistical tables: the same use cases as the page /Reports/Statistics.</summary>
internal static class StatisticsEndpoints
{
    public sealed record StatisticsDto(int Year, DateOnly From, DateOnly To, string ReportingUnit, string Circular, string Receiver, string Due,
        IReadOnlyList<StatisticsTableDto> Tables);

    /// <param name="Columns">The columns' labels, each with its group when it has one ("Bằng khen của Thủ tướng Chính phủ: Cá nhân").</param>
    public sealed record StatisticsTableDto(string Code, string Sheet, string Title, IReadOnlyList<string> Columns, IReadOnlyList<StatisticsRowDto> Rows);

    public sealed record StatisticsRowDto(string? Code, string Label, bool Heading, IReadOnlyList<StatisticsCellDto> Cells);

    /// <param name="Value">The count; null when the cell is empty.</param>
    /// <param name="Note">Why DossierFlow cannot fill the cell; null for a count or a cell the form leaves empty.</param>
    public sealed record StatisticsCellDto(int? Value, string? Note);

    public static void MapStatisticsEndpoints(this RouteGroupBuilder api)
    {
        var statistics = api.MapGroup("/statistics");
        statistics.MapGet("/ministry", Get);
        statistics.MapGet("/ministry/xlsx", Workbook).ProducesFile(Application.Reports.Consolidated.ExportConsolidatedReport.XlsxContentType);
    }

    private static async Task<Ok<StatisticsDto>> Get(Caller caller, ComputeMinistryStatistics compute, int year, CancellationToken ct)
    {
        var s = await compute.HandleAsync(caller.Actor, year, ct);
        return TypedResults.Ok(new StatisticsDto(s.Year, s.From, s.To, s.ReportingUnit, s.Layout.Circular, s.Layout.Receiver, s.Layout.Due,
            s.Tables.Select(t => new StatisticsTableDto(t.Table.Code, t.Table.Sheet, t.Table.Title,
                t.Table.Columns.Select(c => c.Group is null ? c.Label : $"{c.Group}: {c.Label}").ToList(),
                t.Rows.Select(r => new StatisticsRowDto(r.Row.Code, r.Row.Label, r.Row.Heading,
                    r.Cells.Select(c => new StatisticsCellDto(c.Value, c.Note)).ToList())).ToList())).ToList()));
    }

    private static async Task<FileContentHttpResult> Workbook(Caller caller, ExportMinistryStatistics export, int year, CancellationToken ct) =>
        ApiFiles.Offer(await export.HandleAsync(caller.Actor, year, ct));
}
