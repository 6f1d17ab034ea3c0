using DossierFlow.Application.Council;
using DossierFlow.Application.Council.Votes;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases.Builders;

/// <summary>
/// A dossier of the test's province, drafted with the nominees and signed documents the test names, then taken
/// along its workflow by the real use cases as far as the test needs (submitted, at the council, at the Chairman).
/// </summary>
public sealed class DossierBuilder(Province province, string award)
{
    private readonly List<NomineeDetails> _nominees = [];
    private Guid _unit = province.School;
    private bool _documents = true;

    public DossierBuilder From(Guid unit) { _unit = unit; return this; }

    public DossierBuilder WithNominees(params string[] names)
    {
        _nominees.AddRange(names.Select(n => new NomineeDetails(NomineeKind.Individual, n, "Chuyên viên")));
        return this;
    }

    /// <summary>Nominees with what identifies a person (CCCD, birth date), for the rules that recognise the same person.</summary>
    public DossierBuilder WithPeople(params NomineeDetails[] people)
    {
        _nominees.AddRange(people);
        return this;
    }

    public DossierBuilder WithoutDocuments() { _documents = false; return this; }

    public async Task<Guid> DraftAsync()
    {
        var host = province.Host;
        await using var db = host.Database.NewContext();
        var now = host.Clock.Now;
        var movement = await db.Movements.Include(m => m.Phases).Include(m => m.Participants).Include(m => m.Awards)
            .SingleAsync(m => m.Id == province.MovementId);
        var awardType = await db.AwardTypes.SingleAsync(a => a.Code == award);
        var unit = await db.Organisations.SingleAsync(o => o.Id == _unit);
        var dossier = Dossier.Create(movement, province.PhaseId, unit, awardType, host.Workflows.Latest(awardType.WorkflowId),
            CommendationType.Movement, now, "test",
            Dossier.FormatCode(now.Year, await new DocumentNumbers(db).NextAsync(DossierCodes.CounterIssuer, Dossier.CodePrefix, now.Year, default)));
        foreach (var nominee in _nominees.DefaultIfEmpty(new NomineeDetails(NomineeKind.Individual, "Nguyễn Văn An", "Chuyên viên")))
            dossier.AddNominee(dossier.Revision, nominee with { Workplace = nominee.Workplace ?? unit.Name }, DateOnly.FromDateTime(now), now);
        if (_documents)
            // Signed scans, the achievement report once per nominee, as a complete dossier holds them.
            foreach (var kind in awardType.RequiredDocuments.SelectMany(k => k == "bao-cao-thanh-tich-mau-07"
                ? dossier.Nominees.Select(n => DossierChecklist.KindFor(k, n)) : [k]))
            {
                var content = DocumentContent.From(System.Text.Encoding.UTF8.GetBytes($"%PDF-1.4 {kind} {Guid.NewGuid()}"));
                db.DocumentContents.Add(content);
                dossier.AttachDocument(dossier.Revision, kind, $"{kind.Replace('#', '-')}.pdf", "application/pdf", content, now, "test");
            }
        db.Dossiers.Add(dossier);
        await db.SaveChangesAsync();
        return dossier.Id;
    }

    /// <summary>Submitted by the unit's leader and received by Sở Nội vụ: at the appraisal, where a batch takes it.</summary>
    public async Task<Guid> AppraisingAsync()
    {
        var id = await DraftAsync();
        await ActAsync(province.Host, id, province.Leader(_unit), "submit");
        await ActAsync(province.Host, id, province.Desk, "receive");
        return id;
    }

    /// <summary>Submitted by the unit's leader, received by Sở Nội vụ and forwarded to the council.</summary>
    public async Task<Guid> AtCouncilAsync()
    {
        var id = await DraftAsync();
        await ActAsync(province.Host, id, province.Leader(_unit), "submit");
        await ActAsync(province.Host, id, province.Desk, "receive");
        await ActAsync(province.Host, id, province.Reviewer, "forward", criteria: true);
        return id;
    }

    /// <summary>Voted through by a full council (every nominee passes), so it waits for the Chairman.</summary>
    public async Task<Guid> AtChairmanAsync()
    {
        var id = await AtCouncilAsync();
        var session = await province.ScheduleAsync(id);
        await province.AttendAsync(session);
        await VoteAsync(province, session, id, Enumerable.Repeat((9, 0), Math.Max(1, _nominees.Count)).ToArray());
        return id;
    }

    /// <summary>
    /// The secretary's draft of a dossier's nominees, one (for, against) per nominee in the nominees' order; with
    /// <paramref name="confirm"/> the session's results are then confirmed (every nominee of its agenda must have a draft).
    /// </summary>
    public static async Task<VoteSummary?> VoteAsync(Province province, Guid session, Guid dossier, (int For, int Against)[] counts, bool confirm = true)
    {
        var nominees = await NomineesAsync(province.Host, dossier);
        await province.DraftAsync(session, nominees.Zip(counts).Select(x => new NomineeCounts(x.First, x.Second.For, x.Second.Against, 0)).ToArray());
        return confirm ? await province.ConfirmAsync(session) : null;
    }

    public static Task<List<Guid>> NomineesAsync(UseCaseHost host, Guid dossier) =>
        host.ReadAsync(db => db.Dossiers.Where(d => d.Id == dossier).SelectMany(d => d.Nominees).OrderBy(n => n.Order).Select(n => n.Id).ToListAsync());

    public static async Task<WorkflowActionResult> ActAsync(UseCaseHost host, Guid dossier, Domain.Access.Actor actor, string action,
        string? comment = null, bool criteria = false, Guid? operationId = null, int? revision = null)
    {
        revision ??= await RevisionAsync(host, dossier);
        return await host.RunAsync<TakeDossierAction, WorkflowActionResult>(t =>
            t.HandleAsync(actor, dossier, new WorkflowActionInput(action, revision.Value, operationId ?? Guid.NewGuid(), comment, criteria)));
    }

    public static Task<int> RevisionAsync(UseCaseHost host, Guid dossier) =>
        host.ReadAsync(db => db.Dossiers.Where(d => d.Id == dossier).Select(d => d.Revision).SingleAsync());
}
