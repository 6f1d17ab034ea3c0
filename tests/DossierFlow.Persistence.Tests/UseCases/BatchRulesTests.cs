using DocumentFormat.OpenXml.Packaging;
using DossierFlow.Application.Batches;
using DossierFlow.Application.Common;
using DossierFlow.Application.Council;
using DossierFlow.Domain.Batches;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>Sở Nội vụ's batches (đợt trình) as use cases on a real SQLite database: joining, the Tờ trình, forwarding, amending, scheduling.</summary>
public class BatchRulesTests : ProvinceTest
{
    private async Task<Guid> CreateBatchAsync(params string[] awards)
    {
        var ids = await _host.ReadAsync(db => db.AwardTypes.Where(a => (awards.Length == 0 ? new[] { Province.ProvincialAward } : awards).Contains(a.Code))
            .Select(a => a.Id).ToListAsync());
        return await _host.RunAsync<CreateBatch, Guid>(c => c.HandleAsync(_province.Reviewer, new CreateBatchInput(_province.MovementId, "Đợt 1 năm 2025", ids)));
    }

    private Task<SubmissionBatch> BatchAsync(Guid id) => _host.ReadAsync(db => db.SubmissionBatches.AsNoTracking().SingleAsync(b => b.Id == id));

    private async Task AddAsync(Guid batch, params Guid[] dossiers) =>
        await _host.RunAsync<AddToBatch, int>(a => a.HandleAsync(_province.Reviewer, batch,
            new AddToBatchInput(BatchAsync(batch).Result.Revision, dossiers, CriteriaConfirmed: true, null)));

    private async Task GenerateAsync(Guid batch) =>
        await _host.RunAsync<GenerateBatchSubmission>(g => g.HandleAsync(_province.Reviewer, batch,
            new BatchSubmissionInput(BatchAsync(batch).Result.Revision, "Nguyễn Thị Giám Đốc")));

    private async Task ForwardAsync(Guid batch) =>
        await _host.RunAsync<ForwardBatch, int>(f => f.HandleAsync(_province.Reviewer, batch, BatchAsync(batch).Result.Revision));

