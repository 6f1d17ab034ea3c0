using DossierFlow.Application.Mail;
using MimeKit;

namespace DossierFlow.Mail;

/// <summary>
/// The embedded default without an SMTP server: each mail becomes {row id}-{random}.eml in the pickup folder.
/// Written to a temporary name and then moved, so a reader never sees half a message. A repeat of the same mail
/// is a second file, as it would be a second delivery: the folder shows a mail sent twice.
/// </summary>
internal sealed class PickupFolderSession(string folder, string from) : IMailSession
{
    private static readonly FormatOptions Crlf = new() { NewLineFormat = NewLineFormat.Dos };

    public static IMailSession Open(MailOptions settings)
    {
        var folder = Path.GetFullPath(settings.PickupFolder);
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MailServerUnavailableException($"Không tạo được thư mục thư (Mail:PickupFolder) {folder}: {e.Message}", e);
        }
        return new PickupFolderSession(folder, settings.From);
    }

    public async Task<IReadOnlyList<string>> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var mime = OutboxMime.Build(message, from);
        var name = $"{message.Id:N}-{Guid.NewGuid().ToString("N")[..8]}";
        var path = Path.Combine(folder, name + ".eml");
        var temporary = Path.Combine(folder, $".{name}.tmp");
        try
        {
            await using (var file = File.Create(temporary)) await mime.WriteToAsync(Crlf, file, ct);
            File.Move(temporary, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary)) File.Delete(temporary);
            throw new MailDeliveryException($"Không ghi được thư vào thư mục {folder}: {e.Message}", permanent: false, connectionLost: true, e);
        }
        return [];
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
