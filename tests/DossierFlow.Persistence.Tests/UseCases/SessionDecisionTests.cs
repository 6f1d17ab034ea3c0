using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DossierFlow.Application.Common;
using DossierFlow.Application.Council.Decisions;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Council;
using DossierFlow.Domain.Workflows;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>
/// One decision per session and award: the Chairman approves all or all but some recommended nominees (each
/// exception with a reason) under a chosen signer; the document office numbers and dates it; then every dossier
/// moves, is journalled and mailed at once. Bad input changes nothing.
/// </summary>
public class SessionDecisionTests : ProvinceTest
{
    private string _chairman = "", _vice = "";
    private Guid _session, _schoolBoth, _union, _schoolExcluded, _refusedAtCouncil;

    /// <summary>
    /// A session with four provincial dossiers: the school's with two nominees, the union's with one (one more fails
    /// the vote), a second school dossier whose one nominee the Chairman will leave out, and one the council refused.
    /// </summary>
    private async Task SessionAsync()
    {
        (_chairman, _vice) = await _province.SignersAsync();
        _schoolBoth = await _province.Dossier().WithNominees("Nguyễn Thị Lan", "Trần Văn Bình").AtCouncilAsync();
        _union = await _province.Dossier().From(_province.Union).WithNominees("Lê Hoàng Đức", "Phạm Thu Trang").AtCouncilAsync();
        _schoolExcluded = await _province.Dossier().WithNominees("Võ Minh Tâm").AtCouncilAsync();
        _refusedAtCouncil = await _province.Dossier().From(_province.Union).WithNominees("Đặng Văn Hùng").AtCouncilAsync();
        _session = await _province.SessionWithMinutesAsync([_schoolBoth, _union, _schoolExcluded, _refusedAtCouncil],
            new HashSet<string> { "Phạm Thu Trang", "Đặng Văn Hùng" });
    }

    private Task<Guid> AwardIdAsync(string code = Province.ProvincialAward) => _host.ReadAsync(db => db.AwardTypes.Where(a => a.Code == code).Select(a => a.Id).SingleAsync());

    private Task<Guid> NomineeAsync(string name) =>
        _host.ReadAsync(db => db.Dossiers.SelectMany(d => d.Nominees).Where(n => n.Name == name).Select(n => n.Id).SingleAsync());

    private async Task<Guid> ApproveAsync(string? signer, params (string Name, string? Reason)[] exclusions)
    {
        var award = await AwardIdAsync();
        var list = new List<ExclusionInput>();
        foreach (var (name, reason) in exclusions) list.Add(new ExclusionInput(await NomineeAsync(name), reason));
        return await _host.RunAsync<ApproveSessionAward, Guid>(a => a.HandleAsync(_province.Chairman, _session, new ApproveAwardInput(award, signer, list)));
    }

    private Task<IssuedDecision> IssueAsync(Guid decision, string number, string date, int revision = 1) =>
        _host.RunAsync<IssueSessionDecision, IssuedDecision>(i => i.HandleAsync(_province.DocumentOffice(), decision, new IssueDecisionInput(revision, number, date)));