    private Task<string> StateAsync(Guid dossier) => _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == dossier).Select(d => d.State).SingleAsync());

    private Task<Guid> ScheduleAsync(params Guid[] batches)
    {
        var day = _host.Clock.Now.AddHours(7).AddDays(10).ToString("dd/MM/yyyy");
        return _host.RunAsync<ScheduleBatchSession, Guid>(s => s.HandleAsync(_province.Secretary,
            new BatchSessionInput(day, "08:00", 240, "Phòng họp số 1", _province.Members[0], _province.Members[1], _province.Members, batches)));
    }

    [Fact]
    public async Task A_batch_takes_only_appraised_dossiers_of_its_movement_and_awards_each_in_one_batch_and_a_refusal_changes_nothing()
    {
        var batch = await CreateBatchAsync();
        var appraised = await _province.Dossier().WithNominees("Nguyễn Văn An").AppraisingAsync();
        var draft = await _province.Dossier().DraftAsync();
        var national = await _province.Dossier(Province.NationalAward).AppraisingAsync();

        async Task<string> Refused(Guid dossier, bool criteria = true) => (await Assert.ThrowsAsync<DomainException>(() =>
            _host.RunAsync<AddToBatch, int>(a => a.HandleAsync(_province.Reviewer, batch,
                new AddToBatchInput(BatchAsync(batch).Result.Revision, [appraised, dossier], criteria, null))))).Code;

        Assert.Equal("batch-dossier-not-appraised", await Refused(draft));
        Assert.Equal("batch-award-not-covered", await Refused(national));
        Assert.Equal("batch-criteria", await Refused(appraised, criteria: false));
        Assert.Empty((await BatchAsync(batch)).Entries);

        await AddAsync(batch, appraised);
        var other = await CreateBatchAsync();
        var elsewhere = await Assert.ThrowsAsync<DomainException>(() => AddAsync(other, appraised));
        Assert.Equal("batch-dossier-elsewhere", elsewhere.Code);
        Assert.Contains("Đợt 1 năm 2025", elsewhere.Message);
        var entry = Assert.Single((await BatchAsync(batch)).Entries);
        Assert.Equal(SubmissionBatch.DefaultNote, entry.AppraisalNote);
        await Assert.ThrowsAsync<ForbiddenException>(() => _host.RunAsync<AddToBatch, int>(a => a.HandleAsync(_province.Desk, other,
            new AddToBatchInput(1, [national], true, null))));
    }

    [Fact]
    public async Task The_numbered_Tờ_trình_lists_every_nominee_by_unit_and_forwarding_moves_every_dossier_to_the_council_citing_it()
    {
        var batch = await CreateBatchAsync();
        var school = await _province.Dossier().WithNominees("Nguyễn Văn An", "Trần Thị Bình").AppraisingAsync();
        var union = await _province.Dossier().From(_province.Union).WithNominees("Kim Thị Sa Phia").AppraisingAsync();
        await AddAsync(batch, school, union);

        var early = await Assert.ThrowsAsync<DomainException>(() => ForwardAsync(batch));
        Assert.Equal("batch-submission-missing", early.Code);
        Assert.Equal("appraising", await StateAsync(school));

        await GenerateAsync(batch);
        var generated = await BatchAsync(batch);
        Assert.Equal(1, generated.SubmissionNumber);
        var file = await _host.RunAsync<GetBatches, Application.Forms.ExportFile>(g => g.SubmissionAsync(_province.Secretary, batch));
        var text = Text(file.Content);
        Assert.Contains("Số: 01/TTr-SNV", text);
        Assert.Contains("SỞ NỘI VỤ", text);
        Assert.Contains("Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh; Hội đồng Thi đua - Khen thưởng tỉnh.", text);
        Assert.Contains("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: 03 cá nhân.", text); // written out, as in every title and summary
        Assert.Contains("Kim Thị Sa Phia", text);
        Assert.Contains("Liên đoàn Lao động tỉnh", text);
        Assert.Contains("Nguyễn Thị Giám Đốc", text);
        Assert.Contains("(Kèm theo Tờ trình số 01/TTr-SNV", text);
        Assert.True(await _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == union).SelectMany(d => d.Documents)
            .AnyAsync(d => d.Kind == GenerateBatchSubmission.DocumentKind && d.FileName == "to-trinh-so-noi-vu-so-01.docx")));

        Assert.Equal(2, await _host.RunAsync<ForwardBatch, int>(f => f.HandleAsync(_province.Reviewer, batch, generated.Revision)));
        Assert.Equal("council", await StateAsync(school));
        Assert.Equal("council", await StateAsync(union));
        Assert.Equal(BatchStatus.Forwarded, (await BatchAsync(batch)).Status);
        var comment = await _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == union).SelectMany(d => d.Journal)
            .Where(j => j.Action == "forward").Select(j => j.Comment).SingleAsync());
        Assert.Contains("Tờ trình số 01/TTr-SNV", comment);
        Assert.Equal("batch-forwarded", (await Assert.ThrowsAsync<DomainException>(() => ForwardAsync(batch))).Code);
    }

    [Fact]
    public async Task Forwarding_is_all_or_nothing_and_names_the_dossier_that_blocks()
    {
        var batch = await CreateBatchAsync();
        var first = await _province.Dossier().WithNominees("Nguyễn Văn An").AppraisingAsync();
        var returned = await _province.Dossier().From(_province.Union).WithNominees("Kim Thị Sa Phia").AppraisingAsync();
        await AddAsync(batch, first, returned);
        await GenerateAsync(batch);
        await DossierBuilder.ActAsync(_host, returned, _province.Reviewer, "return", comment: "Bổ sung bản quét báo cáo thành tích.");
        var code = await _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == returned).Select(d => d.Code).SingleAsync());

        var error = await Assert.ThrowsAsync<DomainException>(() => ForwardAsync(batch));

        Assert.Equal("batch-dossier-not-forwardable", error.Code);
        Assert.Contains(code, error.Message);
        Assert.Equal("appraising", await StateAsync(first));
        Assert.Equal(BatchStatus.Open, (await BatchAsync(batch)).Status);
        Assert.Equal(0, await _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == first).SelectMany(d => d.Journal).CountAsync(j => j.Action == "forward")));
    }

    [Fact]
    public async Task Amendments_are_journalled_need_a_reason_to_withdraw_and_a_new_Tờ_trình_with_the_same_number()
    {
        var batch = await CreateBatchAsync();
        var first = await _province.Dossier().WithNominees("Nguyễn Văn An").AppraisingAsync();
        var second = await _province.Dossier().From(_province.Union).WithNominees("Kim Thị Sa Phia").AppraisingAsync();
        await AddAsync(batch, first, second);
        await GenerateAsync(batch);

        var noReason = await Assert.ThrowsAsync<DomainException>(() => _host.RunAsync<WithdrawFromBatch>(w => w.HandleAsync(_province.Reviewer, batch,
            new WithdrawFromBatchInput(BatchAsync(batch).Result.Revision, second, " "))));
        Assert.Equal("batch-withdraw-reason", noReason.Code);
        await _host.RunAsync<WithdrawFromBatch>(w => w.HandleAsync(_province.Reviewer, batch,
            new WithdrawFromBatchInput(BatchAsync(batch).Result.Revision, second, "Đơn vị xin rút để bổ sung thành tích.")));

        Assert.False((await BatchAsync(batch)).SubmissionCurrent);
        Assert.Equal("batch-submission-missing", (await Assert.ThrowsAsync<DomainException>(() => ForwardAsync(batch))).Code);
        await GenerateAsync(batch);
        var regenerated = await BatchAsync(batch);
        Assert.Equal(1, regenerated.SubmissionNumber);
        await ForwardAsync(batch);

        Assert.Equal("council", await StateAsync(first));
        Assert.Equal("appraising", await StateAsync(second));
        var changes = (await BatchAsync(batch)).Changes;
        Assert.Equal([BatchChangeKind.Added, BatchChangeKind.Added, BatchChangeKind.Withdrawn, BatchChangeKind.Forwarded], changes.Select(c => c.Kind));
        var withdrawn = changes.Single(c => c.Kind == BatchChangeKind.Withdrawn);
        Assert.Equal("Đơn vị xin rút để bổ sung thành tích.", withdrawn.Reason);
        Assert.Equal("Người dùng thử", withdrawn.By);
        Assert.Equal(_host.Clock.Now, withdrawn.At);
    }

    [Fact]
    public async Task A_dossier_added_to_a_forwarded_batch_goes_to_the_council_at_once()
    {
        var batch = await CreateBatchAsync();
        await AddAsync(batch, await _province.Dossier().AppraisingAsync());
        await GenerateAsync(batch);
        await ForwardAsync(batch);
        var late = await _province.Dossier().From(_province.Union).WithNominees("Kim Thị Sa Phia").AppraisingAsync();

        await AddAsync(batch, late);

        Assert.Equal("council", await StateAsync(late));
        Assert.False((await BatchAsync(batch)).SubmissionCurrent);
    }

    [Fact]
    public async Task The_secretary_schedules_a_session_for_forwarded_batches_whose_dossiers_make_the_agenda_and_then_amendments_are_refused()
    {
        var batch = await CreateBatchAsync();
        var open = await CreateBatchAsync();
        var first = await _province.Dossier().WithNominees("Nguyễn Văn An", "Trần Thị Bình").AppraisingAsync();
        var second = await _province.Dossier().From(_province.Union).WithNominees("Kim Thị Sa Phia").AppraisingAsync();
        await AddAsync(batch, first, second);
        await AddAsync(open, await _province.Dossier().AppraisingAsync());
        await GenerateAsync(batch);
        await ForwardAsync(batch);

        Assert.Equal("batch-not-forwarded", (await Assert.ThrowsAsync<DomainException>(() => ScheduleAsync(batch, open))).Code);
        await Assert.ThrowsAsync<ForbiddenException>(() => _host.RunAsync<ScheduleBatchSession, Guid>(s => s.HandleAsync(_province.Reviewer,
            new BatchSessionInput("01/12/2025", "08:00", 60, "Phòng họp", _province.Members[0], _province.Members[1], _province.Members, [batch]))));
        var session = await ScheduleAsync(batch);

        var agenda = await _host.ReadAsync(async db => (await db.CouncilSessions.SingleAsync(s => s.Id == session)).Items.Select(i => i.DossierId).ToHashSet());
        Assert.Equal(new HashSet<Guid> { first, second }, agenda);
        var scheduled = await BatchAsync(batch);
        Assert.Equal(BatchStatus.Scheduled, scheduled.Status);
        Assert.Equal(session, scheduled.SessionId);
        var late = await _province.Dossier().AppraisingAsync();
        Assert.Equal("batch-scheduled", (await Assert.ThrowsAsync<DomainException>(() => AddAsync(batch, late))).Code);
        Assert.Equal("batch-scheduled", (await Assert.ThrowsAsync<DomainException>(() => _host.RunAsync<WithdrawFromBatch>(w =>
            w.HandleAsync(_province.Reviewer, batch, new WithdrawFromBatchInput(scheduled.Revision, first, "Lý do"))))).Code);
        Assert.Equal("batch-not-forwarded", (await Assert.ThrowsAsync<DomainException>(() => ScheduleAsync(batch))).Code);

        // A cancelled session gives the batch back: it waits for another session and may be amended again.
        var revision = await _host.ReadAsync(db => db.CouncilSessions.Where(s => s.Id == session).Select(s => s.Revision).SingleAsync());
        await _host.RunAsync<ChangeSession>(c => c.CancelAsync(_province.Secretary, session, revision));
        Assert.Equal(BatchStatus.Forwarded, (await BatchAsync(batch)).Status);
        await ScheduleAsync(batch);
    }

    [Fact]
    public async Task The_consolidated_list_groups_nominees_by_unit_with_the_appraisal_note_and_the_duplicate_warning()
    {
        var person = new NomineeDetails(NomineeKind.Individual, "Lê Văn Cường", "Giáo viên", null, NomineeGender.Male, new DateOnly(1980, 3, 4), "079080001234");
        var batch = await CreateBatchAsync();
        var school = await _province.Dossier().WithPeople(person, new NomineeDetails(NomineeKind.Collective, "Trường THPT Chuyên")).AppraisingAsync();
        var union = await _province.Dossier().From(_province.Union).WithNominees("Kim Thị Sa Phia").AppraisingAsync();
        // The same person proposed by another unit in the same movement and year: the dossier page warns, so does the list.
        await _province.Dossier().From(_province.Union).WithPeople(person).DraftAsync();
        await _host.RunAsync<AddToBatch, int>(a => a.HandleAsync(_province.Reviewer, batch,
            new AddToBatchInput(1, [school, union], true, "Đủ tiêu chuẩn; đề nghị Hội đồng xem xét.")));

        var page = await _host.RunAsync<GetBatches, Page<BatchUnit>>(g => g.ConsolidatedAsync(_province.Secretary, batch, 1));

        Assert.Equal(["Liên đoàn Lao động tỉnh", "Sở Giáo dục và Đào tạo"], page.Items.Select(u => u.UnitName));
        var schoolUnit = page.Items[1];
        Assert.Equal((1, 1), (schoolUnit.Collectives, schoolUnit.Individuals));
        Assert.Equal("Trường THPT Chuyên", schoolUnit.Nominees[0].Nominee.Name);
        Assert.All(schoolUnit.Nominees, n => Assert.Equal("Đủ tiêu chuẩn; đề nghị Hội đồng xem xét.", n.AppraisalNote));
        var warned = schoolUnit.Nominees.Single(n => n.Nominee.Name == "Lê Văn Cường");
        Assert.Equal("Liên đoàn Lao động tỉnh", Assert.Single(warned.Warnings).Other.ProposerName);
        Assert.Empty(page.Items[0].Nominees.Single().Warnings);
        var totals = await _host.RunAsync<GetBatches, IReadOnlyList<BatchTotal>>(g => g.TotalsAsync(batch, default));
        Assert.Equal((1, 2), (totals.Single().Collectives, totals.Single().Individuals));
        await Assert.ThrowsAsync<ForbiddenException>(() => _host.RunAsync<GetBatches, Page<BatchUnit>>(g =>
            g.ConsolidatedAsync(_province.Clerk(_province.School), batch, 1)));
    }

    private static string Text(byte[] docx)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
