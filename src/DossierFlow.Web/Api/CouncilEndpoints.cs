using DossierFlow.Application.Common;
using DossierFlow.Application.Council;
using DossierFlow.Application.Council.Votes;
using DossierFlow.Application.Forms;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Council;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Api;

/// <summary>The council's membership list and sessions, the votes, the minutes, the Chairman's decision and the central decision.</summary>
internal static class CouncilEndpoints
{
    public sealed record SessionRevision(int Revision);

    public sealed record SessionDto(Guid Id, DateTime StartsAt, int DurationMinutes, string Place, SessionStatus Status, int Sequence, int Revision,
        int CouncilSize, int Present, bool AttendanceRecorded, string Chair, string Secretary, int? MinutesNumber, DateTime? ResultsConfirmedAt,
        IReadOnlyList<AttendeeDto> Attendees, IReadOnlyList<AgendaItemDto> Agenda, IReadOnlyList<SessionVote> Votes, IReadOnlyList<VoteCorrection> Corrections);

    public sealed record AttendeeDto(Guid MemberId, string FullName, string Position, bool Attended, bool WrittenOpinion);

    public sealed record AgendaItemDto(Guid DossierId, string ProposerName, string AwardName, string MovementTitle, bool Voted);

    public sealed record VoteRowDto(int Number, Guid NomineeId, Guid DossierId, string DossierCode, string Name, string UnitName, string AwardName,
        int? For, int? Against, int? Abstain, int? WrittenFor, bool? Passed, string? Explanation);

    public sealed record VoteGridDto(int Revision, bool Confirmed, int Page, int Pages, int Total, IReadOnlyList<NomineeGroup> Groups, IReadOnlyList<VoteRowDto> Rows);

    public sealed record VotesSavedDto(int Saved);

    public sealed record ChairmanDecisionDto(string State, string StateTitle, int Revision, Guid? DecisionDocumentId);

    public sealed record StateDto(string State, string StateTitle, int Revision);

    public static void MapCouncilEndpoints(this RouteGroupBuilder api)
    {
        var council = api.MapGroup("/council");
        council.MapGet("/members", Members);
        council.MapPost("/members", AddMember);
        council.MapGet("/waiting-dossiers", Waiting);

        var sessions = council.MapGroup("/sessions");
        sessions.MapGet("/", Sessions);
        sessions.MapPost("/", Schedule);
        sessions.MapGet("/{id:guid}", Session);
        sessions.MapPost("/{id:guid}/reschedule", Reschedule);
        sessions.MapPost("/{id:guid}/cancel", Cancel);
        sessions.MapPost("/{id:guid}/attendance", Attendance);
        sessions.MapGet("/{id:guid}/votes", Votes);
        sessions.MapPost("/{id:guid}/votes/draft", SaveDraft);
        sessions.MapPost("/{id:guid}/votes/import", ImportBallots).DisableAntiforgery();
        sessions.MapPost("/{id:guid}/votes/confirm", Confirm);
        sessions.MapPost("/{id:guid}/votes/corrections", CorrectVote);
        sessions.MapGet("/{id:guid}/votes/ballot-sheet", BallotSheet).ProducesFile();
        sessions.MapGet("/{id:guid}/ballot-paper", BallotPaper).ProducesFile();
        sessions.MapGet("/{id:guid}/ballot-paper/pdf", BallotPaperPdf).ProducesFile(IPdfConverter.PdfContentType);
        sessions.MapPost("/{id:guid}/minutes", GenerateMinutes);
        sessions.MapGet("/{id:guid}/minutes", Minutes).ProducesFile();
        sessions.MapGet("/{id:guid}/minutes/pdf", MinutesPdf).ProducesFile(IPdfConverter.PdfContentType);

        api.MapGet("/chairman/inbox", ChairmanInbox);
        api.MapPost("/dossiers/{id:guid}/chairman-decision", ChairmanDecision);
        api.MapPost("/dossiers/{id:guid}/central-decision", CentralDecision);
    }

