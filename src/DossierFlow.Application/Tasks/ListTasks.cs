using DossierFlow.Application.Common;
using DossierFlow.Application.Deadlines;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Calendar;
using DossierFlow.Domain.Council;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Tasks;

/// <summary>One line of "Việc cần làm": how many, and the filtered list that shows them.</summary>
/// <param name="Key">A stable name of the task (tests and the page's markup use it).</param>
public sealed record TaskCount(string Key, string Label, int Count, string Link);

/// <summary>
/// The home page's task list for each role the actor holds. Every figure is counted by the database (COUNT, or a
/// GROUP BY whose few groups are summed here: by workflow state, or by the processing clock's start and limit,
/// whose working days only the calendar knows); no list of dossiers is loaded. The links use the lists' query
/// string (state, overdue) so that a count opens the dossiers it counts.
/// </summary>
public sealed class ListTasks(IAppDb db, WorkflowCatalog workflows, WorkingCalendar calendar, TimeProvider clock) : IUseCase
{
    /// <summary>A draft counts as due when its movement's deadline falls within this many days.</summary>
    public const int DraftWindowDays = 7;

    /// <summary>A dossier is near its limit when this many working days or fewer are left on its clock.</summary>
    public const int NearLimitWorkingDays = 3;

    public async Task<IReadOnlyList<TaskCount>> HandleAsync(Actor actor, CancellationToken ct = default)
    {
        var tasks = new List<TaskCount>();
        if (actor.IsInAny(Roles.UnitClerk, Roles.UnitLeader)) tasks.AddRange(await UnitAsync(actor.OrganisationId, ct));
        if (actor.IsInAny(Roles.HomeAffairsClerk, Roles.HomeAffairsReviewer)) tasks.AddRange(await HomeAffairsAsync(ct));
        if (actor.IsIn(Roles.CouncilSecretary)) tasks.AddRange(await CouncilAsync(ct));
        if (actor.IsIn(Roles.Chairman))
        {
            var states = HeldBy(Vocabulary.Holder.Chairman);
            var nominees = await db.Dossiers.Where(d => states.Contains(d.State)).SelectMany(d => d.Nominees)
                .CountAsync(n => n.CouncilRecommended == true && n.ChairmanApproved == null, ct);
            tasks.Add(new("chairman-nominees", "tập thể, cá nhân chờ Chủ tịch quyết định", nominees, "/Chairman"));
        }
        return tasks;
    }

    private async Task<IEnumerable<TaskCount>> UnitAsync(Guid unit, CancellationToken ct)
    {
        var today = VietnameseFormat.Today(clock);
        var held = db.Dossiers.Where(d => d.ProposingOrganisationId == unit && d.HeldByProposer);
        // Back with the unit after it had left it: returned for supplements.
        var returned = await held.CountAsync(d => d.SubmittedAt != null, ct);
        var drafts = await held.Where(d => d.SubmittedAt == null).GroupBy(d => new { d.MovementId, d.PhaseId })
            .Select(g => new { g.Key.MovementId, g.Key.PhaseId, Count = g.Count() }).ToListAsync(ct);
        var ids = drafts.Select(d => d.MovementId).Distinct().ToList();
        var movements = await db.Movements.AsNoTracking().Include(m => m.Deadlines).Include(m => m.Phases)
            .Where(m => ids.Contains(m.Id) || m.Participants.Any(p => p.OrganisationId == unit) && m.StartYear <= today.Year && m.EndYear >= today.Year)
            .ToDictionaryAsync(m => m.Id, ct);
        var dueSoon = drafts.Where(d => movements[d.MovementId].Phases.FirstOrDefault(p => p.Id == d.PhaseId) is { } phase
                && DossierDue(movements[d.MovementId], phase.Year) is { } due && due >= today && due <= today.AddDays(DraftWindowDays))
            .Sum(d => d.Count);

        // This year's yearly reports the unit has not sent (or has back): one per movement with a report deadline.
        var owing = movements.Values.Where(m => m.StartYear <= today.Year && m.EndYear >= today.Year
            && m.Deadlines.Any(d => d.Code == SweepDeadlines.UnitReport && d.DueIn(today.Year) is not null)).Select(m => m.Id).ToList();
        var sent = await db.MovementReports.CountAsync(r => r.OrganisationId == unit && r.Year == today.Year && owing.Contains(r.MovementId)
            && !r.HeldByProposer, ct);
        return
        [
            new("unit-returned", "hồ sơ bị trả lại để bổ sung", returned, "/Dossiers?state=returned"),
            new("unit-drafts-due", $"hồ sơ đang lập đến hạn nộp trong {DraftWindowDays} ngày tới", dueSoon, "/Dossiers?state=drafting"),
            new("unit-reports-due", $"báo cáo phong trào năm {today.Year} chưa gửi", owing.Count - sent, "/Reports"),
        ];
    }

