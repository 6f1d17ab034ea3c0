using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DossierFlow.Documents.Word;

[Flags]
public enum Look { None = 0, Bold = 1, Italic = 2, Caps = 4 }

/// <summary>How a paragraph holds to the page: with the next paragraph, its own lines together.</summary>
[Flags]
public enum Keep { None = 0, WithNext = 1, Lines = 2, Together = WithNext | Lines }

/// <summary>
/// Paragraphs and runs in the order the OpenXML schema requires (the validator rejects properties out of
/// order). Fonts are set for ascii, hAnsi and cs: Vietnamese letters outside Latin-1 fall in hAnsi. Text is
/// composed (NFC) here whatever was stored, so a decomposed letter never reaches a document as combining marks.
/// </summary>
internal static class Para
{
    public static Run Run(string text, int size, Look look = Look.None)
    {
        var properties = new RunProperties(new RunFonts { Ascii = PageSetup.Font, HighAnsi = PageSetup.Font, ComplexScript = PageSetup.Font, EastAsia = PageSetup.Font });
        if (look.HasFlag(Look.Bold)) properties.Append(new Bold(), new BoldComplexScript());
        if (look.HasFlag(Look.Italic)) properties.Append(new Italic(), new ItalicComplexScript());
        properties.Append(new FontSize { Val = (size * 2).ToString() }, new FontSizeComplexScript { Val = (size * 2).ToString() });
        var composed = Quotes(text.Normalize(NormalizationForm.FormC));
        return new Run(properties, new Text(look.HasFlag(Look.Caps) ? composed.ToUpper(Application.Common.VietnameseFormat.Culture) : composed)
            { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>Straight double quotes become Vietnamese ones, “…”: opening after a space, a bracket or at the start.</summary>
    public static string Quotes(string text)
    {
        if (!text.Contains('"')) return text;
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
            result.Append(text[i] != '"' ? text[i] : i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '“' ? '“' : '”');
        return result.ToString();
    }

    public static Paragraph Paragraph(string text, int size, Look look = Look.None, JustificationValues? align = null,
        int before = 0, int after = 120, int firstLineIndent = 0, double lineSpacing = 1.0, Keep keep = Keep.None, string? style = null) =>
        Paragraph([Run(text, size, look)], align, before, after, firstLineIndent, lineSpacing, keep, style);

    public static Paragraph Paragraph(IEnumerable<Run> runs, JustificationValues? align = null, int before = 0, int after = 120,
        int firstLineIndent = 0, double lineSpacing = 1.0, Keep keep = Keep.None, string? style = null)
    {
        var properties = new ParagraphProperties();
        if (style is not null) properties.Append(new ParagraphStyleId { Val = style });
        if (keep.HasFlag(Keep.WithNext)) properties.Append(new KeepNext());
        if (keep.HasFlag(Keep.Lines)) properties.Append(new KeepLines());
        properties.Append(new SpacingBetweenLines { Before = before.ToString(), After = after.ToString(), Line = ((int)(240 * lineSpacing)).ToString(), LineRule = LineSpacingRuleValues.Auto });
        if (firstLineIndent > 0) properties.Append(new Indentation { FirstLine = firstLineIndent.ToString() });
        properties.Append(new Justification { Val = align ?? JustificationValues.Both });
        var paragraph = new Paragraph(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>Adds keep-with-next and keep-lines to a paragraph built earlier (the typed setters keep the schema's order).</summary>
    public static void KeepWithNext(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new ParagraphProperties());
        properties.KeepNext ??= new KeepNext();
        properties.KeepLines ??= new KeepLines();
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
                new KeepNext(),
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
                new SpacingBetweenLines { Before = "0", After = "60", Line = "60", LineRule = LineSpacingRuleValues.Exact },
                new Indentation { Left = side.ToString(), Right = side.ToString() },
                new Justification { Val = JustificationValues.Center }),
            Run("", 2));
    }

    public static Paragraph Empty(int size = PageSetup.BodySize) => Paragraph("", size, after: 0);

    /// <summary>
    /// The paragraph between two tables: without it Word and LibreOffice join adjacent tables into one grid, and
    /// a bordered list touching the borderless signature prints with the wrong borders.
    /// </summary>
    public static Paragraph Spacer() => Paragraph("", 6, after: 0);
}
