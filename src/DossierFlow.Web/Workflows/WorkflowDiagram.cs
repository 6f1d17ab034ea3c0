using System.Globalization;
using System.Net;
using System.Text;
using DossierFlow.Domain.Workflows;

namespace DossierFlow.Web.Workflows;

/// <summary>
/// Draws a workflow as SVG on the server: states in rows by their distance from the initial state, transitions
/// as arrows labelled with their action. The current state, when given, is highlighted.
/// </summary>
public static class WorkflowDiagram
{
    private const int BoxWidth = 230, BoxHeight = 46, ColumnGap = 90, RowGap = 80, Margin = 20, Gutter = 30, GutterStep = 12;

    public static string Render(WorkflowDefinition definition, string? currentState = null)
    {
        var layers = Layers(definition);
        var longEdges = definition.Transitions.Sum(t => t.From.Count);
        var columnsWidth = layers.Max(l => l.Count) * (BoxWidth + ColumnGap);
        var width = Margin * 2 + columnsWidth + Gutter * 2 + longEdges * GutterStep;
        var height = Margin * 2 + layers.Count * (BoxHeight + RowGap);
        var positions = new Dictionary<string, (double X, double Y)>();
        for (var row = 0; row < layers.Count; row++)
        {
            var offset = Margin + (columnsWidth - layers[row].Count * (BoxWidth + ColumnGap) + ColumnGap) / 2.0;
            for (var column = 0; column < layers[row].Count; column++)
                positions[layers[row][column]] = (offset + column * (BoxWidth + ColumnGap), Margin + row * (BoxHeight + RowGap));
        }

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{Escape(definition.Title)}" viewBox="0 0 {width} {height}" width="{width}" height="{height}" font-family="Segoe UI, Noto Sans, Arial, sans-serif" font-size="13">""");
        svg.Append("""<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#5b6b7c"/></marker></defs>""");
        var gutterX = Margin + columnsWidth + Gutter;
        foreach (var transition in definition.Transitions)
            foreach (var from in transition.From)
            {
                var (source, target) = (positions[from], positions[transition.To]);
                if (target.Y - source.Y > BoxHeight + RowGap + 1)
                {
                    LongArrow(svg, source, target, transition.Title, gutterX);
                    gutterX += GutterStep;
                }
                else Arrow(svg, source, target, transition.Title, from == transition.To);
            }
        foreach (var (name, (x, y)) in positions)
        {
            var state = definition.States[name];
            var current = name == currentState;
            var fill = current ? "#12467b" : state.Final ? "#eef3ee" : "#f3f6fa";
            var text = current ? "#ffffff" : "#1d2733";
            svg.Append(CultureInfo.InvariantCulture, $"""<g class="state{(current ? " current" : "")}" data-state="{name}"><rect x="{x}" y="{y}" width="{BoxWidth}" height="{BoxHeight}" rx="{(state.Final ? 22 : 6)}" fill="{fill}" stroke="#12467b" stroke-width="{(current ? 3 : 1)}"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x + BoxWidth / 2.0}" y="{y + BoxHeight / 2.0 + 4}" text-anchor="middle" fill="{text}">{Escape(Shorten(state.Title, 30))}</text><title>{Escape(state.Title)} ({name})</title></g>""");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Arrow(StringBuilder svg, (double X, double Y) from, (double X, double Y) to, string label, bool self)
    {
        if (self) return;
        double x1, y1, x2, y2;
        if (Math.Abs(to.Y - from.Y) < 1)
        {
            // Same row: side to side.
            var rightwards = to.X > from.X;
            (x1, y1) = (rightwards ? from.X + BoxWidth : from.X, from.Y + BoxHeight / 2.0);
            (x2, y2) = (rightwards ? to.X : to.X + BoxWidth, to.Y + BoxHeight / 2.0);
        }
        else
        {
            var down = to.Y > from.Y;
            (x1, y1) = (from.X + BoxWidth / 2.0, down ? from.Y + BoxHeight : from.Y);
            (x2, y2) = (to.X + BoxWidth / 2.0, down ? to.Y : to.Y + BoxHeight);
        }
        var backwards = to.Y < from.Y;
        var bend = backwards ? 70 : 0; // returns curve to the side so they do not hide the forward arrows
        var (cx, cy) = ((x1 + x2) / 2 + bend, (y1 + y2) / 2);
        svg.Append(CultureInfo.InvariantCulture, $"""<path d="M{x1},{y1} Q{cx},{cy} {x2},{y2}" fill="none" stroke="#5b6b7c" stroke-width="1.2" {(backwards ? "stroke-dasharray=\"5,4\"" : "")} marker-end="url(#arrow)"/>""");
        // The label sits a third of the way along, near its source, with a white halo to stay legible over lines.
        var (lx, ly) = (x1 + (cx - x1) * 0.66 + 4, y1 + (cy - y1) * 0.66 + 4);
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{lx}" y="{ly}" font-size="11" fill="#34495e" stroke="#ffffff" stroke-width="3" paint-order="stroke">{Escape(Shorten(label, 34))}</text>""");
    }

    /// <summary>An edge that skips rows goes round the right-hand side instead of through the boxes between.</summary>
    private static void LongArrow(StringBuilder svg, (double X, double Y) from, (double X, double Y) to, string label, double gutterX)
    {
        var (x1, y1) = (from.X + BoxWidth, from.Y + BoxHeight / 2.0 + 8);
        var entryY = to.Y - 14 - (gutterX % 10);
        var x2 = to.X + BoxWidth * 0.75;
        svg.Append(CultureInfo.InvariantCulture, $"""<path d="M{x1},{y1} H{gutterX} V{entryY} H{x2} V{to.Y}" fill="none" stroke="#8a97a6" stroke-width="1" marker-end="url(#arrow)"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x1 + 6}" y="{y1 - 4}" font-size="11" fill="#34495e" stroke="#ffffff" stroke-width="3" paint-order="stroke">{Escape(Shorten(label, 34))}</text>""");
    }

    private static List<List<string>> Layers(WorkflowDefinition definition)
    {
        var depth = new Dictionary<string, int> { [definition.Initial] = 0 };
        var queue = new Queue<string>([definition.Initial]);
        while (queue.TryDequeue(out var state))
            foreach (var next in definition.TransitionsFrom(state).Select(t => t.To).Where(n => !depth.ContainsKey(n)))
            {
                depth[next] = depth[state] + 1;
                queue.Enqueue(next);
            }
        foreach (var orphan in definition.States.Keys.Where(s => !depth.ContainsKey(s))) depth[orphan] = depth.Values.Max() + 1;
        // Outcomes share the bottom row, so every path visibly ends there.
        var bottom = depth.Where(d => !definition.States[d.Key].Final).Max(d => d.Value) + 1;
        foreach (var final in definition.States.Values.Where(s => s.Final)) depth[final.Name] = bottom;
        return depth.GroupBy(d => d.Value).OrderBy(g => g.Key)
            .Select(g => g.Select(d => d.Key).OrderBy(s => definition.States[s].Final).ThenBy(s => s, StringComparer.Ordinal).ToList()).ToList();
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
