using System.Globalization;
using DossierFlow.Application.Common;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Indicators;

namespace DossierFlow.Application.Reports.Indicators;

/// <summary>A disciplinary sanction as typed in the form or a row of the workbook's discipline sheet, every part as text.</summary>
/// <param name="PersonName">Empty: the unit itself, as a collective, was disciplined.</param>
/// <param name="Level">A level's Vietnamese name ("Khiển trách") or its number.</param>
public sealed record DisciplineInput(string? PersonName, string? BirthDate, string? IdentityNumber, string? StaffCode, string? Level,
    string? DecidedOn, string? DecisionNumber, string? Reason);

/// <summary>
/// Turns a <see cref="DisciplineInput"/> into a record of the unit, or the problems with it, each with the column of
/// the workbook it comes from (so the import names the cell, and the form the field).
/// </summary>
public static class DisciplineEntry
{
    public sealed record Problem(string Column, string Message);

    public static (DisciplineRecord? Record, IReadOnlyList<Problem> Problems) Parse(DisciplineInput input, Guid organisationId, DateOnly today,
        DateTime now, string by)
    {
        var problems = new List<Problem>();
        DisciplineLevel? level = null;
        if (string.IsNullOrWhiteSpace(input.Level))
            problems.Add(new(IndicatorSheet.Level, "Chưa ghi hình thức kỷ luật."));
        else if (LevelOf(input.Level) is { } found) level = found;
        else problems.Add(new(IndicatorSheet.Level, $"\"{input.Level.Trim()}\" không phải hình thức kỷ luật; ghi một trong: {string.Join(", ", Levels.Select(l => DisciplineLevels.Name(l)))}."));
        var decidedOn = Date(input.DecidedOn, IndicatorSheet.DecidedOn, "Ngày quyết định kỷ luật", required: true, problems);
        var born = Date(input.BirthDate, IndicatorSheet.BirthDate, "Ngày sinh", required: false, problems);
        if (problems.Count > 0 || level is null || decidedOn is null) return (null, problems);
        try
        {
            var record = string.IsNullOrWhiteSpace(input.PersonName)
                ? DisciplineRecord.ForCollective(organisationId, level.Value, decidedOn.Value, input.DecisionNumber, input.Reason, today, now, by)
                : DisciplineRecord.ForPerson(organisationId, input.PersonName, born, input.IdentityNumber, input.StaffCode, level.Value, decidedOn.Value,
                    input.DecisionNumber, input.Reason, today, now, by);
            return (record, []);
        }
        catch (DomainException e)
        {
            return (null, [new Problem(ColumnOf(e.Code), e.Message)]);
        }
    }

    public static IReadOnlyList<DisciplineLevel> Levels { get; } = Enum.GetValues<DisciplineLevel>();

    private static DisciplineLevel? LevelOf(string text)
    {
        var folded = SearchText.Fold(text);
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && Enum.IsDefined((DisciplineLevel)n)) return (DisciplineLevel)n;
        return Levels.Cast<DisciplineLevel?>().FirstOrDefault(l => SearchText.Fold(DisciplineLevels.Name(l!.Value)) == folded);
    }

    /// <summary>A date typed dd/MM/yyyy, or the serial number Excel keeps when a date cell was not formatted as text.</summary>
    private static DateOnly? Date(string? text, string column, string what, bool required, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) problems.Add(new(column, $"Chưa ghi {what.ToLower(VietnameseFormat.Culture)}."));
            return null;
        }
        if (VietnameseFormat.TryParseDate(text, out var date)) return date;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is > 20000 and < 80000)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        problems.Add(new(column, $"{what} \"{text.Trim()}\" không phải ngày dạng dd/MM/yyyy."));
        return null;
    }

    private static string ColumnOf(string code) => code switch
    {
        _ when code.StartsWith("discipline-person", StringComparison.Ordinal) => IndicatorSheet.Person,
        _ when code.StartsWith("discipline-identity", StringComparison.Ordinal) => IndicatorSheet.Identity,
        _ when code.StartsWith("discipline-staff", StringComparison.Ordinal) => IndicatorSheet.StaffCode,
        _ when code.StartsWith("discipline-birth", StringComparison.Ordinal) => IndicatorSheet.BirthDate,
        _ when code.StartsWith("discipline-date", StringComparison.Ordinal) => IndicatorSheet.DecidedOn,
        _ when code.StartsWith("discipline-decision", StringComparison.Ordinal) => IndicatorSheet.Decision,
        _ when code.StartsWith("discipline-reason", StringComparison.Ordinal) => IndicatorSheet.Reason,
        _ => IndicatorSheet.Level,
    };
}
