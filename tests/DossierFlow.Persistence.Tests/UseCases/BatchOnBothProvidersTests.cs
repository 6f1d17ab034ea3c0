using DossierFlow.Application.Batches;
using DossierFlow.Application.Common;
using DossierFlow.Domain.Batches;
using DossierFlow.Domain.Common;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using DossierFlow.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>
/// A batch's path on PostgreSQL as on SQLite: the candidates' step filter, the consolidated list's joins, the database's
/// refusal of a dossier in two batches, forwarding and a session from the batch.
/// </summary>
public class BatchOnBothProvidersTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_batch_goes_from_its_candidates_to_a_session_and_the_database_keeps_a_dossier_in_one_batch(DatabaseProvider provider)
    {
        await using var host = await UseCaseHost.CreateAsync(provider);
        var province = await Province.CreateAsync(host);
        var award = await host.ReadAsync(db => db.AwardTypes.Where(a => a.Code == Province.ProvincialAward).Select(a => a.Id).SingleAsync());
        Task<Guid> CreateAsync(string title) => host.RunAsync<CreateBatch, Guid>(c =>
            c.HandleAsync(province.Reviewer, new CreateBatchInput(province.MovementId, title, [award])));
        Task<int> RevisionAsync(Guid batch) => host.ReadAsync(db => db.SubmissionBatches.Where(b => b.Id == batch).Select(b => b.Revision).SingleAsync());
        var batch = await CreateAsync("Đợt 1");
        var school = await province.Dossier().WithNominees("Nguyễn Văn An", "Trần Thị Bình").AppraisingAsync();
        var union = await province.Dossier().From(province.Union).WithNominees("Kim Thị Sa Phia").AppraisingAsync();
        await province.Dossier().DraftAsync();

        var candidates = await host.RunAsync<GetBatches, Page<BatchCandidate>>(g => g.CandidatesAsync(province.Reviewer, batch, 1));
        Assert.Equal(new HashSet<Guid> { school, union }, candidates.Items.Select(c => c.DossierId).ToHashSet());
        await host.RunAsync<AddToBatch, int>(a => a.HandleAsync(province.Reviewer, batch, new AddToBatchInput(1, [school, union], true, null)));
        Assert.Empty((await host.RunAsync<GetBatches, Page<BatchCandidate>>(g => g.CandidatesAsync(province.Reviewer, batch, 1))).Items);

        // Past the use case's own check (another batch is read before the entry is written), the unique index refuses.
        var other = await CreateAsync("Đợt 2");
        await using (var db = host.Database.NewContext())
        {
            var second = await db.SubmissionBatches.SingleAsync(b => b.Id == other);
            second.Add(second.Revision, school, "HS", award, null, DateTime.UtcNow, "test");
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await host.RunAsync<GenerateBatchSubmission>(g => g.HandleAsync(province.Reviewer, batch, new BatchSubmissionInput(RevisionAsync(batch).Result, "Trần Văn Sở")));
        Assert.Equal(2, await host.RunAsync<ForwardBatch, int>(f => f.HandleAsync(province.Reviewer, batch, RevisionAsync(batch).Result)));
        var page = await host.RunAsync<GetBatches, Page<BatchUnit>>(g => g.ConsolidatedAsync(province.Secretary, batch, 1));
        Assert.Equal(3, page.Items.Sum(u => u.Nominees.Count));
        var day = host.Clock.Now.AddHours(7).AddDays(10).ToString("dd/MM/yyyy");
        var session = await host.RunAsync<ScheduleBatchSession, Guid>(s => s.HandleAsync(province.Secretary,
            new BatchSessionInput(day, "08:00", 240, "Phòng họp số 1", province.Members[0], province.Members[1], province.Members, [batch])));

        Assert.Equal(2, await host.ReadAsync(async db => (await db.CouncilSessions.SingleAsync(s => s.Id == session)).Items.Count));
        Assert.Equal(BatchStatus.Scheduled, await host.ReadAsync(db => db.SubmissionBatches.Where(b => b.Id == batch).Select(b => b.Status).SingleAsync()));
        Assert.Equal(["council"], await host.ReadAsync(db => db.Dossiers.Where(d => d.Id == school || d.Id == union).Select(d => d.State).Distinct().ToListAsync()));
    }
}
