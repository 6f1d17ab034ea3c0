namespace DossierFlow.Domain.Indicators;

/// <summary>
/// The forms of discipline (hình thức kỷ luật), in rising order of severity, so a gate "từ hình thức khiển trách
/// trở lên" is a comparison. <see cref="Criticism"/> is below every formal sanction and never closes that gate.
/// </summary>
public enum DisciplineLevel
{
    /// <summary>Phê bình, nhắc nhở: not a disciplinary sanction.</summary>
    Criticism = 1,
    /// <summary>Khiển trách.</summary>
    Reprimand = 2,
    /// <summary>Cảnh cáo.</summary>
    Warning = 3,
    /// <summary>Hạ bậc lương.</summary>
    SalaryDemotion = 4,
    /// <summary>Giáng chức.</summary>
    Demotion = 5,
    /// <summary>Cách chức.</summary>
    Dismissal = 6,
    /// <summary>Buộc thôi việc.</summary>
    ForcedResignation = 7,
    /// <summary>Giải tán (a collective).</summary>
    Dissolution = 8,
}

public static class DisciplineLevels
{
    public static string Name(DisciplineLevel level) => level switch
    {
        DisciplineLevel.Criticism => "Phê bình, nhắc nhở",
        DisciplineLevel.Reprimand => "Khiển trách",
        DisciplineLevel.Warning => "Cảnh cáo",
        DisciplineLevel.SalaryDemotion => "Hạ bậc lương",
        DisciplineLevel.Demotion => "Giáng chức",
        DisciplineLevel.Dismissal => "Cách chức",
        DisciplineLevel.ForcedResignation => "Buộc thôi việc",
        DisciplineLevel.Dissolution => "Giải tán",
        _ => level.ToString(),
    };
}
