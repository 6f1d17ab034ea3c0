using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using DossierFlow.Application.Reports.Dashboard;
using Microsoft.AspNetCore.Html;

namespace DossierFlow.Web.Pages.Reports;

/// <summary>
/// A dashboard table drawn on the server as a horizontal bar chart in SVG, with no script and no front-end build.
/// Colour is never the only cue: each series has its own fill pattern (solid, stripes, dots) shown in the legend,
/// every bar carries its number as text and is a link to the list behind it, and the chart has a title, a
/// description and, per bar, a tooltip naming row, series and number. It scales with the page and prints in black.
/// </summary>
public static class SvgBarChart
{
    private const int Width = 760, LabelWidth = 260, BarArea = 400, BarHeight = 16, RowGap = 10, Top = 34;

    private static readonly string[] Patterns = ["solid", "stripes", "dots"];

    public static IHtmlContent Render(DashboardTable table)
    {
        var enc = HtmlEncoder.Default;
        var series = table.Charted;
        var rows = table.Rows;
        var max = Math.Max(1m, rows.SelectMany(r => series.Select(s => Number(r.Values[s].Value))).DefaultIfEmpty(0).Max());
        var rowHeight = series.Count * BarHeight + RowGap;
        var height = Top + Math.Max(1, rows.Count) * rowHeight + 8;
        var id = $"chart-{table.Key}";
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" id=\"{id}\" data-table=\"{table.Key}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{enc.Encode(table.Title)}</title><desc id=\"{id}-desc\">{enc.Encode(Describe(table))}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<defs>{Definitions(id)}</defs>");

        // The legend: a swatch of each series' pattern and its name.
        for (var s = 0; s < series.Count; s++)
        {
            var x = LabelWidth + s * 150;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"6\" width=\"18\" height=\"14\" fill=\"{Fill(id, s)}\" stroke=\"#12467b\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"legend\" x=\"{x + 24}\" y=\"18\">{enc.Encode(table.Columns[series[s] + 1])}</text>");
        }
        if (rows.Count == 0)
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth}\" y=\"{Top + 14}\">Chưa có số liệu.</text>");

        for (var r = 0; r < rows.Count; r++)
        {
            var y = Top + r * rowHeight;
            var label = rows[r].Label.Length > 40 ? rows[r].Label[..39] + "…" : rows[r].Label;
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{LabelWidth - 8}\" y=\"{y + series.Count * BarHeight / 2 + 5}\" text-anchor=\"end\"><title>{enc.Encode(rows[r].Label)}</title>{enc.Encode(label)}</text>");
            for (var s = 0; s < series.Count; s++)
            {
                var cell = rows[r].Values[series[s]];
                var value = Number(cell.Value);
                var length = (double)(value / max) * BarArea;
                var barY = y + s * BarHeight;
                var text = Format(cell.Value);
                var tip = $"{rows[r].Label} — {table.Columns[series[s] + 1]}: {text}";
                var bar = string.Create(CultureInfo.InvariantCulture,
                    $"<g class=\"bar\" data-row=\"{r}\" data-series=\"{s}\" data-value=\"{text}\"><title>{enc.Encode(tip)}</title>"
                    + $"<rect x=\"{LabelWidth}\" y=\"{barY + 1}\" width=\"{Math.Max(length, value > 0 ? 2 : 0):0.#}\" height=\"{BarHeight - 3}\" fill=\"{Fill(id, s)}\" stroke=\"#12467b\"/>"
                    + $"<text class=\"value\" x=\"{LabelWidth + length + 6:0.#}\" y=\"{barY + BarHeight - 4}\">{enc.Encode(text)}</text></g>");
                svg.Append(cell.Link is { } link ? $"<a href=\"{enc.Encode(link)}\" aria-label=\"{enc.Encode(tip)}\">{bar}</a>" : bar);
            }
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>What the chart shows, in words, for a screen reader: each row with its numbers.</summary>
    private static string Describe(DashboardTable table) =>
        table.Rows.Count == 0 ? $"{table.Description} Chưa có số liệu."
            : table.Description + " " + string.Join("; ", table.Rows.Select(r =>
                $"{r.Label}: {string.Join(", ", table.Charted.Select(s => $"{table.Columns[s + 1].ToLowerInvariant()} {Format(r.Values[s].Value)}"))}")) + ".";

    // Solid dark blue, light blue with dark diagonal stripes, white with dark dots: apart in black and white too.
    private static string Definitions(string id) =>
        $"<pattern id=\"{id}-stripes\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#9cc3e6\"/><rect width=\"2.5\" height=\"6\" fill=\"#12467b\"/></pattern>"
        + $"<pattern id=\"{id}-dots\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/><circle cx=\"3\" cy=\"3\" r=\"1.6\" fill=\"#b3261e\"/></pattern>";

    private static string Fill(string id, int series) => Patterns[series % Patterns.Length] switch
    {
        "solid" => "#12467b",
        var pattern => $"url(#{id}-{pattern})",
    };

    private static decimal Number(object? value) => value switch { int n => n, decimal d => d, _ => 0 };

    /// <summary>A number as Vietnamese write it (1.234; 2,5).</summary>
    public static string Format(object? value) => value switch
    {
        int n => n.ToString("#,0", Application.Common.VietnameseFormat.Culture),
        decimal d => d.ToString("#,0.#", Application.Common.VietnameseFormat.Culture),
        null => "—",
        _ => value.ToString() ?? "",
    };
}
