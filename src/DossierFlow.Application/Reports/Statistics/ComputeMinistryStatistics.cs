using DossierFlow.Application.Common;
using DossierFlow.Application.Reports.Consolidated;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Council;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Reports.Statistics;

/// <summary>
/// The ministry's yearly statistical tables for one reporting year, for Sở Nội vụ and the auditor. An award counts in
/// the year of its decision: a provincial award by the date of the province's issued decision for its session and
/// award (or, decided dossier by dossier, the day the dossier was awarded), a national award by the central
/// decision's date Sở Nội vụ recorded. Each awarded nominee counts once. The counting is one GROUP BY in SQL over
/// the period's awarded nominees; the configured layout then adds those few rows up per cell.
/// </summary>
public sealed class ComputeMinistryStatistics(IAppDb db, StatisticsLayout layout, TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<Forms.ProvinceOptions> province) : IUseCase
{
    public const int FirstYear = 2000;

    public async Task<MinistryStatistics> HandleAsync(Actor actor, int year, CancellationToken ct = default)
    {
        RequireReader(actor);
        var last = VietnameseFormat.Today(clock).Year;
        if (year < FirstYear || year > last)
            throw new DomainException("statistics-year", $"Năm báo cáo phải từ {FirstYear} đến {last}.");
        var (from, to) = layout.Period(year);
        var awards = layout.Tables.Any(t => t.Source == StatisticsSource.Awards) ? await AwardsAsync(from, to, ct) : [];
        var movements = layout.Tables.Any(t => t.Source == StatisticsSource.Movements) ? await MovementsAsync(year, ct) : [];
        var options = province.Value;
        var unit = await db.Organisations.AsNoTracking().Where(o => o.Code == options.CommitteeCode).Select(o => o.Name).FirstOrDefaultAsync(ct)
            ?? $"Ủy ban nhân dân tỉnh {options.Name}";
        return new MinistryStatistics(year, from, to, unit, layout, layout.Tables.Select(t => StatisticsCells.Fill(t, awards, movements)).ToList());
    }

    /// <summary>Sở Nội vụ, who sends the tables, and the auditor, who checks them.</summary>
    public static void RequireReader(Actor actor)
    {
        if (!actor.IsInAny(Roles.HomeAffairsClerk, Roles.HomeAffairsReviewer, Roles.Auditor))
            throw new ForbiddenException("Chỉ Sở Nội vụ và cán bộ kiểm tra, giám sát xem được biểu thống kê gửi Bộ Nội vụ.");
    }

    private async Task<List<AwardFact>> AwardsAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        const string awarded = SummariseMovementYear.AwardedState;
        // The period's bounds as instants, Việt Nam time, for the journal's UTC timestamps.
        var start = TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), VietnameseFormat.TimeZone);
        var end = TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnameseFormat.TimeZone);

        // The year's decided dossiers, ids first, each set from an index bounded by the period, so the cost follows
        // the year's awards and not the province's history.
        // Dossiers on a session whose decision for their award was issued: dated by that decision.
        var sessionDecided = from s in db.CouncilSessions
                             from i in s.Items
                             join sd in db.SessionDecisions on s.Id equals sd.SessionId
                             join d in db.Dossiers on i.DossierId equals d.Id
                             where sd.Kind == SessionDecisionKind.Decision && sd.IssuedOn != null && sd.AwardTypeId == d.AwardTypeId
                             select new { d.Id, On = sd.IssuedOn!.Value };
        var decided = new HashSet<Guid>(await sessionDecided.Where(x => x.On >= from && x.On <= to).Select(x => x.Id).ToListAsync(ct));
        // Decided dossier by dossier (no session decision): the day the dossier reached its awarded state.
        var provincial = db.AwardTypes.Where(a => a.Level != AwardLevel.National).Select(a => a.Id);
        decided.UnionWith(await db.Dossiers
            .SelectMany(d => d.Journal.Where(e => e.ToState == awarded && e.At >= start && e.At < end), (d, e) => d)
            .Where(d => provincial.Contains(d.AwardTypeId) && !sessionDecided.Any(x => x.Id == d.Id))
            .Select(d => d.Id).ToListAsync(ct));
        decided.UnionWith(await db.Dossiers.Where(d => d.CentralDecisionDate >= from && d.CentralDecisionDate <= to)
            .Select(d => d.Id).ToListAsync(ct));
        var ids = decided.ToList();

        var rows = await (from d in db.Dossiers
                          where ids.Contains(d.Id) && d.State == awarded
                          join a in db.AwardTypes on d.AwardTypeId equals a.Id
                          join o in db.Organisations on d.ProposingOrganisationId equals o.Id
                          from n in d.Nominees
                          where a.Level == AwardLevel.National ? n.CentralAwarded == true : n.ChairmanApproved == true
                          group n by new { a.Code, a.Level, n.Kind, n.Gender, UnitKind = o.Kind, d.CommendationType } into g
                          select new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return rows.Select(r => new AwardFact(r.Key.Code, r.Key.Level, r.Key.Kind, r.Key.Gender, r.Key.UnitKind, r.Key.CommendationType, r.Count)).ToList();
    }

    /// <summary>The province's movements under way in the year, by their length in years.</summary>
    private async Task<List<MovementFact>> MovementsAsync(int year, CancellationToken ct) =>
        (await db.Movements.AsNoTracking().Where(m => m.StartYear <= year && m.EndYear >= year)
            .GroupBy(m => m.EndYear - m.StartYear + 1).Select(g => new { Years = g.Key, Count = g.Count() }).ToListAsync(ct))
        .Select(g => new MovementFact(g.Years, g.Count)).ToList();
}
