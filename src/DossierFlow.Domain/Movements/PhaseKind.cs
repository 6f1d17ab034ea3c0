namespace DossierFlow.Domain.Movements;

public enum PhaseKind
{
    /// <summary>Khen thưởng hằng năm.</summary>
    Yearly = 1,
    /// <summary>Sơ kết (mid-term review).</summary>
    Interim = 2,
    /// <summary>Tổng kết (final review).</summary>
    Final = 3,
}
