using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DossierFlow.Scheduling.Tests;

/// <summary>
/// A real SMTP server on loopback that answers each connection with the next scripted reply to MAIL FROM
/// (e.g. "451 try later", then "250 OK"), to exercise the dispatcher's handling of temporary and permanent failures.
/// </summary>
internal sealed class ScriptedSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Queue<string> _mailFromReplies;
    private readonly Task _loop;
    private readonly CancellationTokenSource _stop = new();

    public ScriptedSmtpServer(params string[] mailFromReplies)
    {
        _mailFromReplies = new Queue<string>(mailFromReplies);
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    public int Delivered { get; private set; }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); } catch { return; }
            using (client) await ServeAsync(client.GetStream());
        }
    }

    private async Task ServeAsync(NetworkStream stream)
    {
        var reader = new StreamReader(stream, Encoding.ASCII);
        var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 scripted ESMTP");
        while (await reader.ReadLineAsync() is { } line)
        {
            var verb = line.Split(' ')[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO": await writer.WriteLineAsync("250 scripted"); break;
                case "HELO": await writer.WriteLineAsync("250 scripted"); break;
                case "MAIL":
                    var reply = _mailFromReplies.Count > 0 ? _mailFromReplies.Dequeue() : "250 OK";
                    await writer.WriteLineAsync(reply);
                    break;
                case "RCPT": await writer.WriteLineAsync("250 OK"); break;
                case "DATA":
                    await writer.WriteLineAsync("354 go on");
                    while (await reader.ReadLineAsync() is { } data && data != ".") { }
                    Delivered++;
                    await writer.WriteLineAsync("250 queued");
                    break;
                case "QUIT": await writer.WriteLineAsync("221 bye"); return;
                default: await writer.WriteLineAsync("250 OK"); break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        await _loop;
    }
}
