using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DossierFlow.Scheduling.Tests;

/// <summary>
/// A real SMTP server on loopback that answers MAIL FROM with the next scripted reply (e.g. "451 try later", then
/// "250 OK") and RCPT TO by address, to exercise the dispatcher's handling of temporary and permanent failures.
/// A 421 reply closes the connection, as real servers do. It counts connections and the mails it accepted, can
/// demand a sign-in (AUTH PLAIN), and can stay silent after accepting the connection.
/// </summary>
internal sealed class ScriptedSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<string> _mailFromReplies;
    private readonly Task _loop;
    private readonly CancellationTokenSource _stop = new();
    private int _connections;
    private int _delivered;

    public ScriptedSmtpServer(params string[] mailFromReplies)
    {
        _mailFromReplies = new ConcurrentQueue<string>(mailFromReplies);
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    public int Connections => _connections;
    public int Delivered => _delivered;

    /// <summary>The reply to RCPT TO for an address (e.g. "550 5.1.1 no such user"); other addresses get 250.</summary>
    public Dictionary<string, string> RecipientReplies { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Accepts the connection and never says a word.</summary>
    public bool Silent { get; init; }

    /// <summary>When set, EHLO offers AUTH PLAIN and only these credentials are accepted (235; others 535).</summary>
    public (string User, string Password)? Login { get; init; }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); } catch { return; }
            Interlocked.Increment(ref _connections);
            using (client)
            {
                try { await ServeAsync(client.GetStream(), _stop.Token); }
                catch (Exception e) when (e is IOException or OperationCanceledException) { }
            }
        }
    }

    private async Task ServeAsync(NetworkStream stream, CancellationToken ct)
    {
        if (Silent)
        {
            // Until the client gives up and closes: reading 0 bytes.
            while (await stream.ReadAsync(new byte[256], ct) > 0) { }
            return;
        }
        var reader = new StreamReader(stream, Encoding.ASCII);
        var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 scripted ESMTP");
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            var verb = line.Split(' ')[0].ToUpperInvariant();
            string reply;
            switch (verb)
            {
                case "EHLO":
                    if (Login is not null) await writer.WriteLineAsync("250-scripted");
                    reply = Login is not null ? "250 AUTH PLAIN" : "250 scripted";
                    break;
                case "AUTH":
                    var parts = Encoding.UTF8.GetString(Convert.FromBase64String(line.Split(' ').Last())).Split('\0');
                    reply = Login is { } login && parts[^2] == login.User && parts[^1] == login.Password
                        ? "235 2.7.0 Authentication successful" : "535 5.7.8 Authentication credentials invalid";
                    break;
                case "MAIL": reply = _mailFromReplies.TryDequeue(out var scripted) ? scripted : "250 OK"; break;
                case "RCPT":
                    var address = line[(line.IndexOf('<') + 1)..line.IndexOf('>')];
                    reply = RecipientReplies.GetValueOrDefault(address, "250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 go on");
                    while (await reader.ReadLineAsync(ct) is { } data && data != ".") { }
                    Interlocked.Increment(ref _delivered);
                    reply = "250 queued";
                    break;
                case "QUIT": await writer.WriteLineAsync("221 bye"); return;
                default: reply = "250 OK"; break;
            }
            await writer.WriteLineAsync(reply);
            if (reply.StartsWith("421", StringComparison.Ordinal)) return;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        await _loop;
    }
}
