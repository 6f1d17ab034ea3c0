using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;

namespace DossierFlow.Application.Reports.Indicators;

/// <summary>
/// The unit's clerk records a disciplinary sanction of the unit or one of its people (who, level, date), for the
/// criteria's hard gate. Every problem is refused at once, nothing stored; the same sanction entered twice is refused.
/// </summary>
public sealed class RecordDiscipline(IAppDb db, TimeProvider clock) : IUseCase
{
    /// <param name="organisationId">The unit the page is about (the report's); only its own clerk records for it.</param>
    public async Task<Guid> HandleAsync(Actor actor, Guid organisationId, DisciplineInput input, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.UnitClerk);
        if (organisationId != actor.OrganisationId) throw new ForbiddenException("Bạn không có quyền ghi nhận kỷ luật của đơn vị khác.");
        var (record, problems) = DisciplineEntry.Parse(input, actor.OrganisationId, VietnameseFormat.Today(clock), clock.GetUtcNow().UtcDateTime, actor.UserId);
        if (record is null) throw new DomainException("discipline-invalid", string.Join(" ", problems.Select(p => p.Message)));
        if (await DisciplineRecords.ExistsAsync(db, record, ct))
            throw new DomainException("discipline-duplicate", "Quyết định kỷ luật này đã được ghi nhận.");
        db.DisciplineRecords.Add(record);
        return record.Id;
    }
}
