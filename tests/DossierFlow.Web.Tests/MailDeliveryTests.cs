using System.Net;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Web.Tests;

/// <summary>With the scheduler on, a mail queued by a workflow action leaves at once, not at a periodic pass.</summary>
public class MailDeliveryTests(ScheduledDemoApp app) : IClassFixture<ScheduledDemoApp>
{
    [Fact]
    public async Task The_mail_of_a_returned_dossier_reaches_the_pickup_folder_within_seconds()
    {
        var labour = await Demo.DossierOfAsync(app, "SNV");
        Assert.Equal(HttpStatusCode.OK, (await Api.ActAsync(await SignIn.AsAsync(app, "lanhdao.sldtbxh"), labour, "submit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Api.ActAsync(await SignIn.AsAsync(app, "vanthu.snv"), labour, "receive")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Api.ActAsync(await SignIn.AsAsync(app, "chuyenvien.btdkt"), labour, "return", "Thiếu xác nhận của cấp trình")).StatusCode);
        var mail = await Demo.QueryAsync(app, db => db.Outbox.AsNoTracking().Where(m => m.IdempotencyKey.StartsWith($"dossier:{labour}:"))
            .OrderByDescending(m => m.CreatedAt).FirstAsync()); // the return's, after the submission's and the receipt's

        // A generous bound for a shared machine: the dispatch is enqueued at the commit and starts within a second or two,
        // well before the minutely retry pass. The file is written before the row is marked sent, so wait for both.
        var until = DateTime.UtcNow.AddSeconds(15);
        while (!(Directory.Exists(app.MailFolder) && Directory.GetFiles(app.MailFolder, "*.eml").Any(f => File.ReadAllText(f).Contains(mail.MessageId))
                 && await Demo.QueryAsync(app, db => db.Outbox.Where(m => m.Id == mail.Id).Select(m => m.Status).SingleAsync())
                    == Application.Mail.OutboxStatus.Sent))
        {
            Assert.True(DateTime.UtcNow < until, "The returned dossier's mail was not delivered and marked sent within 15 s.");
            await Task.Delay(100);
        }
    }
}
