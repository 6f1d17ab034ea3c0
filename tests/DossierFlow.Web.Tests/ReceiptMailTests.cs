using System.Diagnostics;
using System.Net;
using System.Text.Json;
using DossierFlow.Application.Mail;
using DossierFlow.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Web.Tests;

/// <summary>The demo application sending its mail to the test run's real SMTP server (aiosmtpd, tests/run.sh).</summary>
public sealed class SmtpDemoApp : DemoApp
{
    public static string SmtpServer => Environment.GetEnvironmentVariable("DOSSIERFLOW_TEST_SMTP") is { Length: > 0 } server ? server
        : throw new InvalidOperationException("DOSSIERFLOW_TEST_SMTP is not set: run the tests with tests/run.sh, which starts an SMTP server.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SendMailToTheTestServer(builder);
    }

    internal static void SendMailToTheTestServer(IWebHostBuilder builder) =>
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mail:SmtpHost"] = SmtpServer.Split(':')[0],
            ["Mail:SmtpPort"] = SmtpServer.Split(':')[1],
            ["Mail:SmtpSecurity"] = "None",
            ["Mail:PublicBaseUrl"] = "https://thiduakhenthuong.example.gov.vn",
        }));
}

/// <summary>
/// Sở Nội vụ receives a dossier in the web application; the unit's mail reaches a real SMTP server and, read by
/// Python's email module as a mail program would, names the dossier, links to it and carries the receipt.
/// </summary>
public class ReceiptMailTests(SmtpDemoApp app) : IClassFixture<SmtpDemoApp>
{
    [Fact]
    public async Task The_unit_receives_the_receipt_attached_to_the_mail_of_its_received_dossier()
    {
        var folder = Environment.GetEnvironmentVariable("DOSSIERFLOW_TEST_MAILDIR");
        Assert.False(string.IsNullOrEmpty(folder), "DOSSIERFLOW_TEST_MAILDIR is not set: run the tests with tests/run.sh.");
        var labour = await Demo.DossierOfAsync(app, "SNV");
        Assert.Equal(HttpStatusCode.OK, (await Api.ActAsync(await SignIn.AsAsync(app, "lanhdao.sldtbxh"), labour, "submit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Api.ActAsync(await SignIn.AsAsync(app, "vanthu.snv"), labour, "receive")).StatusCode);

        var receipt = await Demo.QueryAsync(app, db => db.Dossiers.Where(d => d.Id == labour).SelectMany(d => d.Documents).SingleAsync(d => d.Kind == "phieu-tiep-nhan"));
        var mail = await Demo.QueryAsync(app, db => db.Outbox.AsNoTracking()
            .SingleAsync(m => m.IdempotencyKey.StartsWith($"dossier:{labour}:") && m.IdempotencyKey.EndsWith(":proposing-unit")));
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DispatchOutbox>().DispatchAllAsync(CancellationToken.None);
        Assert.Equal(OutboxStatus.Sent, await Demo.QueryAsync(app, db => db.Outbox.Where(m => m.Id == mail.Id).Select(m => m.Status).SingleAsync()));

        var file = Directory.GetFiles(folder!, "*").Single(f => File.ReadAllText(f).Contains(mail.MessageId));
        var received = (await DossierFlow.Tests.Shared.Mail.PythonEmail.ReadAsync(file)).Single();
        Assert.Equal(["snv@cantho.demo.gov.vn"], received.GetProperty("to").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("Tiếp nhận hồ sơ đủ thành phần", received.GetProperty("subject").GetString());
        Assert.Contains("Hồ sơ HS-", received.GetProperty("subject").GetString());
        Assert.Contains($"https://thiduakhenthuong.example.gov.vn/Dossiers/Details/{labour}", received.GetProperty("body").GetString());
        var attachment = received.GetProperty("attachments").EnumerateArray().Single();
        Assert.Equal(receipt.FileName, attachment.GetProperty("filename").GetString());
        Assert.StartsWith("phieu-tiep-nhan-so-", receipt.FileName);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", attachment.GetProperty("contentType").GetString());
        Assert.Equal(receipt.Size, attachment.GetProperty("size").GetInt64());
    }
}
