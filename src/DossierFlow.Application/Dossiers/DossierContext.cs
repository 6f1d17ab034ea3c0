using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Organisations;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Dossiers;

/// <summary>
/// A dossier with what every action on it needs, loaded once per action: its movement (deadlines, phases), its
/// award and its proposing unit. The dossier is tracked, to be changed; the others are read only.
/// </summary>
internal sealed record DossierContext(Dossier Dossier, Movement Movement, AwardType Award, Organisation Proposer)
{
    /// <summary>
    /// Three statements, since each one is a round trip inside the action's transaction (which on SQLite holds the
    /// write lock): the dossier with its nominees and, when the request repeats one already taken, the journal
    /// entry of <paramref name="operationId"/> (the rest of the journal is not needed to act, and at most one row
    /// joins each nominee); its documents; and the movement with its deadlines and phases, the award and the unit.
    /// </summary>
    public static async Task<DossierContext> LoadAsync(IAppDb db, Guid dossierId, Guid operationId, CancellationToken ct)
    {
        var dossier = await db.Dossiers.AsSingleQuery().Include(d => d.Nominees).Include(d => d.Journal.Where(e => e.OperationId == operationId))
            .FirstOrDefaultAsync(d => d.Id == dossierId, ct) ?? throw new NotFoundException("Không tìm thấy hồ sơ.");
        // Tracked, so each document joins the dossier's list; as many as the nominees, so not in the same join.
        await db.Dossiers.Where(d => d.Id == dossierId).SelectMany(d => d.Documents).LoadAsync(ct);
        var (movementId, awardId, proposerId) = (dossier.MovementId, dossier.AwardTypeId, dossier.ProposingOrganisationId);
        // Uncorrelated, so a cross join of single rows (a correlated First() would need APPLY, which SQLite lacks).
        var related = await (
                from m in db.Movements.AsNoTracking().AsSingleQuery().Include(m => m.Deadlines).Include(m => m.Phases)
                where m.Id == movementId
                from a in db.AwardTypes.Where(a => a.Id == awardId)
                from o in db.Organisations.Where(o => o.Id == proposerId)
                select new { Movement = m, Award = a, Proposer = o })
            .FirstAsync(ct);
        return new DossierContext(dossier, related.Movement, related.Award, related.Proposer);
    }

    /// <summary>
    /// What the engine's guards see: nominees, the award's required documents (complete only when signed, per nominee
    /// for the forms filled per nominee: <see cref="DossierChecklist"/>, the same rule as the page's checklist),
    /// deadlines and the council's votes.
    /// </summary>
    public GuardFacts Facts(IReadOnlySet<string> perNomineeForms, IReadOnlyDictionary<string, (DeadlineStatus Status, DateOnly? DueOn)>? deadlines = null,
        bool criteriaConfirmed = false, string? criteriaBlocked = null) =>
        new(Dossier.Nominees.Count, Award.RequiredDocuments,
            DossierChecklist.CompleteForms(DossierChecklist.For(Dossier, Award.RequiredDocuments, perNomineeForms)),
            deadlines ?? new Dictionary<string, (DeadlineStatus, DateOnly?)>(), criteriaConfirmed, Dossier.CouncilVotesRecorded, criteriaBlocked);

    /// <summary>What a notification mail says about the dossier.</summary>
    public SubjectDescription Description =>
        new("dossier", "Hồ sơ", Proposer, $"đề nghị {Award.Name}", Movement.Title, $"/Dossiers/Details/{Dossier.Id}", Dossier.Code);
}
