using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Indicators;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Reports.Indicators;

public sealed record DisciplineRow(Guid Id, string Who, DisciplineLevel Level, DateOnly DecidedOn, string? DecisionNumber, string? Reason)
{
    public string LevelName => DisciplineLevels.Name(Level);
}

/// <summary>A unit's disciplinary sanctions, latest first, one page: what the report page lists under its form.</summary>
public sealed class DisciplineRecords(IAppDb db) : IUseCase
{
    public const int Shown = 50;

    public async Task<IReadOnlyList<DisciplineRow>> HandleAsync(Actor actor, Guid organisationId, CancellationToken ct = default)
    {
        actor.RequireVisible(organisationId);
        return await db.DisciplineRecords.AsNoTracking().Where(r => r.OrganisationId == organisationId)
            .OrderByDescending(r => r.DecidedOn).ThenByDescending(r => r.RecordedAt).Take(Shown)
            .Select(r => new DisciplineRow(r.Id, r.PersonName ?? "Tập thể đơn vị", r.Level, r.DecidedOn, r.DecisionNumber, r.Reason))
            .ToListAsync(ct);
    }

    /// <summary>Whether the unit already has this sanction: the same person (or the collective), level and date.</summary>
    internal static Task<bool> ExistsAsync(IAppDb db, DisciplineRecord record, CancellationToken ct) =>
        db.DisciplineRecords.AnyAsync(r => r.OrganisationId == record.OrganisationId && r.FoldedPersonName == record.FoldedPersonName
            && r.Level == record.Level && r.DecidedOn == record.DecidedOn, ct);
}