    private static async Task<Ok<IReadOnlyList<CouncilMember>>> Members(Caller caller, CouncilMembers members, bool? activeOnly, CancellationToken ct) =>
        TypedResults.Ok(await members.ListAsync(caller.Actor, activeOnly ?? true, ct));

    private static async Task<Created<CreatedId>> AddMember(Caller caller, CouncilMembers members, CouncilMemberInput input, CancellationToken ct) =>
        TypedResults.Created((string?)null, new CreatedId(await members.SaveAsync(caller.Actor, null, input, ct)));

    private static async Task<Ok<Page<AgendaLine>>> Waiting(Caller caller, GetSessions sessions, string? search, Guid? movement, int? year,
        Guid? award, string? state, bool? late, bool? overdue, Guid? organisation, int? page, CancellationToken ct) =>
        TypedResults.Ok(await sessions.WaitingAsync(caller.Actor,
            new DossierFilter(search, movement, year, award, state, late ?? false, overdue ?? false, organisation, page ?? 1), ct));

    private static async Task<Ok<IReadOnlyList<SessionRow>>> Sessions(Caller caller, GetSessions get, CancellationToken ct) =>
        TypedResults.Ok(await get.ListAsync(caller.Actor, ct));

    private static async Task<Created<CreatedId>> Schedule(Caller caller, ScheduleSession schedule, SessionInput input, CancellationToken ct) =>
        TypedResults.Created((string?)null, new CreatedId(await schedule.HandleAsync(caller.Actor, input, ct)));

    private static async Task<Ok<SessionDto>> Session(Caller caller, GetSessions get, Guid id, CancellationToken ct)
    {
        var view = await get.GetAsync(caller.Actor, id, ct);
        var s = view.Session;
        return TypedResults.Ok(new SessionDto(s.Id, s.StartsAt, s.DurationMinutes, s.Place, s.Status, s.Sequence, s.Revision, s.CouncilSize, s.Present,
            s.AttendanceRecorded, s.Chair.FullName, s.Secretary.FullName, s.MinutesNumber, s.ResultsConfirmedAt,
            s.Attendees.Select(a => new AttendeeDto(a.MemberId, a.FullName, a.Position, a.Attended, a.WrittenOpinion)).ToList(),
            view.Agenda.Select(a => new AgendaItemDto(a.DossierId, a.ProposerName, a.AwardName, a.MovementTitle,
                s.Items.First(i => i.DossierId == a.DossierId).VotedAt is not null)).ToList(),
            s.Votes.ToList(), s.Corrections.ToList()));
    }

