using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Organisations;
using DossierFlow.Domain.Reports;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Organisations;

/// <param name="AbsorbedIds">The organisations that end (sáp nhập vào): each ends the day before <paramref name="Effective"/>.</param>
/// <param name="AbsorbingId">The organisation that takes them over and becomes their successor.</param>
/// <param name="Effective">The first day the absorbing organisation acts for them.</param>
/// <param name="LegalBasis">The decision or resolution, as the journal quotes it ("Nghị quyết số 202/2025/QH15").</param>
public sealed record MergeInput(IReadOnlyList<Guid> AbsorbedIds, Guid AbsorbingId, DateOnly Effective, string LegalBasis,
    MergedAccounts Accounts);

public sealed record MergeResult(int Organisations, int Accounts, int Dossiers, int Reports, int Movements);

/// <summary>
/// An organisation merger (sáp nhập): the absorbed organisations end with the absorbing one as their successor;
/// their open dossiers and yearly reports pass to it, each journalled with the legal basis; it joins the movements
/// they took part in that still run, so deadline reminders go to it; their accounts are moved to it or locked with
/// the merger as the reason. Finished dossiers stay with the absorbed organisation and so keep the name under which
/// they were decided. All or nothing, in the caller's unit of work. Admins only.
/// </summary>
public sealed class MergeOrganisations(IAppDb db, IOrganisationAccounts accounts, WorkflowCatalog workflows, TimeProvider clock) : IUseCase
{
    private static readonly HashSet<string> UnitRoles = [Roles.UnitClerk, Roles.UnitLeader];

    public async Task<MergeResult> HandleAsync(Actor actor, MergeInput input, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.Admin);
        var legalBasis = OrganisationMerge.ValidLegalBasis(input.LegalBasis);
        if (!Enum.IsDefined(input.Accounts))
            throw new DomainException("merge-accounts-invalid", "Cách xử lý tài khoản không hợp lệ.");
        var absorbedIds = input.AbsorbedIds.Distinct().ToList();
        if (absorbedIds.Count == 0)
            throw new DomainException("merge-absorbed-required", "Chọn ít nhất một đơn vị bị sáp nhập.");
        var absorbing = await db.Organisations.FirstOrDefaultAsync(o => o.Id == input.AbsorbingId, ct)
            ?? throw new DomainException("merge-absorbing-unknown", "Không tìm thấy đơn vị tiếp nhận.");
        var absorbed = await db.Organisations.Where(o => absorbedIds.Contains(o.Id)).OrderBy(o => o.Code).ToListAsync(ct);
        if (absorbed.Count != absorbedIds.Count)
            throw new DomainException("merge-absorbed-unknown", "Không tìm thấy một trong các đơn vị bị sáp nhập.");
        foreach (var organisation in absorbed) organisation.MergeInto(absorbing, input.Effective);

        var dossiers = await OpenAsync(db.Dossiers.Where(d => absorbedIds.Contains(d.ProposingOrganisationId)), ct);
        var reports = await OpenAsync(db.MovementReports.Where(r => absorbedIds.Contains(r.OrganisationId)), ct);
        await CheckHolderAsync(absorbing, absorbedIds, [.. dossiers, .. reports], input.Accounts, ct);
        await CheckReportsFreeAsync(absorbing, reports, ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var passed = absorbed.ToDictionary(o => o.Id, _ => (Dossiers: 0, Reports: 0));
        foreach (var dossier in dossiers)
        {
            var from = absorbed.First(o => o.Id == dossier.ProposingOrganisationId);
            dossier.PassTo(absorbing.Id, false, Note(from, absorbing, input.Effective, legalBasis), actor, Roles.Admin, now);
            passed[from.Id] = passed[from.Id] with { Dossiers = passed[from.Id].Dossiers + 1 };
        }
        foreach (var report in reports)
        {
            var from = absorbed.First(o => o.Id == report.OrganisationId);
            report.PassTo(absorbing.Id, false, Note(from, absorbing, input.Effective, legalBasis), actor, Roles.Admin, now);
            passed[from.Id] = passed[from.Id] with { Reports = passed[from.Id].Reports + 1 };
        }

        // The absorbing organisation takes the absorbed ones' part in every movement still running on that day,
        // so the deadline sweep reminds it of what they owe (their own rows stay, as history).
        var movements = await db.Movements.Include(m => m.Participants)
            .Where(m => m.EndYear >= input.Effective.Year && m.Participants.Any(p => absorbedIds.Contains(p.OrganisationId)))
            .ToListAsync(ct);
        foreach (var movement in movements) movement.AddParticipant(absorbing.Id);

        var accountCount = 0;
        foreach (var organisation in absorbed)
        {
            var affected = input.Accounts == MergedAccounts.Move
                ? await accounts.MoveAsync(organisation.Id, absorbing.Id, ct)
                : await accounts.DeactivateAsync(organisation.Id, Reason(organisation, absorbing, input.Effective, legalBasis), ct);
            accountCount += affected;
            db.OrganisationMerges.Add(OrganisationMerge.Record(organisation, absorbing, input.Effective, legalBasis, input.Accounts,
                affected, passed[organisation.Id].Dossiers, passed[organisation.Id].Reports, now, actor.DisplayName));
        }
        return new MergeResult(absorbed.Count, accountCount, dossiers.Count, reports.Count, movements.Count);
    }

