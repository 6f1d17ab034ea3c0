namespace DossierFlow.Domain.Criteria;

/// <summary>What the criteria say of a nominee.</summary>
public enum CriteriaVerdict
{
    /// <summary>Đạt: every rule that applies is met.</summary>
    Met = 1,
    /// <summary>Không đạt: a rule or a hard gate is not met by the data.</summary>
    NotMet = 2,
    /// <summary>Thiếu số liệu: no rule fails, but some cannot be judged until data comes in.</summary>
    MissingData = 3,
    /// <summary>The movement has no criteria for this kind of nominee and award: the reviewer judges alone.</summary>
    NoRules = 4,
}

public static class CriteriaVerdicts
{
    public static string Name(CriteriaVerdict verdict) => verdict switch
    {
        CriteriaVerdict.Met => "Đạt",
        CriteriaVerdict.NotMet => "Không đạt",
        CriteriaVerdict.MissingData => "Thiếu số liệu",
        CriteriaVerdict.NoRules => "Chưa có tiêu chí",
        _ => verdict.ToString(),
    };
}
