using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Dossiers;

/// <summary>One proposal of a person (or collective) that DossierFlow knows, in any dossier.</summary>
/// <param name="Open">The dossier is still being handled (its state is not final).</param>
/// <param name="Awarded">The province's decision (or the central one, for a national award) awarded this nominee.</param>
/// <param name="Decision">For an imported past award: its decision ("Quyết định số … ngày …").</param>
/// <param name="Imported">An award imported from the unit's records (<see cref="Domain.Awards.PastAward"/>): no dossier here
/// (<paramref name="DossierId"/> is empty) and <paramref name="NomineeId"/> is the past award's id.</param>
public sealed record PersonRecord(Guid DossierId, Guid NomineeId, string Name, string ProposerName, Guid AwardTypeId, string AwardName,
    Guid MovementId, string MovementTitle, int Year, string StateTitle, bool Open, bool Awarded, string? Decision = null, bool Imported = false);

/// <summary>A nominee of the dossier who also appears elsewhere: proposed in another open dossier of the same movement and year, or already awarded.</summary>
public sealed record DuplicateWarning(Guid NomineeId, string NomineeName, PersonRecord Other)
{
    public bool AlreadyAwarded => Other.Awarded;
}

/// <summary>
/// Finds the records of the same people across dossiers: the same CCCD, else the same folded name and birth date
/// (<see cref="Nominee.IsSamePerson"/>). The lookup goes through the indexed IdentityNumber and (FoldedName,
/// BirthDate) columns with the dossier's own values, never through all nominees; only the few candidates it
/// returns are compared in memory.
/// </summary>
internal static class NomineeHistory
{
    public static async Task<List<(Nominee Person, PersonRecord Record)>> FindAsync(IAppDb db, WorkflowCatalog workflows,
        IReadOnlyCollection<Nominee> people, CancellationToken ct)
    {
        var identities = people.Where(n => n.IdentityNumber != null).Select(n => n.IdentityNumber!).Distinct().ToList();
        var names = people.Where(n => n.BirthDate != null).Select(n => n.FoldedName).Distinct().ToList();
        var themselves = people.Select(n => n.Id).ToList();
        var candidates = await db.Dossiers.AsNoTracking()
            .SelectMany(d => d.Nominees
                .Where(n => themselves.Contains(n.Id) || (n.IdentityNumber != null && identities.Contains(n.IdentityNumber))
                    || (n.BirthDate != null && names.Contains(n.FoldedName))),
                (d, n) => new
                {
                    Nominee = n, DossierId = d.Id, d.MovementId, d.PhaseId, d.AwardTypeId, d.ProposingOrganisationId, d.WorkflowId,
                    d.WorkflowVersion, d.State,
                })
            .Take(500)
            .ToListAsync(ct);
        var found = new List<(Nominee, PersonRecord)>();
        await AddPastAwardsAsync(db, people, identities, found, ct);
        if (candidates.Count == 0) return found;

        var phaseIds = candidates.Select(c => c.PhaseId).Distinct().ToList();
        var movementIds = candidates.Select(c => c.MovementId).Distinct().ToList();
        var awardIds = candidates.Select(c => c.AwardTypeId).Distinct().ToList();
        var unitIds = candidates.Select(c => c.ProposingOrganisationId).Distinct().ToList();
        var years = await db.Movements.AsNoTracking().SelectMany(m => m.Phases).Where(p => phaseIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Year, ct);
        var movements = await db.Movements.AsNoTracking().Where(m => movementIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Title, ct);
        var awards = await db.AwardTypes.AsNoTracking().Where(a => awardIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => new { a.Name, a.Level }, ct);
        var units = await db.Organisations.AsNoTracking().Where(o => unitIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);

        foreach (var c in candidates)
        {
            var person = people.FirstOrDefault(p => p.Id == c.Nominee.Id || p.IsSamePerson(c.Nominee.Details));
            if (person is null) continue;
            var state = workflows.Find(c.WorkflowId, c.WorkflowVersion)?.States.GetValueOrDefault(c.State);
            var award = awards[c.AwardTypeId];
            var awarded = award.Level == Domain.Awards.AwardLevel.National ? c.Nominee.CentralAwarded == true : c.Nominee.ChairmanApproved == true;
            found.Add((person, new PersonRecord(c.DossierId, c.Nominee.Id, c.Nominee.Name, units[c.ProposingOrganisationId], c.AwardTypeId, award.Name,
                c.MovementId, movements[c.MovementId], years[c.PhaseId], state?.Title ?? c.State, state is not { Final: true }, awarded)));
        }
        return found;
    }

