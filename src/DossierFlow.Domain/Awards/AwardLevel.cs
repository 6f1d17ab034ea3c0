namespace DossierFlow.Domain.Awards;

/// <summary>Where an award is decided, which decides the route a dossier takes.</summary>
public enum AwardLevel
{
    /// <summary>Decided by the head of the proposing unit (Giấy khen).</summary>
    Unit = 1,
    /// <summary>Decided by the Chairman of the provincial People's Committee.</summary>
    Provincial = 2,
    /// <summary>Proposed by the province, decided at central level (Thủ tướng, Chủ tịch nước).</summary>
    National = 3,
}
