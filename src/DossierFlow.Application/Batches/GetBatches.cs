using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Forms;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Batches;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Batches;

public sealed record BatchRow(Guid Id, string Title, string MovementTitle, BatchStatus Status, int Dossiers, int? SubmissionNumber,
    DateOnly? SubmissionIssuedOn, DateTime CreatedAt, Guid? SessionId);

/// <summary>Nominees of the batch per award type and kind, counted in the database.</summary>
public sealed record BatchTotal(string AwardName, int Collectives, int Individuals, int Households)
{
    public int All => Collectives + Individuals + Households;
}

public sealed record BatchView(SubmissionBatch Batch, string MovementTitle, IReadOnlyList<string> AwardNames, IReadOnlyList<BatchTotal> Totals,
    IReadOnlyList<Guid> AwardTypeIds);

/// <summary>A nominee as the consolidated list shows it, with Sở Nội vụ's note and what the dossier page warns about.</summary>
public sealed record BatchNominee(Guid DossierId, string DossierCode, Nominee Nominee, string AwardName, string AppraisalNote,
    IReadOnlyList<DuplicateWarning> Warnings, Criteria.NomineeCriteria? Criteria = null);

/// <summary>One proposing unit's nominees on a page of the consolidated list: collectives first, then individuals and households.</summary>
public sealed record BatchUnit(Guid UnitId, string UnitName, IReadOnlyList<BatchNominee> Nominees)
{
    public int Collectives => Nominees.Count(n => n.Nominee.Kind == NomineeKind.Collective);
    public int Individuals => Nominees.Count(n => n.Nominee.Kind != NomineeKind.Collective);
}

/// <summary>A dossier that may join the batch.</summary>
public sealed record BatchCandidate(Guid DossierId, string Code, string UnitName, string AwardName, int Nominees);

/// <summary>Batches as Sở Nội vụ, the council and the province's leaders read them; lists page in the database.</summary>
public sealed class GetBatches(IAppDb db, WorkflowCatalog workflows)
{
    public const int PageSize = 25;
    /// <summary>Dossiers per page of the consolidated list (their nominees all on that page, grouped by unit).</summary>
    public const int DossiersPerPage = 20;
    public const int CandidatesPerPage = 50;

    public async Task<Page<BatchRow>> ListAsync(Actor actor, int page, BatchStatus? status = null, CancellationToken ct = default)
    {
        BatchRules.RequireReader(actor);
        page = Page<BatchRow>.Clamp(page);
        var batches = db.SubmissionBatches.AsNoTracking();
        if (status is { } s) batches = batches.Where(b => b.Status == s);
        var total = await batches.CountAsync(ct);
        var rows = await (from b in batches
                          join m in db.Movements on b.MovementId equals m.Id
                          orderby b.CreatedAt descending, b.Id
                          select new BatchRow(b.Id, b.Title, m.Title, b.Status, b.Entries.Count, b.SubmissionNumber, b.SubmissionIssuedOn, b.CreatedAt, b.SessionId))
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new Page<BatchRow>(rows, page, PageSize, total);
    }

