using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Forms;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Council.Decisions;

/// <param name="Date">dd/MM/yyyy.</param>
/// <param name="NotAwarded">The nominees the central decision leaves out; everyone else the province proposed is awarded.</param>
public sealed record SessionCentralInput(int Revision, string? Number, string? Date, IReadOnlyList<Guid> NotAwarded);

/// <summary>
/// Sở Nội vụ records the central level's decision once for everyone the province's Tờ trình (…/TTr-UBND) proposed:
/// its number and date, and who was not awarded. Each dossier sent upward closes, awarded or refused, journalled
/// and mailed to its unit, in one unit of work.
/// </summary>
public sealed class RecordSessionCentralDecision(IAppDb db, WorkflowCatalog workflows, WorkflowAction action, FormCatalog forms, TimeProvider clock) : IUseCase
{
    public async Task<int> HandleAsync(Actor actor, Guid decisionId, SessionCentralInput input, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.HomeAffairsReviewer);
        var decision = await db.SessionDecisions.FirstOrDefaultAsync(d => d.Id == decisionId, ct) ?? throw new NotFoundException("Không tìm thấy văn bản.");
        if (!VietnameseFormat.TryParseDate(input.Date, out var date))
            throw new DomainException("central-date", "Ngày quyết định phải có dạng dd/MM/yyyy.");
        var today = VietnameseFormat.Today(clock);
        decision.RecordCentral(input.Revision, input.Number ?? "", date, today);
        var dossierIds = db.CouncilSessions.Where(s => s.Id == decision.SessionId).SelectMany(s => s.Items).Select(i => i.DossierId);
        var ids = await db.Dossiers.Where(d => dossierIds.Contains(d.Id) && d.AwardTypeId == decision.AwardTypeId).Select(d => d.Id).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var notAwarded = input.NotAwarded.ToHashSet();
        var moved = 0;
        var known = new HashSet<Guid>();
        foreach (var id in ids)
        {
            var context = await DossierContext.LoadAsync(db, id, Guid.NewGuid(), ct);
            var dossier = context.Dossier;
            var definition = workflows.Get(dossier.WorkflowId, dossier.WorkflowVersion);
            if (!definition.State(dossier.State).IsHeldBy(Vocabulary.Holder.Central)) continue;
            var proposed = dossier.Nominees.Where(n => n.InDecision).ToList();
            known.UnionWith(proposed.Select(n => n.Id));
            var awarded = proposed.Where(n => !notAwarded.Contains(n.Id)).Select(n => n.Id).ToList();
            dossier.RecordCentralDecision(definition, dossier.Revision, decision.CentralNumber!, date, awarded, today, now);
            var left = proposed.Where(n => notAwarded.Contains(n.Id)).Select(n => n.Name).ToList();
            var comment = $"Quyết định số {decision.CentralNumber} ngày {VietnameseFormat.Date(date)}: "
                + (awarded.Count > 0 ? $"khen thưởng {awarded.Count:00} tập thể, cá nhân" : "không khen thưởng")
                + (awarded.Count > 0 && left.Count > 0 ? $"; không khen thưởng {string.Join(", ", left)}" : "") + ".";
            await action.TakeAsync(actor, dossier, new WorkflowActionInput(awarded.Count > 0 ? Vocabulary.DedicatedAction.RecordCentralAward
                    : Vocabulary.DedicatedAction.RecordCentralRefusal, dossier.Revision, Guid.NewGuid(), comment),
                () => context.Facts(forms.PerNominee), context.Description, ct,
                (_, _) => Task.FromResult(new NoticeExtras(dossier.Nominees.Where(n => n.CentralAwarded == true).OrderBy(n => n.Order)
                    .Select((n, i) => $"  {i + 1}. {n.Name}{(n.Position is { } p ? ", " + p : "")}")
                    .Prepend(awarded.Count > 0 ? "Tập thể, cá nhân được khen thưởng:" : "Không có tập thể, cá nhân nào của hồ sơ được khen thưởng.").ToList())));
            moved++;
        }
        if (notAwarded.FirstOrDefault(id => !known.Contains(id)) is var stray && stray != Guid.Empty)
            throw new DomainException("central-not-proposed", "Chỉ ghi nhận khen thưởng cho tập thể, cá nhân tỉnh đã đề nghị.");
        if (moved == 0) throw new DomainException("central-nothing", "Không có hồ sơ nào của Tờ trình này đang chờ Trung ương quyết định.");
        return moved;
    }
}
