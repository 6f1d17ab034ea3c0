using System.Text;

namespace DossierFlow.Application.Common;

/// <summary>A small RFC 4180 reader: comma separated, double-quoted fields may hold commas, quotes and newlines.</summary>
public static class Csv
{
    /// <summary>Rows with the 1-based line number each starts on; blank lines are skipped.</summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var startLine = 1;
        var quoted = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"' && reader.Peek() == '"') { field.Append('"'); reader.Read(); }
                else if (ch == '"') quoted = false;
                else { if (ch == '\n') line++; field.Append(ch); }
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0: quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    if (fields.Count > 1 || fields[0].Trim().Length > 0) yield return (startLine, fields.ToList());
                    fields.Clear();
                    startLine = ++line;
                    break;
                default: field.Append(ch); break;
            }
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            if (fields.Count > 1 || fields[0].Trim().Length > 0) yield return (startLine, fields);
        }
    }
}
