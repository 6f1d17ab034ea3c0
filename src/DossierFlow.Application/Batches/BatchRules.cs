using System.Linq.Expressions;
using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Batches;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Batches;

/// <summary>
/// Who may do what with batches, and which dossiers may join one: those Sở Nội vụ holds at the step from which the
/// workflow's <see cref="ForwardAction"/> takes them to the council (the appraisal), in no other batch.
/// </summary>
internal static class BatchRules
{
    /// <summary>The workflow action that sends an appraised dossier to the council; forwarding a batch takes it on every dossier.</summary>
    public const string ForwardAction = "forward";

    public static void RequireReviewer(Actor actor) => actor.RequireAny(Roles.HomeAffairsReviewer);

    public static void RequireReader(Actor actor)
    {
        if (!actor.IsProvinceWide) throw new ForbiddenException("Chỉ Sở Nội vụ, Hội đồng và lãnh đạo tỉnh xem được các đợt trình.");
    }

    public static async Task<SubmissionBatch> LoadAsync(IAppDb db, Guid batchId, CancellationToken ct) =>
        await db.SubmissionBatches.FirstOrDefaultAsync(b => b.Id == batchId, ct) ?? throw new NotFoundException("Không tìm thấy đợt trình.");

    /// <summary>(workflow, version, state) of every step a dossier can be forwarded to the council from, by Sở Nội vụ.</summary>
    public static IReadOnlyList<(string Workflow, int Version, string State)> ForwardableStates(WorkflowCatalog workflows) =>
        workflows.All.SelectMany(w => w.Transitions
                .Where(t => t.Action == ForwardAction && w.States.TryGetValue(t.To, out var to) && to.IsHeldBy(Vocabulary.Holder.Council))
                .SelectMany(t => t.From.Where(f => w.States.TryGetValue(f, out var from) && from.IsHeldBy(Vocabulary.Holder.HomeAffairs)))
                .Select(f => (w.Id, w.Version, f)))
            .Distinct().ToList();

    public static bool IsForwardable(WorkflowCatalog workflows, Dossier dossier) =>
        ForwardableStates(workflows).Contains((dossier.WorkflowId, dossier.WorkflowVersion, dossier.State));

    /// <summary>The dossiers at a forwardable step that are in no batch, filtered in the database.</summary>
    public static IQueryable<Dossier> Batchable(IAppDb db, WorkflowCatalog workflows)
    {
        var d = Expression.Parameter(typeof(Dossier), "d");
        Expression any = Expression.Constant(false);
        foreach (var (workflow, version, state) in ForwardableStates(workflows))
        {
            Expression<Func<Dossier, bool>> one = x => x.WorkflowId == workflow && x.WorkflowVersion == version && x.State == state;
            any = Expression.OrElse(any, Expression.Invoke(one, d));
        }
        var inBatches = db.SubmissionBatches.SelectMany(b => b.Entries).Select(e => e.DossierId);
        return db.Dossiers.AsNoTracking().Where(Expression.Lambda<Func<Dossier, bool>>(any, d)).Where(x => !inBatches.Contains(x.Id));
    }
}
