using DocumentFormat.OpenXml.Packaging;
using DossierFlow.Application.Council;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Forms;
using DossierFlow.Application.Mail;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using DossierFlow.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>
/// The receipt Sở Nội vụ issues on receiving a dossier and the mails of a dossier's path, as use cases on real
/// SQLite: the receipt is numbered, dated and due by the working-day clock, made in the receive action's unit of
/// work, and mailed to the unit attached; Sở Nội vụ hears of submissions one mail each or in an hourly digest.
/// </summary>
public class ReceiptAndNoticeTests : ProvinceTest
{
    private const string Receipt = "phieu-tiep-nhan";

    [Fact]
    public async Task Receiving_issues_the_next_numbered_receipt_with_the_due_working_day_and_mails_it_to_the_unit()
    {
        var first = await SubmittedAsync();
        var second = await SubmittedAsync();

        await DossierBuilder.ActAsync(_host, first, _province.Desk, "receive");
        var result = await DossierBuilder.ActAsync(_host, second, _province.Desk, "receive");

        Assert.Equal(await DossierBuilder.RevisionAsync(_host, second), result.Revision);
        var (document, text) = await ReceiptAsync(second);
        Assert.Equal("phieu-tiep-nhan-so-02.docx", document.FileName);
        Assert.Contains("Số: 02/PTN-SNV", text);
        Assert.Contains("PHIẾU TIẾP NHẬN HỒ SƠ", text);
        Assert.Contains($"Mã hồ sơ: {await MailNameAsync(second)}", text);
        // Received on Thursday 20/11/2025 at 09:00; 25 working days later, no holiday in between, is Thursday 25/12/2025.
        Assert.Contains("Thời gian tiếp nhận: 09:00 ngày 20/11/2025", text);
        Assert.Contains("25/12/2025", text);
        Assert.Contains("Tờ trình đề nghị khen thưởng: tệp to-trinh.pdf, phiên bản 1", text);
        // Each nominee's report by the nominee's name and kind, not by their place in the list.
        Assert.Contains("Báo cáo thành tích của Nguyễn Văn An (cá nhân): tệp bao-cao-thanh-tich-mau-07-1.pdf, phiên bản 1", text);
        Assert.DoesNotContain("(đối tượng", text);
        Assert.Contains("Người dùng thử", text);

        var mail = await UnitMailAsync(second, "receive");
        Assert.Equal(document.FileName, mail.AttachmentName);
        Assert.Equal(IDocumentRenderer.DocxContentType, mail.AttachmentContentType);
        Assert.Equal("sgddt@tinh.test", mail.ToAddresses);
        Assert.Contains(await MailNameAsync(second), mail.Subject);
        Assert.Contains($"http://localhost:5080/Dossiers/Details/{second}", mail.Body);
        Assert.Contains("Phiếu tiếp nhận hồ sơ được gửi kèm thư này", mail.Body);
    }

