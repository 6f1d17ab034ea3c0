using DossierFlow.Application.Common;
using DossierFlow.Domain.Criteria;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Indicators;
using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Criteria;

/// <summary>
/// Evaluates the nominees of a dossier against its movement's criteria and stores each verdict: gathers what the
/// engine needs (the subject, the indicators of the unit a collective stands for, the discipline records that concern
/// the nominee) in a few statements for the whole dossier. Used by the reviewer's evaluation and by the forward
/// step's guard, which judges on data as it is at that moment. The caller saves.
/// </summary>
public sealed class CriteriaEvaluator(IAppDb db, CriteriaCatalog catalog, TimeProvider clock)
{
    /// <summary>The criteria of the dossier's movement, if its plan has a criteria file.</summary>
    public CriteriaSet? CriteriaFor(Movement movement) => catalog.ForPlan(movement.PlanNumber);

    /// <summary>Evaluates every nominee (or only <paramref name="only"/>) and returns the stored evaluations, one per nominee.</summary>
    public async Task<IReadOnlyList<CriteriaEvaluation>> EvaluateAsync(Dossier dossier, Movement movement, string awardCode, string evaluatedBy,
        CancellationToken ct, Guid? only = null)
    {
        var set = CriteriaFor(movement);
        var year = movement.Phases.First(p => p.Id == dossier.PhaseId).Year;
        var evaluations = await db.CriteriaEvaluations.Where(e => e.DossierId == dossier.Id).ToListAsync(ct);
        var nominees = dossier.Nominees.Where(n => only is null || n.Id == only).ToList();
        var missingSubjects = nominees.Where(n => evaluations.All(e => e.NomineeId != n.Id)).ToList();
        var defaults = await DefaultSubjectsAsync(dossier, missingSubjects, ct);
        foreach (var nominee in missingSubjects)
        {
            var evaluation = CriteriaEvaluation.Start(dossier.Id, nominee.Id);
            var (type, organisation) = defaults[nominee.Id];
            evaluation.SetSubject(type, organisation, null, false);
            db.CriteriaEvaluations.Add(evaluation);
            evaluations.Add(evaluation);
        }
        var judged = evaluations.Where(e => nominees.Any(n => n.Id == e.NomineeId)).ToList();
        var indicators = await IndicatorsAsync(movement.Id, judged.Select(e => e.SubjectOrganisationId).OfType<Guid>().Distinct().ToList(), ct);
        var discipline = set is null ? [] : await DisciplineAsync(nominees, judged, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var evaluation in judged)
        {
            var nominee = nominees.First(n => n.Id == evaluation.NomineeId);
            if (set is null)
            {
                evaluation.Record(CriteriaVerdict.NoRules, [$"Phong trào (kế hoạch {movement.PlanNumber}) chưa có tệp tiêu chí: người thẩm định đối chiếu tiêu chuẩn."],
                    [], "", now, evaluatedBy);
                continue;
            }
            var byYear = evaluation.SubjectOrganisationId is { } unit && indicators.TryGetValue(unit, out var found)
                ? found : new Dictionary<int, IReadOnlyDictionary<string, decimal>>();
            var facts = new NomineeFacts(evaluation.SubjectType, evaluation.Category, evaluation.CommuneArea, evaluation.EthnicMinorityArea,
                awardCode, year, byYear, discipline.Where(d => Concerns(d, nominee, evaluation)).ToList(), evaluation.SubjectOrganisationId is not null);
            var result = CriteriaEngine.Evaluate(set, facts);
            evaluation.Record(result.Verdict, result.Reasons, result.Missing, set.Label, now, evaluatedBy);
        }
        return judged;
    }

