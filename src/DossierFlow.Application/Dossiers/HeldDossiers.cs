using System.Linq.Expressions;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Dossiers;

namespace DossierFlow.Application.Dossiers;

internal static class HeldDossiers
{
    /// <summary>
    /// The dossiers in a state the holder holds, in the version of the workflow each is pinned to (a state's name
    /// may be held by someone else in another workflow). The state names come first so an index on State serves it.
    /// </summary>
    public static IQueryable<Dossier> HeldBy(this IQueryable<Dossier> dossiers, WorkflowCatalog workflows, string holder)
    {
        var held = workflows.All.SelectMany(w => w.States.Values.Where(s => s.IsHeldBy(holder)).Select(s => (w.Id, w.Version, s.Name))).ToList();
        var names = held.Select(h => h.Name).Distinct().ToList();
        dossiers = dossiers.Where(d => names.Contains(d.State));
        var ambiguous = workflows.All.SelectMany(w => w.States.Values).Any(s => names.Contains(s.Name) && !s.IsHeldBy(holder));
        if (!ambiguous) return dossiers;
        var d = Expression.Parameter(typeof(Dossier), "d");
        Expression any = Expression.Constant(false);
        foreach (var workflow in held.GroupBy(h => (h.Id, h.Version)))
        {
            var states = workflow.Select(h => h.Name).ToList();
            Expression<Func<Dossier, bool>> one = x => x.WorkflowId == workflow.Key.Id && x.WorkflowVersion == workflow.Key.Version && states.Contains(x.State);
            any = Expression.OrElse(any, Expression.Invoke(one, d));
        }
        return dossiers.Where(Expression.Lambda<Func<Dossier, bool>>(any, d));
    }
}
