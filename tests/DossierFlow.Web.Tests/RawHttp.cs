using System.Text;

namespace DossierFlow.Web.Tests;

/// <summary>Reads one HTTP/1.1 response off a socket, for requests HttpClient will not send (a body announced but never sent).</summary>
internal static class RawHttp
{
    public static async Task<(string StatusLine, string Body)> ReadResponseAsync(Stream stream, CancellationToken ct)
    {
        var bytes = new List<byte>();
        var buffer = new byte[8192];
        int headerEnd;
        while ((headerEnd = IndexOf(bytes, "\r\n\r\n"u8.ToArray(), 0)) < 0) await FillAsync(stream, bytes, buffer, ct);
        var head = Encoding.ASCII.GetString(bytes.GetRange(0, headerEnd).ToArray()).Split("\r\n");
        var length = head.Where(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)).Select(h => int.Parse(h[15..].Trim())).FirstOrDefault();
        var chunked = head.Any(h => h.StartsWith("Transfer-Encoding:", StringComparison.OrdinalIgnoreCase) && h.Contains("chunked"));
        var position = headerEnd + 4;
        var body = new List<byte>();
        if (!chunked)
        {
            while (bytes.Count < position + length) await FillAsync(stream, bytes, buffer, ct);
            body.AddRange(bytes.GetRange(position, length));
        }
        else
            while (true)
            {
                int lineEnd;
                while ((lineEnd = IndexOf(bytes, "\r\n"u8.ToArray(), position)) < 0) await FillAsync(stream, bytes, buffer, ct);
                var size = Convert.ToInt32(Encoding.ASCII.GetString(bytes.GetRange(position, lineEnd - position).ToArray()).Split(';')[0].Trim(), 16);
                position = lineEnd + 2;
                if (size == 0) break;
                while (bytes.Count < position + size + 2) await FillAsync(stream, bytes, buffer, ct);
                body.AddRange(bytes.GetRange(position, size));
                position += size + 2;
            }
        return (head[0], Encoding.UTF8.GetString(body.ToArray()));
    }

    private static async Task FillAsync(Stream stream, List<byte> bytes, byte[] buffer, CancellationToken ct)
    {
        var n = await stream.ReadAsync(buffer, ct);
        if (n == 0) throw new EndOfStreamException("The server closed the connection before the whole response arrived.");
        bytes.AddRange(buffer.AsSpan(0, n).ToArray());
    }

    private static int IndexOf(List<byte> bytes, byte[] pattern, int from)
    {
        for (var i = from; i <= bytes.Count - pattern.Length; i++)
            if (pattern.Select((b, j) => bytes[i + j] == b).All(x => x)) return i;
        return -1;
    }
}
