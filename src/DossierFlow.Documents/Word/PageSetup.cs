namespace DossierFlow.Documents.Word;

/// <summary>
/// NĐ 30/2020's page: A4 portrait; margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm; Times New Roman,
/// body 13–14 pt. Word measures in twentieths of a point (twips) and fonts in half-points.
/// </summary>
public static class PageSetup
{
    public const int A4WidthTwips = 11906, A4HeightTwips = 16838;
    public const string Font = "Times New Roman";

    // Rounded up, so a margin of 15 mm is never a hair under the decree's 15 mm.
    public static int MillimetresToTwips(double mm) => (int)Math.Ceiling(mm * 1440 / 25.4);

    public static readonly int TopMargin = MillimetresToTwips(20), BottomMargin = MillimetresToTwips(20);
    public static readonly int LeftMargin = MillimetresToTwips(30), RightMargin = MillimetresToTwips(15);

    /// <summary>The text width between the margins.</summary>
    public static int TextWidth => A4WidthTwips - LeftMargin - RightMargin;

    public const int BodySize = 14, HeaderSize = 13, SmallSize = 12, RecipientsSize = 11;
}
