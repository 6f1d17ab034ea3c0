namespace DossierFlow.Application.Deadlines;

/// <summary>
/// The idempotency keys of deadline mails, "deadline:{movement}:{deadline}:{year}:{organisation}:{step}", and their
/// series, the key up to the year. The series is stored beside the key and indexed, so the sweep and the progress page
/// read the mails of the deadlines and years they concern instead of every deadline mail ever sent.
/// All comparisons are ordinal: keys are codes, not text for people.
/// </summary>
public static class DeadlineKeys
{
    public const string Prefix = "deadline:";

    public static string Series(Guid movementId, string deadlineCode, int year) => $"{Prefix}{movementId:N}:{deadlineCode}:{year}";

    public static string Key(string series, string organisationCode, string step) => $"{series}:{organisationCode}:{step}";

    public static string Digest(DateOnly day) => $"{Prefix}digest:{day:yyyy-MM-dd}";

    /// <summary>The organisation code in a key of the series (the part between the series and the step).</summary>
    public static string OrganisationCode(string series, string key)
    {
        var rest = key.AsSpan(series.Length + 1);
        return rest[..rest.LastIndexOf(':')].ToString();
    }

    /// <summary>How many mails of the series each organisation (by code) was sent.</summary>
    public static Dictionary<string, int> CountByOrganisation(string series, IEnumerable<string> keys)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var code = OrganisationCode(series, key);
            counts[code] = counts.GetValueOrDefault(code) + 1;
        }
        return counts;
    }
}