    public async Task<BatchView> GetAsync(Actor actor, Guid batchId, CancellationToken ct = default)
    {
        BatchRules.RequireReader(actor);
        var batch = await db.SubmissionBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == batchId, ct) ?? throw new NotFoundException("Không tìm thấy đợt trình.");
        var movement = await db.Movements.AsNoTracking().Where(m => m.Id == batch.MovementId).Select(m => m.Title).FirstAsync(ct);
        var awardIds = batch.Awards.Select(a => a.AwardTypeId).ToList();
        var awards = await db.AwardTypes.AsNoTracking().Where(a => awardIds.Contains(a.Id)).OrderBy(a => a.Name).Select(a => a.Name).ToListAsync(ct);
        return new BatchView(batch, movement, awards, await TotalsAsync(batchId, ct), awardIds);
    }

    /// <summary>The counts per award and kind, for the page's summary and the Tờ trình.</summary>
    public async Task<IReadOnlyList<BatchTotal>> TotalsAsync(Guid batchId, CancellationToken ct)
    {
        var counts = await (from e in db.SubmissionBatches.Where(b => b.Id == batchId).SelectMany(b => b.Entries)
                            join d in db.Dossiers on e.DossierId equals d.Id
                            join a in db.AwardTypes on d.AwardTypeId equals a.Id
                            from n in d.Nominees
                            group n by new { a.Name, n.Kind } into g
                            select new { g.Key.Name, g.Key.Kind, Count = g.Count() }).ToListAsync(ct);
        return counts.GroupBy(c => c.Name).OrderBy(g => g.Key).Select(g => new BatchTotal(g.Key,
            g.Where(c => c.Kind == NomineeKind.Collective).Sum(c => c.Count), g.Where(c => c.Kind == NomineeKind.Individual).Sum(c => c.Count),
            g.Where(c => c.Kind == NomineeKind.Household).Sum(c => c.Count))).ToList();
    }

    /// <summary>
    /// One page of the consolidated list: <see cref="DossiersPerPage"/> dossiers in unit order, their nominees grouped by
    /// unit, each with the appraisal note and the duplicate and history warnings of the dossier page.
    /// </summary>
    public async Task<Page<BatchUnit>> ConsolidatedAsync(Actor actor, Guid batchId, int page, CancellationToken ct = default)
    {
        BatchRules.RequireReader(actor);
        page = Page<BatchUnit>.Clamp(page);
        var entries = EntriesInOrder(batchId);
        var total = await entries.CountAsync(ct);
        var slice = await entries.Skip((page - 1) * DossiersPerPage).Take(DossiersPerPage).ToListAsync(ct);
        var units = await LinesAsync(slice, withWarnings: true, ct);
        return new Page<BatchUnit>(units, page, DossiersPerPage, total);
    }

    /// <summary>Every nominee of the batch grouped by unit, for the Tờ trình's list (no warnings: the document states the appraisal).</summary>
    internal async Task<IReadOnlyList<BatchUnit>> AllAsync(Guid batchId, CancellationToken ct) =>
        await LinesAsync(await EntriesInOrder(batchId).ToListAsync(ct), withWarnings: false, ct);

    /// <summary>Dossiers that may join the batch: its movement and award types, at the appraisal step, in no batch.</summary>
    public async Task<Page<BatchCandidate>> CandidatesAsync(Actor actor, Guid batchId, int page, CancellationToken ct = default)
    {
        BatchRules.RequireReader(actor);
        page = Page<BatchCandidate>.Clamp(page);
        var batch = await db.SubmissionBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == batchId, ct) ?? throw new NotFoundException("Không tìm thấy đợt trình.");
        var awards = batch.Awards.Select(a => a.AwardTypeId).ToList();
        var dossiers = BatchRules.Batchable(db, workflows).Where(d => d.MovementId == batch.MovementId && awards.Contains(d.AwardTypeId));
        var total = await dossiers.CountAsync(ct);
        var rows = await (from d in dossiers
                          join o in db.Organisations on d.ProposingOrganisationId equals o.Id
                          join a in db.AwardTypes on d.AwardTypeId equals a.Id
                          orderby o.Name, a.Name, d.Code
                          select new BatchCandidate(d.Id, d.Code, o.Name, a.Name, d.Nominees.Count))
            .Skip((page - 1) * CandidatesPerPage).Take(CandidatesPerPage).ToListAsync(ct);
        return new Page<BatchCandidate>(rows, page, CandidatesPerPage, total);
    }

    public async Task<ExportFile> SubmissionAsync(Actor actor, Guid batchId, CancellationToken ct = default)
    {
        BatchRules.RequireReader(actor);
        var batch = await db.SubmissionBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == batchId, ct) ?? throw new NotFoundException("Không tìm thấy đợt trình.");
        var sha = batch.SubmissionSha256 ?? throw new NotFoundException("Đợt trình chưa có Tờ trình.");
        var content = await db.DocumentContents.AsNoTracking().FirstAsync(c => c.Sha256 == sha, ct);
        return new ExportFile(GenerateBatchSubmission.FileName(batch.SubmissionNumber!.Value), IDocumentRenderer.DocxContentType, content.Bytes);
    }

    private sealed record EntryLine(Guid DossierId, string Code, Guid UnitId, string UnitName, string AwardName, string Note, Guid MovementId,
        Guid AwardTypeId, Guid PhaseId);

    private IQueryable<EntryLine> EntriesInOrder(Guid batchId) =>
        from e in db.SubmissionBatches.AsNoTracking().Where(b => b.Id == batchId).SelectMany(b => b.Entries)
        join d in db.Dossiers on e.DossierId equals d.Id
        join o in db.Organisations on d.ProposingOrganisationId equals o.Id
        join a in db.AwardTypes on d.AwardTypeId equals a.Id
        orderby o.Name, o.Id, a.Name, d.Code
        select new EntryLine(d.Id, d.Code, o.Id, o.Name, a.Name, e.AppraisalNote, d.MovementId, d.AwardTypeId, d.PhaseId);

    private async Task<IReadOnlyList<BatchUnit>> LinesAsync(List<EntryLine> entries, bool withWarnings, CancellationToken ct)
    {
        var ids = entries.Select(e => e.DossierId).ToList();
        var nominees = await db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id)).SelectMany(d => d.Nominees, (d, n) => new { d.Id, Nominee = n })
            .ToListAsync(ct);
        var byDossier = nominees.ToLookup(n => n.Id, n => n.Nominee);
        var warnings = withWarnings ? await WarningsAsync(entries, nominees.Select(n => (n.Id, n.Nominee)).ToList(), ct) : [];
        var criteria = withWarnings ? await Criteria.NomineeCriteria.ForAsync(db, nominees.Select(n => n.Nominee.Id).ToList(), ct)
            : new Dictionary<Guid, Criteria.NomineeCriteria>();
        return entries.GroupBy(e => (e.UnitId, e.UnitName)).Select(unit => new BatchUnit(unit.Key.UnitId, unit.Key.UnitName,
                unit.SelectMany(e => byDossier[e.DossierId].Select(n => new BatchNominee(e.DossierId, e.Code, n, e.AwardName, e.Note,
                        warnings.TryGetValue(n.Id, out var w) ? w : [], criteria.GetValueOrDefault(n.Id))))
                    .OrderBy(n => n.Nominee.Kind == NomineeKind.Collective ? 0 : 1).ThenBy(n => n.AwardName).ThenBy(n => n.DossierCode, StringComparer.Ordinal)
                    .ThenBy(n => n.Nominee.Order).ToList()))
            .ToList();
    }

    /// <summary>The warnings of the dossier page (<see cref="NomineeHistory.WarningsAsync"/>), for a page of dossiers at once.</summary>
    private async Task<Dictionary<Guid, IReadOnlyList<DuplicateWarning>>> WarningsAsync(List<EntryLine> entries, List<(Guid DossierId, Nominee Nominee)> nominees,
        CancellationToken ct)
    {
        var phaseIds = entries.Select(e => e.PhaseId).Distinct().ToList();
        var years = await db.Movements.AsNoTracking().SelectMany(m => m.Phases).Where(p => phaseIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Year, ct);
        var found = await NomineeHistory.FindAsync(db, workflows, nominees.Select(n => n.Nominee).ToList(), ct);
        var entryOf = entries.ToDictionary(e => e.DossierId);
        var dossierOf = nominees.ToDictionary(n => n.Nominee.Id, n => n.DossierId);
        return found
            .Select(f => (f.Person, f.Record, Entry: entryOf[dossierOf[f.Person.Id]]))
            .Where(f => f.Record.DossierId != f.Entry.DossierId && f.Record.Year == years[f.Entry.PhaseId]
                && ((f.Record.Open && f.Record.MovementId == f.Entry.MovementId) || (f.Record.Awarded && f.Record.AwardTypeId == f.Entry.AwardTypeId)))
            .GroupBy(f => f.Person.Id)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<DuplicateWarning>)g.Select(f => new DuplicateWarning(f.Person.Id, f.Person.Name, f.Record)).ToList());
    }
}