    private static async Task<NoContent> Reschedule(Caller caller, ChangeSession change, Guid id, RescheduleInput input, CancellationToken ct)
    {
        await change.RescheduleAsync(caller.Actor, id, input, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Cancel(Caller caller, ChangeSession change, Guid id, SessionRevision input, CancellationToken ct)
    {
        await change.CancelAsync(caller.Actor, id, input.Revision, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Attendance(Caller caller, ChangeSession change, Guid id, AttendanceInput input, CancellationToken ct)
    {
        await change.RecordAttendanceAsync(caller.Actor, id, input, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<VoteGridDto>> Votes(Caller caller, GetVoteGrid grid, Guid id, int? page, CancellationToken ct)
    {
        var view = await grid.HandleAsync(caller.Actor, id, page ?? 1, ct);
        var s = view.Session;
        return TypedResults.Ok(new VoteGridDto(s.Revision, s.ResultsConfirmed, view.Page, view.Pages, view.Total, view.Groups,
            view.Lines.Select(l => view.VoteOf(l.NomineeId) is var v && v is not null
                ? new VoteRowDto(l.Number, l.NomineeId, l.DossierId, l.DossierCode, l.Name, l.UnitName, l.AwardName, v.For, v.Against, v.Abstain, v.WrittenFor, v.Passed, v.Explanation)
                : new VoteRowDto(l.Number, l.NomineeId, l.DossierId, l.DossierCode, l.Name, l.UnitName, l.AwardName, null, null, null, null, null, null)).ToList()));
    }

    private static async Task<Ok<VotesSavedDto>> SaveDraft(Caller caller, SaveVoteDraft save, Guid id, VoteDraftInput input, CancellationToken ct) =>
        TypedResults.Ok(new VotesSavedDto(await save.HandleAsync(caller.Actor, id, input, ct)));

    private static async Task<Ok<VotesSavedDto>> ImportBallots(Caller caller, ImportBallotFile import, Guid id, [FromForm] int revision, IFormFile file,
        CancellationToken ct) =>
        TypedResults.Ok(new VotesSavedDto(await import.HandleAsync(caller.Actor, id, revision, Path.GetFileName(file.FileName), await ApiFiles.ReadAsync(file, ct), ct)));

    private static async Task<Ok<VoteSummary>> Confirm(Caller caller, ConfirmVotes confirm, Guid id, ConfirmVotesInput input, CancellationToken ct) =>
        TypedResults.Ok(await confirm.HandleAsync(caller.Actor, id, input, ct));

    private static async Task<Ok<VoteCorrection>> CorrectVote(Caller caller, CorrectVote correct, Guid id, VoteCorrectionInput input, CancellationToken ct) =>
        TypedResults.Ok(await correct.HandleAsync(caller.Actor, id, input, ct));

    private static async Task<FileContentHttpResult> BallotSheet(Caller caller, SessionVoteFiles files, Guid id, CancellationToken ct) =>
        ApiFiles.Offer(await files.BallotSheetAsync(caller.Actor, id, ct));

    private static async Task<FileContentHttpResult> BallotPaper(Caller caller, SessionVoteFiles files, Guid id, CancellationToken ct) =>
        ApiFiles.Offer(await files.BallotPaperAsync(caller.Actor, id, ct));

    private static async Task<FileContentHttpResult> BallotPaperPdf(HttpContext context, Caller caller, SessionVoteFiles files, IPdfConverter pdf, Guid id,
        CancellationToken ct) =>
        ApiFiles.Preview(context, await pdf.AsPdfAsync(await files.BallotPaperAsync(caller.Actor, id, ct), ct));

    private static async Task<NoContent> GenerateMinutes(Caller caller, GenerateMinutes generate, Guid id, SessionRevision input, CancellationToken ct)
    {
        await generate.HandleAsync(caller.Actor, id, input.Revision, ct);
        return TypedResults.NoContent();
    }

    private static async Task<FileContentHttpResult> Minutes(Caller caller, GetSessions get, Guid id, CancellationToken ct) =>
        ApiFiles.Offer(await get.MinutesAsync(caller.Actor, id, ct));

    private static async Task<FileContentHttpResult> MinutesPdf(HttpContext context, Caller caller, GetSessions get, IPdfConverter pdf, Guid id, CancellationToken ct) =>
        ApiFiles.Preview(context, await pdf.AsPdfAsync(await get.MinutesAsync(caller.Actor, id, ct), ct));

    private static async Task<Ok<ChairmanPage>> ChairmanInbox(Caller caller, ChairmanInbox inbox, string? search, Guid? movement, int? year,
        Guid? award, string? state, bool? late, bool? overdue, Guid? organisation, int? page, CancellationToken ct) =>
        TypedResults.Ok(await inbox.HandleAsync(caller.Actor,
            new DossierFilter(search, movement, year, award, state, late ?? false, overdue ?? false, organisation, page ?? 1), ct));

    private static async Task<Ok<ChairmanDecisionDto>> ChairmanDecision(Caller caller, DecideAward decide, Guid id, ChairmanDecisionInput input, CancellationToken ct)
    {
        var result = await decide.HandleAsync(caller.Actor, id, input, ct);
        return TypedResults.Ok(new ChairmanDecisionDto(result.Workflow.State, result.Workflow.StateTitle, result.Workflow.Revision, result.DecisionDocumentId));
    }

    private static async Task<Ok<StateDto>> CentralDecision(Caller caller, RecordCentralDecision record, Guid id, CentralDecisionInput input, CancellationToken ct)
    {
        var result = await record.HandleAsync(caller.Actor, id, input, ct);
        return TypedResults.Ok(new StateDto(result.State, result.StateTitle, result.Revision));
    }
}
