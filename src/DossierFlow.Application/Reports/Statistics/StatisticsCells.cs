namespace DossierFlow.Application.Reports.Statistics;

/// <summary>
/// Fills a table's cells from the period's facts (already counted in SQL, a few hundred rows at most): each cell sums
/// the facts that both its row's and its column's filters let through.
/// </summary>
public static class StatisticsCells
{
    public static StatisticsTableResult Fill(StatisticsTable table, IReadOnlyList<AwardFact> awards, IReadOnlyList<MovementFact> movements)
    {
        // "Other awards" of a level: those no column of this table names.
        var named = table.Columns.SelectMany(c => c.Filter.Awards ?? []).ToHashSet(StringComparer.Ordinal);
        return new StatisticsTableResult(table, table.Rows.Select(row => new StatisticsRowResult(row,
            table.Columns.Select(column => Cell(table, row, column, named, awards, movements)).ToList())).ToList());
    }

    private static StatisticsCell Cell(StatisticsTable table, StatisticsRow row, StatisticsColumn column, HashSet<string> named,
        IReadOnlyList<AwardFact> awards, IReadOnlyList<MovementFact> movements)
    {
        if (row.Heading) return StatisticsCell.Blank;
        var (r, c) = (row.Filter, column.Filter);
        // A collectives row under an individuals column is empty on the form itself, not for want of data.
        if (r.Kinds is { } rk && c.Kinds is { } ck && !rk.Intersect(ck).Any()) return StatisticsCell.Blank;
        if ((table.NotDerived ?? r.NotDerived ?? c.NotDerived) is { } why) return new StatisticsCell(null, why);
        return table.Source switch
        {
            StatisticsSource.Movements => new StatisticsCell(movements.Where(m => Lets(r, m) && Lets(c, m)).Sum(m => m.Count), null),
            StatisticsSource.Awards => new StatisticsCell(awards.Where(a => Lets(r, a, named) && Lets(c, a, named)).Sum(a => a.Count), null),
            _ => new StatisticsCell(null, table.NotDerived),
        };
    }

    private static bool Lets(CellFilter f, MovementFact m) =>
        (f.YearsFrom is not { } from || m.Years >= from) && (f.YearsBelow is not { } below || m.Years < below);

    private static bool Lets(CellFilter f, AwardFact a, HashSet<string> named) =>
        (f.Awards is not { } codes || codes.Contains(a.AwardCode))
        && (f.Level is not { } level || a.Level == level)
        && (!f.OtherAwards || !named.Contains(a.AwardCode))
        && (f.Kinds is not { } kinds || kinds.Contains(a.Kind))
        && (f.UnitKinds is not { } units || units.Contains(a.UnitKind))
        && (f.Commendation is not { } type || a.Commendation == type)
        && (f.Gender is not { } gender || a.Gender == gender);
}
