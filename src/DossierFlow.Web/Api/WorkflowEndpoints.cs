using DossierFlow.Application.Workflows;

namespace DossierFlow.Web.Api;

internal static class WorkflowEndpoints
{
    public static void MapWorkflowEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/workflows", (WorkflowCatalog workflows) => workflows.All.Select(d => new
        {
            d.Id, d.Version, d.Title, d.LegalBasis, d.Initial,
            States = d.States.Values.Select(s => new { s.Name, s.Title, s.Holder, s.Final, s.SlaWorkingDays }),
            Transitions = d.Transitions.Select(t => new { t.Action, t.Title, t.From, t.To, t.By, Guards = t.Guards.Select(g => g.Parameter is null ? g.Name : $"{g.Name}: {g.Parameter}"), t.CommentRequired, Clock = t.Clock.ToString(), t.Notify }),
        }));
        api.MapGet("/workflows/{id}/{version:int}/diagram.svg", (WorkflowCatalog workflows, string id, int version) =>
            workflows.Find(id, version) is { } definition
                ? Results.Content(Workflows.WorkflowDiagram.Render(definition), "image/svg+xml; charset=utf-8")
                : Results.Problem(statusCode: 404, title: "Không tìm thấy quy trình."));
    }
}