    /// <summary>
    /// The subjects of the absorbed organisations not in a final state, tracked with their documents (the journal
    /// entry lists them). Their states are read first, so finished ones are never loaded.
    /// </summary>
    private async Task<List<T>> OpenAsync<T>(IQueryable<T> owned, CancellationToken ct) where T : WorkflowSubject
    {
        var states = await owned.Select(s => new { s.Id, s.WorkflowId, s.WorkflowVersion, s.State }).ToListAsync(ct);
        var open = states.Where(s => !workflows.Get(s.WorkflowId, s.WorkflowVersion).State(s.State).Final).Select(s => s.Id).ToList();
        return open.Count == 0 ? [] : await owned.Where(s => open.Contains(s.Id)).Include(s => s.Documents).ToListAsync(ct);
    }

    /// <summary>
    /// Refuses a merger that would leave an open dossier or report with nobody to act for its unit: after it, the
    /// absorbing organisation needs an active unit clerk or leader (its own, or one of the accounts moved to it).
    /// </summary>
    private async Task CheckHolderAsync(Organisation absorbing, List<Guid> absorbedIds, List<WorkflowSubject> open, MergedAccounts mode,
        CancellationToken ct)
    {
        if (open.Count == 0) return;
        var owners = mode == MergedAccounts.Move ? [absorbing.Id, .. absorbedIds] : new List<Guid> { absorbing.Id };
        var active = await accounts.ActiveAsync(owners, ct);
        if (active.Any(a => a.Roles.Overlaps(UnitRoles))) return;
        var first = open[0] switch
        {
            Dossier d => $"hồ sơ {d.Code}",
            MovementReport r => $"báo cáo năm {r.Year}",
            _ => "hồ sơ",
        };
        throw new DomainException("merge-leaves-no-holder",
            $"Sau khi sáp nhập, \"{absorbing.Name}\" không có tài khoản cán bộ thi đua hoặc lãnh đạo đơn vị nào còn hoạt động để tiếp nhận "
            + $"{open.Count} hồ sơ, báo cáo đang xử lý (ví dụ {first}). Hãy chuyển tài khoản sang đơn vị tiếp nhận hoặc tạo tài khoản cho đơn vị đó trước.");
    }

    /// <summary>A unit reports once per movement and year: an open report cannot pass to a unit that already has that report.</summary>
    private async Task CheckReportsFreeAsync(Organisation absorbing, List<MovementReport> reports, CancellationToken ct)
    {
        if (reports.Count == 0) return;
        var movementIds = reports.Select(r => r.MovementId).Distinct().ToList();
        var taken = await db.MovementReports.Where(r => r.OrganisationId == absorbing.Id && movementIds.Contains(r.MovementId))
            .Select(r => new { r.MovementId, r.Year }).ToListAsync(ct);
        var clash = reports.Select(r => new { r.MovementId, r.Year }).Concat(taken).GroupBy(k => k).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new DomainException("merge-report-clash",
                $"\"{absorbing.Name}\" sẽ có hai báo cáo năm {clash.Key.Year} của cùng một phong trào. Hãy hoàn tất hoặc hợp nhất báo cáo trước khi sáp nhập.");
    }

    private static string Note(Organisation from, Organisation to, DateOnly effective, string legalBasis) =>
        $"Chuyển từ \"{from.Name}\" sang \"{to.Name}\" do sáp nhập từ ngày {VietnameseFormat.Date(effective)} theo {legalBasis}.";

    private static string Reason(Organisation from, Organisation to, DateOnly effective, string legalBasis) =>
        $"\"{from.Name}\" sáp nhập vào \"{to.Name}\" từ ngày {VietnameseFormat.Date(effective)} theo {legalBasis}.";
}