    private Task<string> StateAsync(Guid dossier) => _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == dossier).Select(d => d.State).SingleAsync());

    private string Today => _host.Clock.Now.AddHours(7).ToString("dd/MM/yyyy");

    private static List<string> Paragraphs(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
    }

    [Fact]
    public async Task The_Chairman_approves_all_but_one_the_office_numbers_it_and_every_dossier_is_decided_journalled_and_mailed_at_once()
    {
        await SessionAsync();
        Assert.Equal("refused", await StateAsync(_refusedAtCouncil));
        var view = await _host.RunAsync<SessionAwardPage, SessionAwardView>(p => p.HandleAsync(_province.Chairman, _session, null));
        Assert.Equal(4, view.Award!.Nominees);
        Assert.Equal(2, view.Award.Units);
        Assert.Equal(["Liên đoàn Lao động tỉnh", "Sở Giáo dục và Đào tạo"], view.Units.Select(u => u.Unit));
        Assert.Equal(["Nguyễn Thị Lan", "Trần Văn Bình", "Võ Minh Tâm"], view.Units[1].Nominees.Select(n => n.Name));
        Assert.Equal(2, view.Signers.Count);

        var decision = await ApproveAsync(_vice, ("Võ Minh Tâm", "Đang trong thời gian xem xét kỷ luật"));
        // Approved, not yet issued: the dossiers wait for the office's number.
        Assert.Equal("chairman", await StateAsync(_schoolBoth));
        var queue = await _host.RunAsync<DocumentOfficeQueue, IReadOnlyList<AwaitingNumber>>(q => q.HandleAsync(_province.DocumentOffice()));
        var waiting = Assert.Single(queue);
        Assert.Equal((1, "Huỳnh Thị Diễm Ngọc"), (waiting.SuggestedNumber, waiting.SignerName));

        var issued = await IssueAsync(decision, "1", Today);

        Assert.Equal(("01/QĐ-UBND", 3, 3), (issued.NumberText, issued.Dossiers, issued.Awarded));
        Assert.Equal(["awarded", "awarded", "refused"], [await StateAsync(_schoolBoth), await StateAsync(_union), await StateAsync(_schoolExcluded)]);
        var stored = await _host.ReadAsync(db => db.SessionDecisions.SingleAsync(d => d.Id == decision));
        Assert.Equal((SessionDecisionStatus.Issued, 1, 2025), (stored.Status, stored.Number, stored.Year));
        var bytes = await _host.ReadAsync(db => db.DocumentContents.Where(c => c.Sha256 == stored.Sha256).Select(c => c.Bytes).SingleAsync());
        var text = Paragraphs(bytes);
        Assert.Contains("Số: 01/QĐ-UBND", text);
        Assert.Contains("KT. CHỦ TỊCH", text);
        Assert.Contains("PHÓ CHỦ TỊCH", text);
        Assert.Contains("Huỳnh Thị Diễm Ngọc", text);
        Assert.Contains(text, p => p.StartsWith("Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 03 cá nhân"));
        // The list by unit: I. the union's one, II. the school's two; the one left out is not in it.
        var list = string.Join("|", text);
        Assert.True(list.IndexOf("Liên đoàn Lao động tỉnh", StringComparison.Ordinal) < list.IndexOf("Nguyễn Thị Lan", StringComparison.Ordinal));
        Assert.Contains("Lê Hoàng Đức", list);
        Assert.DoesNotContain("Võ Minh Tâm", list);
        Assert.DoesNotContain("Phạm Thu Trang", list);
        Assert.Contains(text, p => p.StartsWith("(Bằng chữ: "));

        // Journal: the Chairman's decision with the number; the exception and its reason on the refused dossier.
        var refused = await _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == _schoolExcluded).SelectMany(d => d.Journal).OrderBy(e => e.Revision).LastAsync());
        Assert.Equal(Vocabulary.DedicatedAction.Decline, refused.Action);
        Assert.Contains("Võ Minh Tâm (Đang trong thời gian xem xét kỷ luật)", refused.Comment);
        Assert.Contains("01/QĐ-UBND", refused.Comment);
        // Each unit's mail carries its own awarded nominees and the decision.
        var mails = await _host.ReadAsync(db => db.Outbox.Where(m => m.IdempotencyKey.StartsWith($"dossier:{_union}:") && m.AttachmentName!.StartsWith("quyet-dinh")).ToListAsync());
        var union = Assert.Single(mails);
        Assert.Contains("ldld@", union.ToAddresses);
        Assert.Contains("Lê Hoàng Đức", union.Body);
        Assert.DoesNotContain("Nguyễn Thị Lan", union.Body);
        Assert.Equal("quyet-dinh-so-01-2025.docx", union.AttachmentName);
        Assert.True(await _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == _union).SelectMany(d => d.Documents).AnyAsync(d => d.Kind == IssueSessionDecision.DecisionForm)));
    }

    [Fact]
    public async Task The_Chairman_signs_as_CHU_TICH_without_KT()
    {
        await SessionAsync();
        var decision = await ApproveAsync(_chairman);
        await IssueAsync(decision, "7", Today);
        var sha = await _host.ReadAsync(db => db.SessionDecisions.Where(d => d.Id == decision).Select(d => d.Sha256).SingleAsync());
        var text = Paragraphs(await _host.ReadAsync(db => db.DocumentContents.Where(c => c.Sha256 == sha).Select(c => c.Bytes).SingleAsync()));
        Assert.Contains("CHỦ TỊCH", text);
        Assert.Contains("Lâm Văn Mẫn", text);
        Assert.DoesNotContain(text, p => p.StartsWith("KT."));
        Assert.Equal("awarded", await StateAsync(_schoolExcluded));
    }

    [Fact]
    public async Task A_decision_without_a_signer_or_an_exception_without_a_reason_is_refused_and_changes_nothing()
    {
        await SessionAsync();
        var revision = await DossierBuilder.RevisionAsync(_host, _schoolBoth);

        Assert.Equal("decision-signer", (await Assert.ThrowsAsync<DomainException>(() => ApproveAsync(null))).Code);
        Assert.Equal("decision-signer", (await Assert.ThrowsAsync<DomainException>(() => ApproveAsync("not-a-signer"))).Code);
        Assert.Equal("decision-exclusion-reason", (await Assert.ThrowsAsync<DomainException>(() => ApproveAsync(_vice, ("Võ Minh Tâm", " ")))).Code);
        Assert.Equal("decision-exclusion-unknown", (await Assert.ThrowsAsync<DomainException>(() => ApproveAsync(_vice, ("Phạm Thu Trang", "x")))).Code);

        Assert.False(await _host.ReadAsync(db => db.SessionDecisions.AnyAsync()));
        Assert.Equal(revision, await DossierBuilder.RevisionAsync(_host, _schoolBoth));
        Assert.True(await _host.ReadAsync(db => db.Dossiers.SelectMany(d => d.Nominees).AllAsync(n => n.ChairmanApproved == null)));
    }

    [Fact]
    public async Task Only_the_Chairman_approves_only_the_document_office_numbers_and_an_award_is_approved_once()
    {
        await SessionAsync();
        var award = await AwardIdAsync();
        await Assert.ThrowsAsync<ForbiddenException>(() => _host.RunAsync<ApproveSessionAward, Guid>(a =>
            a.HandleAsync(_province.Reviewer, _session, new ApproveAwardInput(award, _vice, []))));
        var decision = await ApproveAsync(_vice);
        Assert.Equal("decision-exists", (await Assert.ThrowsAsync<DomainException>(() => ApproveAsync(_vice))).Code);
        // Nor is one of its dossiers decided on its own while the decision waits for its number.
        var revision = await DossierBuilder.RevisionAsync(_host, _union);
        Assert.Equal("decision-pending", (await Assert.ThrowsAsync<DomainException>(() => _host.RunAsync<Application.Council.DecideAward, Application.Council.ChairmanDecisionResult>(d =>
            d.HandleAsync(_province.Chairman, _union, new Application.Council.ChairmanDecisionInput(revision, Guid.NewGuid(), [], "Không đạt"))))).Code);
        await Assert.ThrowsAsync<ForbiddenException>(() => _host.RunAsync<IssueSessionDecision, IssuedDecision>(i =>
            i.HandleAsync(_province.Chairman, decision, new IssueDecisionInput(1, "1", Today))));
    }

    [Fact]
    public async Task A_session_without_minutes_cannot_be_decided()
    {
        var dossier = await _province.Dossier().AtChairmanAsync();
        var session = await _host.ReadAsync(db => db.CouncilSessions.Select(s => s.Id).SingleAsync());
        var (_, vice) = await _province.SignersAsync();
        var award = await AwardIdAsync();
        var error = await Assert.ThrowsAsync<DomainException>(() => _host.RunAsync<ApproveSessionAward, Guid>(a =>
            a.HandleAsync(_province.Chairman, session, new ApproveAwardInput(award, vice, []))));
        Assert.Equal("session-minutes-missing", error.Code);
        Assert.Equal("chairman", await StateAsync(dossier));
    }

    /// <summary>The registers' statements (the counter's read and raise, the used-number checks) on both providers.</summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_number_already_used_or_a_date_before_the_minutes_changes_nothing_and_the_next_suggestion_follows_the_numbers_taken(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            await _host.DisposeAsync();
            _host = await UseCaseHost.CreateAsync(provider);
            _province = await Province.CreateAsync(_host);
        }
        await SessionAsync();
        var decision = await ApproveAsync(_vice);
        // Another session's decision took number 5 of the register this year (typed by the office, not suggested).
        var other = await OtherIssuedDecisionAsync(5);
        var minutes = await _host.ReadAsync(db => db.CouncilSessions.Where(s => s.Id == _session).Select(s => s.MinutesIssuedOn!.Value).SingleAsync());

        Assert.Equal("decision-number-used", (await Assert.ThrowsAsync<DomainException>(() => IssueAsync(decision, "5", Today))).Code);
        Assert.Equal("decision-date-before-minutes", (await Assert.ThrowsAsync<DomainException>(() =>
            IssueAsync(decision, "6", minutes.AddDays(-1).ToString("dd/MM/yyyy")))).Code);
        Assert.Equal("decision-number", (await Assert.ThrowsAsync<DomainException>(() => IssueAsync(decision, "số năm", Today))).Code);
        Assert.Equal("decision-date", (await Assert.ThrowsAsync<DomainException>(() => IssueAsync(decision, "6", "31/02/2025"))).Code);

        Assert.Equal("chairman", await StateAsync(_schoolBoth));
        Assert.Equal(SessionDecisionStatus.AwaitingNumber, await _host.ReadAsync(db => db.SessionDecisions.Where(d => d.Id == decision).Select(d => d.Status).SingleAsync()));
        Assert.False(await _host.ReadAsync(db => db.Outbox.AnyAsync(m => m.IdempotencyKey.StartsWith($"dossier:{_schoolBoth}:") && m.AttachmentName!.StartsWith("quyet-dinh"))));
        var queue = await _host.RunAsync<DocumentOfficeQueue, IReadOnlyList<AwaitingNumber>>(q => q.HandleAsync(_province.DocumentOffice()));
        Assert.Equal(6, Assert.Single(queue, q => q.Id == decision).SuggestedNumber);
        Assert.NotEqual(Guid.Empty, other);
    }

    /// <summary>A decision of another session numbered <paramref name="number"/> (the registers are per symbol and year, not per session).</summary>
    private async Task<Guid> OtherIssuedDecisionAsync(int number)
    {
        var dossier = await _province.Dossier().From(_province.Union).WithNominees("Hồ Thị Mai").AtCouncilAsync();
        var keep = _session;
        _session = await _province.SessionWithMinutesAsync([dossier]);
        var decision = await ApproveAsync(_vice);
        await IssueAsync(decision, number.ToString(), Today);
        _session = keep;
        return decision;
    }

    [Fact]
    public async Task National_nominees_go_up_in_one_Proposal_and_the_central_decision_is_recorded_once_for_all()
    {
        var (_, vice) = await _province.SignersAsync();
        var first = await _province.Dossier(Province.NationalAward).WithNominees("Nguyễn Văn Quốc", "Lý Thị Hạnh").AtCouncilAsync();
        var second = await _province.Dossier(Province.NationalAward).From(_province.Union).WithNominees("Tạ Minh Khoa").AtCouncilAsync();
        var session = await _province.SessionWithMinutesAsync([first, second]);
        var award = await AwardIdAsync(Province.NationalAward);
        var decision = await _host.RunAsync<ApproveSessionAward, Guid>(a => a.HandleAsync(_province.Chairman, session, new ApproveAwardInput(award, vice, [])));

        var issued = await IssueAsync(decision, "3", Today);

        Assert.Equal("03/TTr-UBND", issued.NumberText);
        Assert.Equal(["central", "central"], [await StateAsync(first), await StateAsync(second)]);
        var lyThiHanh = await NomineeAsync("Lý Thị Hạnh");
        var moved = await _host.RunAsync<RecordSessionCentralDecision, int>(r => r.HandleAsync(_province.Reviewer, decision,
            new SessionCentralInput(2, "1234/QĐ-TTg", Today, [lyThiHanh])));
        Assert.Equal(2, moved);
        Assert.Equal(["awarded", "awarded"], [await StateAsync(first), await StateAsync(second)]);
        Assert.Equal(false, await _host.ReadAsync(db => db.Dossiers.SelectMany(d => d.Nominees).Where(n => n.Id == lyThiHanh).Select(n => n.CentralAwarded).SingleAsync()));
        Assert.Equal("decision-not-upward", (await Assert.ThrowsAsync<DomainException>(() => _host.RunAsync<RecordSessionCentralDecision, int>(r =>
            r.HandleAsync(_province.Reviewer, decision, new SessionCentralInput(3, "1234/QĐ-TTg", Today, []))))).Code);
    }
}
