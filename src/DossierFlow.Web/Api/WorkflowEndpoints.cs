using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DossierFlow.Web.Api;

internal static class WorkflowEndpoints
{
    public sealed record WorkflowDto(string Id, int Version, string Title, string? LegalBasis, string Initial, IReadOnlyList<StateDto> States,
        IReadOnlyList<TransitionDto> Transitions);

    public sealed record StateDto(string Name, string Title, string? Holder, bool Final, int? SlaWorkingDays);

    public sealed record TransitionDto(string Action, string Title, IReadOnlyList<string> From, string To, IReadOnlyList<string> By,
        IReadOnlyList<string> Guards, bool CommentRequired, string Clock, IReadOnlyList<string> Notify);

    public static void MapWorkflowEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/workflows", List);
        api.MapGet("/workflows/{id}/{version:int}/diagram.svg", Diagram).Produces<string>(StatusCodes.Status200OK, ApiFiles.Svg);
    }

    private static Ok<IReadOnlyList<WorkflowDto>> List(WorkflowCatalog workflows) =>
        TypedResults.Ok<IReadOnlyList<WorkflowDto>>(workflows.All.Select(d => new WorkflowDto(d.Id, d.Version, d.Title, d.LegalBasis, d.Initial,
            d.States.Values.Select(s => new StateDto(s.Name, s.Title, s.Holder, s.Final, s.SlaWorkingDays)).ToList(),
            d.Transitions.Select(t => new TransitionDto(t.Action, t.Title, t.From, t.To, t.By,
                t.Guards.Select(g => g.Parameter is null ? g.Name : $"{g.Name}: {g.Parameter}").ToList(), t.CommentRequired, t.Clock.ToString(), t.Notify)).ToList()))
            .ToList());

    private static ContentHttpResult Diagram(WorkflowCatalog workflows, string id, int version) =>
        workflows.Find(id, version) is { } definition
            ? TypedResults.Content(Workflows.WorkflowDiagram.Render(definition), ApiFiles.SvgUtf8)
            : throw new NotFoundException("Không tìm thấy quy trình.");
}