    /// <summary>
    /// The imported past awards of the same people, through the indexed IdentityNumber and FoldedName columns; compared
    /// in memory like the nominees (<see cref="Nominee.IsSamePerson"/>).
    /// </summary>
    private static async Task AddPastAwardsAsync(IAppDb db, IReadOnlyCollection<Nominee> people, List<string> identities,
        List<(Nominee, PersonRecord)> found, CancellationToken ct)
    {
        var folded = people.Select(n => n.FoldedName).Distinct().ToList();
        var past = await db.PastAwards.AsNoTracking()
            .Where(p => (p.IdentityNumber != null && identities.Contains(p.IdentityNumber)) || folded.Contains(p.FoldedName))
            .OrderByDescending(p => p.Year).Take(200).ToListAsync(ct);
        foreach (var award in past)
            if (people.FirstOrDefault(p => p.IsSamePerson(award.Details)) is { } person)
                found.Add((person, ToRecord(award)));
    }

    public static PersonRecord ToRecord(Domain.Awards.PastAward award) =>
        new(Guid.Empty, award.Id, award.Name, award.Workplace ?? "", award.AwardTypeId ?? Guid.Empty, award.AwardName, Guid.Empty, "", award.Year,
            "Đã khen thưởng", Open: false, Awarded: true, PastDecision(award.DecisionNumber, award.DecisionDate), Imported: true);

    public static string PastDecision(string number, DateOnly date) => $"Quyết định số {number} ngày {VietnameseFormat.Date(date)}";

    /// <summary>
    /// The warnings for a dossier's nominees: the same person proposed in another open dossier of the same movement
    /// and year, or awarded the same award for the same year by a decision recorded here (the award's window: a
    /// year's achievements are awarded once).
    /// </summary>
    public static async Task<IReadOnlyList<DuplicateWarning>> WarningsAsync(IAppDb db, WorkflowCatalog workflows, Dossier dossier, int year,
        CancellationToken ct)
    {
        var found = await FindAsync(db, workflows, dossier.Nominees, ct);
        return found
            .Where(f => f.Record.DossierId != dossier.Id && f.Record.Year == year
                && ((f.Record.Open && f.Record.MovementId == dossier.MovementId) || (f.Record.Awarded && f.Record.AwardTypeId == dossier.AwardTypeId)))
            .OrderBy(f => f.Person.Order)
            .Select(f => new DuplicateWarning(f.Person.Id, f.Person.Name, f.Record))
            .ToList();
    }
}

public sealed record PersonView(Nominee Nominee, Guid DossierId, IReadOnlyList<PersonRecord> Records);

/// <summary>A person's page: every proposal and award DossierFlow knows for the nominee, starting from one dossier the actor may see.</summary>
public sealed class GetPerson(IAppDb db, WorkflowCatalog workflows) : IUseCase
{
    public async Task<PersonView> HandleAsync(Actor actor, Guid nomineeId, CancellationToken ct = default)
    {
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Nominees).FirstOrDefaultAsync(d => d.Nominees.Any(n => n.Id == nomineeId), ct)
            ?? throw new NotFoundException("Không tìm thấy đối tượng đề nghị khen thưởng.");
        await Council.SessionAccess.RequireDossierVisibleAsync(db, actor, dossier.Id, dossier.ProposingOrganisationId, ct);
        var nominee = dossier.Nominees.First(n => n.Id == nomineeId);
        var records = (await NomineeHistory.FindAsync(db, workflows, [nominee], ct)).Select(f => f.Record).ToList();
        return new PersonView(nominee, dossier.Id, records.OrderByDescending(r => r.Year).ThenBy(r => r.ProposerName).ToList());
    }
}
