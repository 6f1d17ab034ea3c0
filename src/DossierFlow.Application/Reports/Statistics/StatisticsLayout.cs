using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Organisations;

namespace DossierFlow.Application.Reports.Statistics;

/// <summary>What a table counts: decided awards (nominees), the province's movements, or nothing DossierFlow holds.</summary>
public enum StatisticsSource { Awards = 1, Movements = 2, None = 3 }

/// <summary>
/// What a row or a column lets a cell count; a cell counts what both its row's and its column's filters let through.
/// A filter with <see cref="NotDerived"/> marks cells DossierFlow cannot fill, with the reason shown in the notes.
/// </summary>
/// <param name="Awards">Award codes of the catalogue; null for any.</param>
/// <param name="OtherAwards">Awards of <see cref="Level"/> that no other column of the table names.</param>
/// <param name="Kinds">Nominee kinds; a form's "Tập thể" column also counts households, as the forms have no column of their own for them.</param>
/// <param name="YearsFrom">A movement lasting at least this many years (movements tables).</param>
/// <param name="YearsBelow">A movement lasting fewer than this many years.</param>
public sealed record CellFilter(
    IReadOnlyList<string>? Awards = null,
    AwardLevel? Level = null,
    bool OtherAwards = false,
    IReadOnlyList<NomineeKind>? Kinds = null,
    IReadOnlyList<OrganisationKind>? UnitKinds = null,
    CommendationType? Commendation = null,
    NomineeGender? Gender = null,
    int? YearsFrom = null,
    int? YearsBelow = null,
    string? NotDerived = null)
{
    public static readonly CellFilter Any = new();
}

/// <param name="Group">The heading above several columns ("Bằng khen của Thủ tướng Chính phủ" over its Tập thể and Cá nhân).</param>
public sealed record StatisticsColumn(string Label, string? Group, CellFilter Filter);

/// <param name="Code">The form's "Mã số" of the row; null for a heading.</param>
/// <param name="Unit">The form's "Đơn vị tính" of the row (Tập thể, Người, Hộ …).</param>
/// <param name="Heading">A section heading ("1. Chia theo đối tượng khen thưởng"): no figures.</param>
public sealed record StatisticsRow(string Label, string? Code, string? Unit, bool Heading, CellFilter Filter);

/// <param name="Code">"0602.N/BNV-TĐKT".</param>
/// <param name="Sheet">The workbook's sheet name (at most 31 characters).</param>
/// <param name="Unit">"Đơn vị tính" of the whole table, when the rows do not each have one.</param>
/// <param name="NotDerived">For a table DossierFlow holds nothing of: why.</param>
public sealed record StatisticsTable(string Code, string Sheet, string Title, string? Unit, StatisticsSource Source, string? NotDerived,
    IReadOnlyList<StatisticsColumn> Columns, IReadOnlyList<StatisticsRow> Rows);

/// <summary>
/// The ministry's yearly statistical tables as configured in <c>workflows/statistics/</c>: the circular they come
/// from, who receives them and by when, where the reporting year starts, and each table's rows and columns.
/// </summary>
/// <param name="PeriodStartMonth">The reporting year runs from this month and day of the year before (or of the year itself when it is 1 January).</param>
public sealed record StatisticsLayout(string Circular, string Receiver, string Due, int PeriodStartMonth, int PeriodStartDay,
    IReadOnlyList<StatisticsTable> Tables)
{
    /// <summary>The first and the last day the figures of a reporting year cover.</summary>
    public (DateOnly From, DateOnly To) Period(int year)
    {
        var start = new DateOnly(year, PeriodStartMonth, PeriodStartDay);
        // A year starting on 15/12 starts on 15/12 of the year before, so the figures are ready by the due date.
        if (PeriodStartMonth != 1 || PeriodStartDay != 1) start = start.AddYears(-1);
        return (start, start.AddYears(1).AddDays(-1));
    }
}