    /// <summary>The earliest of a movement's dossier deadlines (every deadline but the yearly report's) in the phase's year.</summary>
    public static DateOnly? DossierDue(Domain.Movements.Movement movement, int year) =>
        movement.Deadlines.Where(d => d.Code != SweepDeadlines.UnitReport).Select(d => d.DueIn(year)).Where(d => d is not null).Min();

    private async Task<IEnumerable<TaskCount>> HomeAffairsAsync(CancellationToken ct)
    {
        var today = VietnameseFormat.Today(clock);
        var states = HeldBy(Vocabulary.Holder.HomeAffairs);
        // By the stored due date, as the inbox's overdue filter that the count links to: a few groups per state,
        // not one per day a clock started (which were hundreds at province scale, each counted through the calendar).
        // Near the limit: due today or within the next NearLimitWorkingDays working days.
        var nearEnd = calendar.AddWorkingDays(today, NearLimitWorkingDays + 1);
        var groups = await db.Dossiers.Where(d => states.Contains(d.State))
            .GroupBy(d => new
            {
                d.WorkflowId, d.WorkflowVersion, d.State,
                Overdue = d.Clock.DueOn != null && d.Clock.DueOn < today,
                Near = d.Clock.DueOn != null && d.Clock.DueOn >= today && d.Clock.DueOn < nearEnd,
            })
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        groups = groups.Where(g => workflows.Find(g.Key.WorkflowId, g.Key.WorkflowVersion)?.States.GetValueOrDefault(g.Key.State)
            ?.IsHeldBy(Vocabulary.Holder.HomeAffairs) == true).ToList();
        // A step with a working-day limit is the appraisal; the step before it, without one, waits for reception.
        bool Appraising(string id, int version, string state) => workflows.Get(id, version).State(state).SlaWorkingDays is not null;
        var toReceive = groups.Where(g => !Appraising(g.Key.WorkflowId, g.Key.WorkflowVersion, g.Key.State)).Sum(g => g.Count);
        var toAppraise = groups.Where(g => Appraising(g.Key.WorkflowId, g.Key.WorkflowVersion, g.Key.State)).Sum(g => g.Count);
        return
        [
            new("home-affairs-receive", "hồ sơ chờ tiếp nhận", toReceive, "/Inbox?state=submitted"),
            new("home-affairs-appraise", "hồ sơ đang thẩm định", toAppraise, "/Inbox?state=appraising"),
            new("home-affairs-overdue", "hồ sơ quá hạn giải quyết", groups.Where(g => g.Key.Overdue).Sum(g => g.Count), "/Inbox?overdue=true"),
            new("home-affairs-near-limit", $"hồ sơ còn {NearLimitWorkingDays} ngày làm việc trở xuống",
                groups.Where(g => g.Key.Near).Sum(g => g.Count), "/Inbox"),
        ];
    }

    private async Task<IEnumerable<TaskCount>> CouncilAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var states = HeldBy(Vocabulary.Holder.Council);
        var scheduled = db.CouncilSessions.Where(s => s.Status != SessionStatus.Cancelled).SelectMany(s => s.Items).Select(i => i.DossierId);
        var waiting = await db.Dossiers.CountAsync(d => states.Contains(d.State) && !scheduled.Contains(d.Id), ct);
        // A session whose time has come and whose minutes are not issued yet still has its attendance, votes or minutes to record.
        var toRecord = await db.CouncilSessions.CountAsync(s => s.Status != SessionStatus.Cancelled && s.StartsAt <= now && s.MinutesSha256 == null, ct);
        return
        [
            new("council-waiting", "hồ sơ chờ xếp vào phiên họp", waiting, "/Council/Sessions/New"),
            new("council-to-record", "phiên họp chờ ghi kết quả, biên bản", toRecord, "/Council/Sessions"),
        ];
    }

    private List<string> HeldBy(string holder) =>
        workflows.All.SelectMany(w => w.States.Values).Where(s => s.IsHeldBy(holder)).Select(s => s.Name).Distinct().ToList();
}
