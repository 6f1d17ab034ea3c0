using DossierFlow.Application.Council;
using DossierFlow.Web.Security;

namespace DossierFlow.Web.Api;

/// <summary>The council's membership list and sessions, the votes, the minutes, the Chairman's decision and the central decision.</summary>
internal static class CouncilEndpoints
{
    public sealed record SessionRevision(int Revision);

    public static void MapCouncilEndpoints(this RouteGroupBuilder api)
    {
        var council = api.MapGroup("/council");
        council.MapGet("/members", (HttpContext http, CouncilMembers members, bool? activeOnly, CancellationToken ct) =>
            members.ListAsync(http.User.ToActor(), activeOnly ?? true, ct));
        council.MapPost("/members", async (HttpContext http, CouncilMembers members, CouncilMemberInput input, CancellationToken ct) =>
            Results.Created((string?)null, new { Id = await members.SaveAsync(http.User.ToActor(), null, input, ct) }));
        council.MapGet("/waiting-dossiers", (HttpContext http, GetSessions sessions, Guid? movementId, Guid? awardTypeId, CancellationToken ct) =>
            sessions.WaitingAsync(http.User.ToActor(), movementId, awardTypeId, ct));

        var sessions = council.MapGroup("/sessions");
        sessions.MapGet("/", (HttpContext http, GetSessions get, CancellationToken ct) => get.ListAsync(http.User.ToActor(), ct));
        sessions.MapPost("/", async (HttpContext http, ScheduleSession schedule, SessionInput input, CancellationToken ct) =>
            Results.Created((string?)null, new { Id = await schedule.HandleAsync(http.User.ToActor(), input, ct) }));
        sessions.MapGet("/{id:guid}", async (HttpContext http, GetSessions get, Guid id, CancellationToken ct) =>
        {
            var view = await get.GetAsync(http.User.ToActor(), id, ct);
            var s = view.Session;
            return new
            {
                s.Id, s.StartsAt, s.DurationMinutes, s.Place, s.Status, s.Sequence, s.Revision, s.CouncilSize, s.Present, s.AttendanceRecorded,
                Chair = s.Chair.FullName, Secretary = s.Secretary.FullName, s.MinutesNumber,
                Attendees = s.Attendees.Select(a => new { a.MemberId, a.FullName, a.Position, a.Attended, a.WrittenOpinion }),
                Agenda = view.Agenda.Select(a => new { a.DossierId, a.ProposerName, a.AwardName, a.MovementTitle, Voted = s.Items.First(i => i.DossierId == a.DossierId).VotedAt is not null }),
                Votes = s.Votes.Select(v => new { v.DossierId, v.NomineeId, v.NomineeName, v.For, v.Against, v.Abstain, v.WrittenFor, v.Passed, v.Percent, v.Explanation }),
            };
        });
        sessions.MapPost("/{id:guid}/reschedule", async (HttpContext http, ChangeSession change, Guid id, RescheduleInput input, CancellationToken ct) =>
        {
            await change.RescheduleAsync(http.User.ToActor(), id, input, ct);
            return Results.NoContent();
        });
        sessions.MapPost("/{id:guid}/cancel", async (HttpContext http, ChangeSession change, Guid id, SessionRevision input, CancellationToken ct) =>
        {
            await change.CancelAsync(http.User.ToActor(), id, input.Revision, ct);
            return Results.NoContent();
        });
        sessions.MapPost("/{id:guid}/attendance", async (HttpContext http, ChangeSession change, Guid id, AttendanceInput input, CancellationToken ct) =>
        {
            await change.RecordAttendanceAsync(http.User.ToActor(), id, input, ct);
            return Results.NoContent();
        });
        sessions.MapPost("/{id:guid}/dossiers/{dossierId:guid}/votes", async (HttpContext http, RecordCouncilVotes record, Guid id, Guid dossierId,
            CouncilVotesInput input, CancellationToken ct) =>
        {
            var result = await record.HandleAsync(http.User.ToActor(), id, dossierId, input, ct);
            return new
            {
                result.Workflow.State, result.Workflow.StateTitle, result.Workflow.Revision,
                Outcomes = result.Votes.Select(v => new { v.NomineeId, v.Passed, v.Percent, v.Explanation }),
            };
        });
        sessions.MapPost("/{id:guid}/minutes", async (HttpContext http, GenerateMinutes generate, Guid id, SessionRevision input, CancellationToken ct) =>
        {
            await generate.HandleAsync(http.User.ToActor(), id, input.Revision, ct);
            return Results.NoContent();
        });
        sessions.MapGet("/{id:guid}/minutes", async (HttpContext http, GetSessions get, Guid id, CancellationToken ct) =>
        {
            var file = await get.MinutesAsync(http.User.ToActor(), id, ct);
            return Results.File(file.Content, file.ContentType, DownloadName.Safe(file.FileName));
        });

        api.MapGet("/chairman/inbox", (HttpContext http, ChairmanInbox inbox, CancellationToken ct) => inbox.HandleAsync(http.User.ToActor(), ct));
        api.MapPost("/dossiers/{id:guid}/chairman-decision", async (HttpContext http, DecideAward decide, Guid id, ChairmanDecisionInput input, CancellationToken ct) =>
        {
            var result = await decide.HandleAsync(http.User.ToActor(), id, input, ct);
            return new { result.Workflow.State, result.Workflow.StateTitle, result.Workflow.Revision, result.DecisionDocumentId };
        });
        api.MapPost("/dossiers/{id:guid}/central-decision", async (HttpContext http, RecordCentralDecision record, Guid id, CentralDecisionInput input, CancellationToken ct) =>
        {
            var result = await record.HandleAsync(http.User.ToActor(), id, input, ct);
            return new { result.State, result.StateTitle, result.Revision };
        });
    }
}
