using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DossierFlow.Application.Forms;

namespace DossierFlow.Documents.Word;

/// <summary>The parts of an NĐ 30/2020 document that every form shares: header block, title, page setup, page numbers.</summary>
internal static class Nd30Frame
{
    private const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>
    /// The two-column header as a borderless 2×2 table: issuing body over its parent (left), Quốc hiệu and Tiêu
    /// ngữ with their rules (right); then the number (left) and the place and date (right) on one line.
    /// </summary>
    public static Table HeaderBlock(DocumentModel model)
    {
        int[] widths = [PageSetup.TextWidth * 37 / 100, PageSetup.TextWidth - PageSetup.TextWidth * 37 / 100];
        var table = Tables.Create(widths, borders: false);
        var left = new List<Paragraph>();
        if (model.ParentOrganisation.Length > 0)
            left.Add(Para.Paragraph(model.ParentOrganisation, PageSetup.HeaderSize, Look.Caps, Center, after: 0));
        left.Add(Para.Paragraph(model.IssuingOrganisation, PageSetup.HeaderSize, Look.Bold | Look.Caps, Center, after: 0));
        left.Add(Para.Rule(widths[0] / 3, widths[0] - CellMargins));
        table.Append(Tables.Row(
            Tables.Cell(widths[0], [.. left]),
            Tables.Cell(widths[1],
                Para.Paragraph(NationalName, PageSetup.SmallSize, Look.Bold, Center, after: 0),
                Para.Paragraph(Motto, PageSetup.HeaderSize, Look.Bold, Center, after: 0),
                Para.Rule(MottoRuleTwips, widths[1] - CellMargins))));
        table.Append(Tables.Row(
            Tables.Cell(widths[0], Para.Paragraph(model.NumberLine, PageSetup.HeaderSize, Look.None, Center, before: 120, after: 0)),
            Tables.Cell(widths[1], Para.Paragraph(model.PlaceDateLine, PageSetup.BodySize, Look.Italic, Center, before: 120, after: 0))));
        return table;
    }

    /// <summary>Tên loại (caps, bold) and trích yếu (bold) centred, with a short rule under the trích yếu.</summary>
    public static IEnumerable<Paragraph> Title(FormDefinition form, DocumentModel model)
    {
        yield return Para.Paragraph(form.TypeName, PageSetup.BodySize, Look.Bold | Look.Caps, Center, before: 360, after: 0, keep: Keep.Together);
        var summary = model.Value("summary");
        if (summary.Length > 0)
        {
            yield return Para.Paragraph(summary, PageSetup.BodySize, Look.Bold, Center, after: 0, keep: Keep.Together);
            yield return Para.Rule(1800, PageSetup.TextWidth);
        }
    }

    public const string HeadingStyle = "Heading2";

    /// <summary>
    /// The styles part: document defaults (Times New Roman at body size for every script slot, Vietnamese), the
    /// Normal paragraph style, headings 1 and 2, and Normal Table — what Word, LibreOffice and python-docx look
    /// up by name (python-docx fails on a document without 'Normal').
    /// </summary>
    public static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        RunFonts Fonts() => new() { Ascii = PageSetup.Font, HighAnsi = PageSetup.Font, ComplexScript = PageSetup.Font, EastAsia = PageSetup.Font };
        Style Heading(string id, string name, int level) => new(
            new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new UIPriority { Val = 9 },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "120", After = "120" },
                new OutlineLevel { Val = level }),
            new StyleRunProperties(new Bold(), new BoldComplexScript()))
            { Type = StyleValues.Paragraph, StyleId = id };
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(),
                    new FontSize { Val = (PageSetup.BodySize * 2).ToString() },
                    new FontSizeComplexScript { Val = (PageSetup.BodySize * 2).ToString() },
                    new Languages { Val = "vi-VN", EastAsia = "vi-VN", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(),
                new StyleRunProperties(Fonts(), new FontSize { Val = (PageSetup.BodySize * 2).ToString() }))
                { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading("Heading1", "heading 1", 0),
            Heading(HeadingStyle, "heading 2", 1),
            new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
                new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                    new TableCellMarginDefault(
                        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
                { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
    }

    /// <summary>
    /// The settings part Word writes into every document: the compatibility mode of Word 2013 and later (so
    /// tables and spacing are laid out the same in Word and LibreOffice), the default tab stop and the language
    /// of the theme fonts.
    /// </summary>
    public static void AddSettings(MainDocumentPart main)
    {
        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = 720 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15",
            }),
            new ThemeFontLanguages { Val = "vi-VN" });
    }

    /// <summary>"DỰ THẢO" in a box at the top right of an unnumbered draft, so it is never taken for the issued document.</summary>
    public static Paragraph DraftMark()
    {
        var paragraph = Para.Paragraph("DỰ THẢO", PageSetup.BodySize, Look.Bold, JustificationValues.Right, after: 60);
        var border = new BorderType[] { new TopBorder(), new LeftBorder(), new BottomBorder(), new RightBorder() };
        foreach (var side in border) { side.Val = BorderValues.Single; side.Size = 8; side.Space = 2; side.Color = "000000"; }
        paragraph.ParagraphProperties!.SpacingBetweenLines!.InsertBeforeSelf(new ParagraphBorders(border));
        paragraph.ParagraphProperties.SpacingBetweenLines.InsertAfterSelf(new Indentation { Left = (PageSetup.TextWidth - 1700).ToString() });
        return paragraph;
    }

    /// <summary>
    /// A4 with the margins, and page numbers top centre on every page but the first (a different first-page
    /// header that stays empty).
    /// </summary>
    public static SectionProperties Section(MainDocumentPart main)
    {
        var numbered = main.AddNewPart<HeaderPart>();
        numbered.Header = new Header(Para.Paragraph([Para.Run("", PageSetup.BodySize)], Center, after: 0));
        numbered.Header.GetFirstChild<Paragraph>()!.Append(new SimpleField(Para.Run("2", PageSetup.BodySize)) { Instruction = " PAGE " });
        var first = main.AddNewPart<HeaderPart>();
        first.Header = new Header(Para.Empty());
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(numbered) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) },
            new PageSize { Width = (uint)PageSetup.A4WidthTwips, Height = (uint)PageSetup.A4HeightTwips, Orient = PageOrientationValues.Portrait },
            new PageMargin
            {
                Top = PageSetup.TopMargin, Bottom = PageSetup.BottomMargin,
                Left = (uint)PageSetup.LeftMargin, Right = (uint)PageSetup.RightMargin,
                Header = (uint)PageSetup.MillimetresToTwips(10), Footer = (uint)PageSetup.MillimetresToTwips(10), Gutter = 0,
            },
            new TitlePage());
    }

    private static JustificationValues Center => JustificationValues.Center;

    // Word's default cell margins (0.19 cm each side) come off the width a rule can be centred in.
    private const int CellMargins = 216;

    // The rule under "Độc lập - Tự do - Hạnh phúc" is as long as the motto (about 6.3 cm at 13 pt bold).
    private const int MottoRuleTwips = 3570;
}