    [Fact]
    public async Task A_receipt_that_cannot_be_made_leaves_the_dossier_submitted_and_burns_no_number()
    {
        // A province template that is not a Word file makes rendering fail after the number was taken.
        var forms = Directory.CreateTempSubdirectory("forms-");
        try
        {
            foreach (var file in Directory.GetFiles(RepositoryRoot.Combine("forms"), "*.yaml")) File.Copy(file, Path.Combine(forms.FullName, Path.GetFileName(file)));
            Directory.CreateDirectory(Path.Combine(forms.FullName, "templates"));
            await File.WriteAllTextAsync(Path.Combine(forms.FullName, "templates", Receipt + ".docx"), "not a word file");
            await using var host = await UseCaseHost.CreateAsync(configure: s => s.Configure<ProvinceOptions>(o => o.FormsFolder = forms.FullName));
            var province = await Province.CreateAsync(host);
            var dossier = await province.Dossier().DraftAsync();
            await DossierBuilder.ActAsync(host, dossier, province.Leader(province.School), "submit");
            var revision = await DossierBuilder.RevisionAsync(host, dossier);
            var mailsBefore = await host.ReadAsync(db => db.Outbox.CountAsync());

            await Assert.ThrowsAnyAsync<Exception>(() => DossierBuilder.ActAsync(host, dossier, province.Desk, "receive"));

            var stored = await host.ReadAsync(db => db.Dossiers.AsNoTracking().Include(d => d.Documents).Include(d => d.Journal).SingleAsync(d => d.Id == dossier));
            Assert.Equal(("submitted", revision), (stored.State, stored.Revision));
            Assert.DoesNotContain(stored.Documents, d => d.Kind == Receipt);
            Assert.DoesNotContain(stored.Journal, e => e.Action == "receive");
            Assert.Equal(mailsBefore, await host.ReadAsync(db => db.Outbox.CountAsync()));
            Assert.Equal(0, await host.ReadAsync(db => db.Database.SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "DocumentNumberCounters" WHERE "Symbol" = 'PTN'""").SingleAsync()));
        }
        finally
        {
            forms.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_repeated_receive_issues_no_second_receipt()
    {
        var dossier = await SubmittedAsync();
        var operation = Guid.NewGuid();
        var revision = await DossierBuilder.RevisionAsync(_host, dossier);

        await DossierBuilder.ActAsync(_host, dossier, _province.Desk, "receive", operationId: operation, revision: revision);
        var again = await DossierBuilder.ActAsync(_host, dossier, _province.Desk, "receive", operationId: operation, revision: revision);

        Assert.True(again.Repeated);
        Assert.Single(await _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == dossier).SelectMany(d => d.Documents).Where(d => d.Kind == Receipt).ToListAsync()));
    }

    [Fact]
    public async Task The_unit_is_mailed_on_forwarding_and_on_the_decision_with_the_awarded_nominees_and_the_decision_attached()
    {
        var dossier = await _province.Dossier().WithNominees("Trần Thị Hồng", "Lê Văn Bình").AtChairmanAsync();
        Assert.Contains("Trình Hội đồng", (await UnitMailAsync(dossier, "forward")).Subject);
        var nominees = await _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == dossier).SelectMany(d => d.Nominees).OrderBy(n => n.Order).Select(n => n.Id).ToListAsync());

        var revision = await DossierBuilder.RevisionAsync(_host, dossier);
        await _host.RunAsync<DecideAward, ChairmanDecisionResult>(d => d.HandleAsync(_province.Chairman, dossier,
            new ChairmanDecisionInput(revision, Guid.NewGuid(), [nominees[0]], null)));

        var mail = await UnitMailAsync(dossier, "decide");
        Assert.StartsWith("quyet-dinh-khen-thuong-so-01", mail.AttachmentName);
        Assert.Contains("Tập thể, cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh (01):", mail.Body);
        Assert.Contains("1. Trần Thị Hồng", mail.Body);
        Assert.DoesNotContain("1. Lê Văn Bình", mail.Body);
        Assert.Contains($"/Dossiers/Details/{dossier}", mail.Body);
    }

    [Fact]
    public async Task Each_submission_mails_the_reception_address_at_once_by_default()
    {
        await using var host = await UseCaseHost.CreateAsync(configure: s => s.Configure<MailOptions>(o => o.ReceptionAddress = "tiepnhan@snv.test"));
        var province = await Province.CreateAsync(host);
        var first = await SubmitAsync(host, province);
        var second = await SubmitAsync(host, province);

        var mails = await host.ReadAsync(db => db.Outbox.Where(m => m.IdempotencyKey.EndsWith(":home-affairs")).OrderBy(m => m.CreatedAt).ToListAsync());
        Assert.Equal(2, mails.Count);
        Assert.All(mails, m => Assert.Equal("tiepnhan@snv.test", m.ToAddresses));
        Assert.Contains(await MailNameAsync(first, host), mails[0].Subject);
        Assert.Contains(await MailNameAsync(second, host), mails[1].Subject);
        Assert.Equal(0, await host.RunAsync<SendSubmissionDigest, int>(d => d.HandleAsync()));
    }

    [Fact]
    public async Task In_digest_mode_submissions_wait_for_one_hourly_mail_listing_each_dossier_once()
    {
        await using var host = await UseCaseHost.CreateAsync(configure: s => s.Configure<MailOptions>(o =>
        {
            o.ReceptionAddress = "tiepnhan@snv.test";
            o.SubmissionNotices = SubmissionNoticeMode.HourlyDigest;
        }));
        var province = await Province.CreateAsync(host);
        var first = await SubmitAsync(host, province);
        var second = await SubmitAsync(host, province);
        Assert.Equal(0, await host.ReadAsync(db => db.Outbox.CountAsync(m => m.IdempotencyKey.EndsWith(":home-affairs"))));

        host.Clock.Now = host.Clock.Now.AddHours(1);
        Assert.Equal(2, await host.RunAsync<SendSubmissionDigest, int>(d => d.HandleAsync()));
        Assert.Equal(0, await host.RunAsync<SendSubmissionDigest, int>(d => d.HandleAsync()));
        var third = await SubmitAsync(host, province);
        host.Clock.Now = host.Clock.Now.AddHours(1);
        Assert.Equal(1, await host.RunAsync<SendSubmissionDigest, int>(d => d.HandleAsync()));

        var digests = await host.ReadAsync(db => db.Outbox.Where(m => m.IdempotencyKey.StartsWith(SendSubmissionDigest.KeyPrefix)).OrderBy(m => m.CreatedAt).ToListAsync());
        Assert.Equal(2, digests.Count);
        Assert.All(digests, m => Assert.Equal("tiepnhan@snv.test", m.ToAddresses));
        Assert.Contains("02 hồ sơ mới", digests[0].Subject);
        foreach (var dossier in new[] { first, second })
        {
            Assert.Contains(await MailNameAsync(dossier, host), digests[0].Body);
            Assert.Contains($"http://localhost:5080/Dossiers/Details/{dossier}", digests[0].Body);
        }
        Assert.Contains(await MailNameAsync(third, host), digests[1].Body);
        Assert.DoesNotContain(await MailNameAsync(first, host), digests[1].Body);
    }

    private Task<Guid> SubmittedAsync() => SubmitAsync(_host, _province);

    private static async Task<Guid> SubmitAsync(UseCaseHost host, Province province)
    {
        var dossier = await province.Dossier().DraftAsync();
        await DossierBuilder.ActAsync(host, dossier, province.Leader(province.School), "submit");
        return dossier;
    }

    private async Task<string> MailNameAsync(Guid dossier, UseCaseHost? host = null) =>
        await (host ?? _host).ReadAsync(db => db.Dossiers.Where(d => d.Id == dossier).Select(d => d.Code).SingleAsync());

    private async Task<(Domain.Dossiers.DossierDocument Document, string Text)> ReceiptAsync(Guid dossier)
    {
        var document = await _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == dossier).SelectMany(d => d.Documents).SingleAsync(d => d.Kind == Receipt));
        var bytes = await _host.ReadAsync(db => db.DocumentContents.Where(c => c.Sha256 == document.Sha256).Select(c => c.Bytes).SingleAsync());
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var text = string.Join("\n", word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
        return (document, text);
    }

    private async Task<OutboxMessage> UnitMailAsync(Guid dossier, string action)
    {
        var operation = await _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == dossier).SelectMany(d => d.Journal)
            .Where(e => e.Action == action).Select(e => e.OperationId).SingleAsync());
        return await _host.ReadAsync(db => db.Outbox.SingleAsync(m => m.IdempotencyKey == $"dossier:{dossier}:{operation}:proposing-unit"));
    }
}
