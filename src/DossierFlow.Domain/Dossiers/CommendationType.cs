namespace DossierFlow.Domain.Dossiers;

/// <summary>Loại hình khen thưởng (Luật Thi đua, khen thưởng 2022, Điều 8; docs/legal-basis.md §2).</summary>
public enum CommendationType
{
    /// <summary>Khen thưởng theo phong trào thi đua / chuyên đề.</summary>
    Movement = 1,
    /// <summary>Khen thưởng theo công trạng và thành tích đạt được.</summary>
    Merit = 2,
    /// <summary>Khen thưởng đột xuất.</summary>
    Extraordinary = 3,
    /// <summary>Khen thưởng quá trình cống hiến.</summary>
    Dedication = 4,
    /// <summary>Khen thưởng đối ngoại.</summary>
    Foreign = 5,
}
