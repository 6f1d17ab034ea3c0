using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DossierFlow.Documents.Word;

[Flags]
public enum Look { None = 0, Bold = 1, Italic = 2, Caps = 4 }

/// <summary>
/// Paragraphs and runs in the order the OpenXML schema requires (the validator rejects properties out of
/// order). Fonts are set for ascii, hAnsi and cs: Vietnamese letters outside Latin-1 fall in hAnsi.
/// </summary>
internal static class Para
{
    public static Run Run(string text, int size, Look look = Look.None)
    {
        var properties = new RunProperties(new RunFonts { Ascii = PageSetup.Font, HighAnsi = PageSetup.Font, ComplexScript = PageSetup.Font, EastAsia = PageSetup.Font });
        if (look.HasFlag(Look.Bold)) properties.Append(new Bold(), new BoldComplexScript());
        if (look.HasFlag(Look.Italic)) properties.Append(new Italic(), new ItalicComplexScript());
        properties.Append(new FontSize { Val = (size * 2).ToString() }, new FontSizeComplexScript { Val = (size * 2).ToString() });
        return new Run(properties, new DocumentFormat.OpenXml.Wordprocessing.Text(look.HasFlag(Look.Caps) ? text.ToUpper(Application.Common.VietnameseFormat.Culture) : text) { Space = SpaceProcessingModeValues.Preserve });
    }

    public static Paragraph Paragraph(string text, int size, Look look = Look.None, JustificationValues? align = null,
        int before = 0, int after = 120, int firstLineIndent = 0, double lineSpacing = 1.0) =>
        Paragraph([Run(text, size, look)], align, before, after, firstLineIndent, lineSpacing);

    public static Paragraph Paragraph(IEnumerable<Run> runs, JustificationValues? align = null, int before = 0, int after = 120,
        int firstLineIndent = 0, double lineSpacing = 1.0)
    {
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Before = before.ToString(), After = after.ToString(), Line = ((int)(240 * lineSpacing)).ToString(), LineRule = LineSpacingRuleValues.Auto });
        if (firstLineIndent > 0) properties.Append(new Indentation { FirstLine = firstLineIndent.ToString() });
        properties.Append(new Justification { Val = align ?? JustificationValues.Both });
        var paragraph = new Paragraph(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>
    /// A centred horizontal rule of the given length under the previous line: an empty, tiny paragraph whose
    /// bottom border is shortened by indenting both sides within the available width.
    /// </summary>
    public static Paragraph Rule(int lengthTwips, int widthTwips)
    {
        var side = Math.Max(0, (widthTwips - lengthTwips) / 2);
        return new Paragraph(
            new ParagraphProperties(
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
                new SpacingBetweenLines { Before = "0", After = "60", Line = "60", LineRule = LineSpacingRuleValues.Exact },
                new Indentation { Left = side.ToString(), Right = side.ToString() },
                new Justification { Val = JustificationValues.Center }),
            Run("", 2));
    }

    public static Paragraph Empty(int size = PageSetup.BodySize) => Paragraph("", size, after: 0);
}