    /// <summary>
    /// What a nominee is judged as until the reviewer says otherwise: a person is "cá nhân", a household "hộ gia
    /// đình"; a collective that bears the name of an organisation of the system (or is the proposing unit itself)
    /// stands for it and is judged by its kind with its reports' indicators; another collective is judged as a
    /// "sở, ban, ngành" body without indicators.
    /// </summary>
    private async Task<Dictionary<Guid, (string Type, Guid? Organisation)>> DefaultSubjectsAsync(Dossier dossier, List<Nominee> nominees, CancellationToken ct)
    {
        var names = nominees.Where(n => n.Kind == NomineeKind.Collective).Select(n => n.Name).Distinct().ToList();
        var organisations = names.Count == 0 ? []
            : await db.Organisations.AsNoTracking().Where(o => names.Contains(o.Name) || o.Id == dossier.ProposingOrganisationId)
                .Select(o => new { o.Id, o.Name, o.Kind }).ToListAsync(ct);
        return nominees.ToDictionary(n => n.Id, n =>
        {
            if (n.Kind == NomineeKind.Individual) return (SubjectTypes.Individual, (Guid?)null);
            if (n.Kind == NomineeKind.Household) return (SubjectTypes.Household, null);
            var match = organisations.FirstOrDefault(o => string.Equals(o.Name, n.Name, StringComparison.OrdinalIgnoreCase));
            return match is null ? (SubjectTypes.Department, null) : (TypeOf(match.Kind), match.Id);
        });
    }

    public static string TypeOf(OrganisationKind kind) => kind switch
    {
        OrganisationKind.ProvincialPeopleCommittee => SubjectTypes.Province,
        OrganisationKind.DistrictPeopleCommittee => SubjectTypes.District,
        OrganisationKind.CommunePeopleCommittee => SubjectTypes.Commune,
        OrganisationKind.Enterprise => SubjectTypes.Enterprise,
        _ => SubjectTypes.Department,
    };

    /// <summary>The latest version of the indicators of each year's report, per unit, for one movement.</summary>
    private async Task<Dictionary<Guid, IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>>> IndicatorsAsync(Guid movementId,
        List<Guid> units, CancellationToken ct)
    {
        if (units.Count == 0) return [];
        var reports = await db.MovementReports.AsNoTracking().Where(r => r.MovementId == movementId && units.Contains(r.OrganisationId))
            .Select(r => new { r.Id, r.OrganisationId, r.Year }).ToListAsync(ct);
        var ids = reports.Select(r => r.Id).ToList();
        // A report has a handful of versions; the latest of each is kept here rather than in a correlated subquery.
        var sets = await db.ReportIndicators.AsNoTracking().Include(s => s.Values).Where(s => ids.Contains(s.ReportId)).ToListAsync(ct);
        var latest = sets.GroupBy(s => s.ReportId).ToDictionary(g => g.Key, g => g.MaxBy(s => s.Version)!);
        return reports.GroupBy(r => r.OrganisationId).ToDictionary(g => g.Key,
            g => (IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>)g
                .Where(r => latest.ContainsKey(r.Id))
                .ToDictionary(r => r.Year, r => latest[r.Id].AsDictionary()));
    }

    private async Task<List<DisciplineRecord>> DisciplineAsync(List<Nominee> nominees, List<CriteriaEvaluation> evaluations, CancellationToken ct)
    {
        var units = evaluations.Select(e => e.SubjectOrganisationId).OfType<Guid>().ToList();
        var cccds = nominees.Select(n => n.IdentityNumber).OfType<string>().ToList();
        var staff = nominees.Select(n => n.StaffCode).OfType<string>().ToList();
        var folded = nominees.Where(n => n.Kind == NomineeKind.Individual && n.BirthDate is not null).Select(n => n.FoldedName).ToList();
        if (units.Count + cccds.Count + staff.Count + folded.Count == 0) return [];
        return await db.DisciplineRecords.AsNoTracking()
            .Where(d => (d.PersonName == null && units.Contains(d.OrganisationId))
                || (d.IdentityNumber != null && cccds.Contains(d.IdentityNumber))
                || (d.StaffCode != null && staff.Contains(d.StaffCode))
                || (d.FoldedPersonName != null && folded.Contains(d.FoldedPersonName)))
            .ToListAsync(ct);
    }

    /// <summary>Whether a record is about this nominee: the collective it stands for, or the same person.</summary>
    private static bool Concerns(DisciplineRecord record, Nominee nominee, CriteriaEvaluation evaluation)
    {
        if (record.IsCollective) return nominee.Kind == NomineeKind.Collective && record.OrganisationId == evaluation.SubjectOrganisationId;
        if (nominee.Kind != NomineeKind.Individual) return false;
        if (record.IdentityNumber is not null && nominee.IdentityNumber is not null) return record.IdentityNumber == nominee.IdentityNumber;
        if (record.StaffCode is not null && nominee.StaffCode is not null) return record.StaffCode == nominee.StaffCode;
        return record.FoldedPersonName == nominee.FoldedName && record.BirthDate is not null && record.BirthDate == nominee.BirthDate;
    }
}
