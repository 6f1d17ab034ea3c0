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
    public static async Task<DossierContext> LoadAsync(IAppDb db, Guid dossierId, CancellationToken ct)
    {
        var dossier = await db.Dossiers.Include(d => d.Nominees).Include(d => d.Documents).Include(d => d.Journal)
            .FirstOrDefaultAsync(d => d.Id == dossierId, ct) ?? throw new NotFoundException("Không tìm thấy hồ sơ.");
        var movement = await db.Movements.AsNoTracking().Include(m => m.Deadlines).Include(m => m.Phases).FirstAsync(m => m.Id == dossier.MovementId, ct);
        var award = await db.AwardTypes.AsNoTracking().FirstAsync(a => a.Id == dossier.AwardTypeId, ct);
        var proposer = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == dossier.ProposingOrganisationId, ct);
        return new DossierContext(dossier, movement, award, proposer);
    }

    /// <summary>
    /// What the engine's guards see: nominees, the award's required documents (complete only when signed, per nominee
    /// for the forms filled per nominee: <see cref="DossierChecklist"/>, the same rule as the page's checklist),
    /// deadlines and the council's votes.
    /// </summary>
    public GuardFacts Facts(IReadOnlySet<string> perNomineeForms, IReadOnlyDictionary<string, (DeadlineStatus Status, DateOnly? DueOn)>? deadlines = null,
        bool criteriaConfirmed = false) =>
        new(Dossier.Nominees.Count, Award.RequiredDocuments,
            DossierChecklist.CompleteForms(DossierChecklist.For(Dossier, Award.RequiredDocuments, perNomineeForms)),
            deadlines ?? new Dictionary<string, (DeadlineStatus, DateOnly?)>(), criteriaConfirmed, Dossier.CouncilVotesRecorded);

    /// <summary>What a notification mail says about the dossier.</summary>
    public SubjectDescription Description =>
        new("dossier", "Hồ sơ", Proposer, $"đề nghị {Award.Name}", Movement.Title, $"/Dossiers/Details/{Dossier.Id}", Dossier.Code);
}
