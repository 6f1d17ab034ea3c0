using DossierFlow.Application.Common;
using DossierFlow.Application.Deadlines;
using DossierFlow.Application.Demo;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Forms;
using DossierFlow.Application.Mail;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Calendar;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Organisations;
using DossierFlow.Domain.Workflows;
using DossierFlow.Persistence;
using DossierFlow.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Web.Demo;

public sealed record GrowthResult(int Organisations, int Users, int Dossiers, int Mails);

/// <summary>
/// Grows the demo database to a province's size for measurements: organisations (each with a clerk and a
/// leader), one yearly movement per year of the last ten with all of them taking part, dossiers spread over those
/// years in every state of their published workflow, each moved there by the workflow's own transitions (so the
/// journal, the processing clock and the submission date agree with the state), with nominees and documents, the
/// notification mails those transitions send, and the deadline reminders of past years and a whole reminder season
/// of the current year, all marked sent. Like the demo seeders it saves for itself, in batches with the change
/// tracker cleared, because a use case per row would take hours. Grown rows are recognisable by their
/// organisation codes (<see cref="CodePrefix"/>); a second run adds only what is missing to reach the sizes.
/// </summary>
public sealed class DatabaseGrower(AppDbContext db, WorkflowCatalog workflows, WorkingCalendar calendar, TimeProvider clock,
    UserManager<ApplicationUser> users, IPasswordHasher<ApplicationUser> hasher, IDocumentNumbers numbers)
{
    public const string CodePrefix = "TT-";
    public const string MovementPlanNumber = "99/KH-UBND";
    private const int Years = 10, Batch = 500;

    private static readonly string[] UnitKinds =
        ["Trường Trung học cơ sở", "Trạm Y tế xã", "Ủy ban nhân dân xã", "Hợp tác xã Nông nghiệp", "Công ty Cổ phần Thủy sản", "Trường Tiểu học"];
    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Thạch", "Lâm", "Trương"];
    private static readonly string[] GivenNames = ["Thị Thu Hà", "Văn Minh", "Quốc Bảo", "Thị Ngọc Ánh", "Hoàng Phúc", "Thị Mỹ Linh", "Văn Sơn", "Minh Khoa"];

    private readonly Random _random = new(2026);

    public async Task<GrowthResult> GrowAsync(int organisationCount, int dossierCount, string password, Action<string> progress, CancellationToken ct = default)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = clock.GetUtcNow().UtcDateTime;
        var thisYear = VietnameseFormat.Today(clock).Year;

        var (organisations, newUsers) = await GrowOrganisationsAsync(organisationCount, password, now, ct);
        progress($"{organisations.Count} grown organisations ({newUsers} new accounts).");
        var movements = await MovementsAsync(organisations, thisYear, ct);
        var awards = await db.AwardTypes.AsNoTracking().Where(a => a.IsActive).ToListAsync(ct);
        var contents = await ContentsAsync(awards, ct);
        var actors = await ActorsAsync(organisations, ct);

        var existing = await db.Dossiers.CountAsync(ct);
        var toAdd = Math.Max(0, dossierCount - existing);
        var mails = 0;
        for (var done = 0; done < toAdd; done += Batch)
        {
            for (var i = done; i < Math.Min(toAdd, done + Batch); i++)
            {
                var movement = movements[i % Years];
                // Codes from the same counters as the application's, so dossiers created later never collide.
                var code = Dossier.FormatCode(movement.StartYear,
                    await numbers.NextAsync(DossierCodes.CounterIssuer, Dossier.CodePrefix, movement.StartYear, ct));
                mails += AddDossier(movement, code, organisations[_random.Next(organisations.Count)], awards, contents, actors, thisYear, now);
            }
            await SaveBatchAsync(ct);
            if ((done / Batch) % 10 == 9) progress($"{done + Batch} of {toAdd} dossiers.");
        }
        mails += await AddDeadlineHistoryAsync(movements, organisations, thisYear, now, ct);
        return new GrowthResult(organisations.Count, newUsers, toAdd, mails);
    }

    private async Task SaveBatchAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private async Task<(List<Organisation>, int)> GrowOrganisationsAsync(int target, string password, DateTime now, CancellationToken ct)
    {
        var province = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == DemoProvince.ProvinceCode, ct)
            ?? throw new InvalidOperationException("The demo province is not seeded.");
        var total = await db.Organisations.CountAsync(ct);
        var grown = await db.Organisations.CountAsync(o => o.Code.StartsWith(CodePrefix), ct);
        var roleIds = await db.Roles.Where(r => r.Name == Roles.UnitClerk || r.Name == Roles.UnitLeader).ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        // Hashing is slow on purpose; one hash serves every grown account (the default hasher does not mix in the user).
        var passwordHash = hasher.HashPassword(new ApplicationUser("tt", null, "tt", null, province.Id), password);
        var newUsers = 0;
        for (var n = grown + 1; total < target; n++, total++)
        {
            var kind = UnitKinds[n % UnitKinds.Length];
            var code = $"{CodePrefix}{n:D4}";
            var organisation = Organisation.Create(code, $"{kind} số {n}", $"TT{n}", n % 3 == 0 ? OrganisationKind.Enterprise : OrganisationKind.Agency,
                province, [$"tt{n:D4}@cantho.demo.gov.vn"], new DateOnly(2015, 1, 1));
            db.Organisations.Add(organisation);
            foreach (var (prefix, role, position) in new[] { ("canbo", Roles.UnitClerk, "Chuyên viên"), ("lanhdao", Roles.UnitLeader, "Thủ trưởng đơn vị") })
            {
                var user = new ApplicationUser($"{prefix}.tt{n:D4}", null, PersonName(n), position, organisation.Id)
                {
                    PasswordHash = passwordHash, SecurityStamp = Guid.NewGuid().ToString("N"),
                };
                user.NormalizedUserName = users.NormalizeName(user.UserName);
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[role] });
                newUsers++;
            }
            if (n % Batch == 0) await SaveBatchAsync(ct);
        }
        await SaveBatchAsync(ct);
        var all = await db.Organisations.AsNoTracking().Where(o => o.Code.StartsWith(CodePrefix)).OrderBy(o => o.Code).ToListAsync(ct);
        return (all, newUsers);
    }

    /// <summary>One yearly movement per year of the last ten, every grown organisation taking part (newly grown ones join).</summary>
    private async Task<List<Movement>> MovementsAsync(List<Organisation> organisations, int thisYear, CancellationToken ct)
    {
        var awards = await db.AwardTypes.Where(a => a.IsActive).Select(a => a.Id).ToListAsync(ct);
        var movements = await db.Movements.Include(m => m.Participants).Include(m => m.Phases).Include(m => m.Deadlines).Include(m => m.Awards)
            .Where(m => m.PlanNumber == MovementPlanNumber).ToListAsync(ct);
        for (var year = thisYear - Years + 1; year <= thisYear; year++)
        {
            var movement = movements.FirstOrDefault(m => m.StartYear == year);
            if (movement is null)
            {
                movement = Movement.Create($"Phong trào thi đua \"Dân vận khéo\" năm {year} (dữ liệu tăng trưởng)", MovementPlanNumber,
                    new DateOnly(year, 1, 10), year, year);
                movement.AddPhase(PhaseKind.Yearly, year, $"Khen thưởng năm {year}");
                movement.AddDeadline(SweepDeadlines.UnitReport, "Báo cáo kết quả thực hiện phong trào năm", 12, 1, null, LatePolicy.AcceptAndMarkLate);
                movement.AddDeadline("dossier-submission", "Nộp hồ sơ đề nghị khen thưởng năm", 12, 15, null, LatePolicy.AcceptAndMarkLate);
                movement.OfferAwards(awards);
                db.Movements.Add(movement);
                movements.Add(movement);
            }
            movement.SetParticipants(movement.Participants.Select(p => p.OrganisationId).Union(organisations.Select(o => o.Id)).ToList());
        }
        db.ChangeTracker.DetectChanges();
        await SaveBatchAsync(ct);
        return movements.OrderBy(m => m.StartYear).ToList();
    }

    /// <summary>One stored file per required kind, shared by every grown dossier (contents are kept once by their hash).</summary>
    private async Task<Dictionary<string, DocumentContent>> ContentsAsync(List<AwardType> awards, CancellationToken ct)
    {
        var contents = new Dictionary<string, DocumentContent>();
        foreach (var kind in awards.SelectMany(a => a.RequiredDocuments).Distinct())
        {
            var content = DocumentContent.From(DemoScan.Pdf($"DossierFlow - {kind} - du lieu tang truong"));
            if (!await db.DocumentContents.AnyAsync(c => c.Sha256 == content.Sha256, ct)) db.DocumentContents.Add(content);
            contents[kind] = content;
        }
        await SaveBatchAsync(ct);
        return contents;
    }

    /// <summary>Who takes each role's actions: the demo accounts for the province's roles, each unit's own accounts for the unit's.</summary>
    private async Task<Func<string, Organisation, Actor>> ActorsAsync(List<Organisation> organisations, CancellationToken ct)
    {
        var names = DemoUsers.All.GroupBy(a => a.Role).ToDictionary(g => g.Key, g => g.First().UserName);
        var accounts = await db.Users.AsNoTracking().Where(u => names.Values.Contains(u.UserName!) || u.UserName!.StartsWith("canbo.tt") || u.UserName!.StartsWith("lanhdao.tt"))
            .Select(u => new { u.Id, u.UserName, u.FullName, u.OrganisationId }).ToListAsync(ct);
        var byName = accounts.ToDictionary(a => a.UserName!);
        return (role, organisation) =>
        {
            var userName = role is Roles.UnitClerk or Roles.UnitLeader
                ? $"{(role == Roles.UnitClerk ? "canbo" : "lanhdao")}.tt{organisation.Code[CodePrefix.Length..]}"
                : names.GetValueOrDefault(role, "");
            return byName.TryGetValue(userName, out var a)
                ? new Actor(a.Id, a.FullName, a.OrganisationId, new HashSet<string> { role })
                : new Actor("system", "Hệ thống", Guid.Empty, new HashSet<string> { role });
        };
    }

    /// <summary>Adds one dossier taken to a state of its workflow; returns the number of mails its transitions sent.</summary>
    private int AddDossier(Movement movement, string code, Organisation proposer, List<AwardType> awards, Dictionary<string, DocumentContent> contents,
        Func<string, Organisation, Actor> actors, int thisYear, DateTime realNow)
    {
        var award = awards[_random.Next(awards.Count)];
        var definition = workflows.Latest(award.WorkflowId);
        var year = movement.StartYear;
        var at = new DateTime(year, 1 + _random.Next(year == thisYear ? Math.Max(1, realNow.Month - 1) : 10), 1 + _random.Next(28), 2 + _random.Next(8), _random.Next(60), 0, DateTimeKind.Utc);
        var dossier = Dossier.Create(movement, movement.Phases[0].Id, proposer, award, definition, CommendationType.Movement, at, actors(Roles.UnitClerk, proposer).UserId, code);
        for (var order = 1; order <= 1 + _random.Next(3); order++)
            dossier.AddNominee(dossier.Revision, order % 2 == 0 ? NomineeKind.Collective : NomineeKind.Individual,
                order % 2 == 0 ? $"Tổ công tác số {order} - {proposer.Name}" : PersonName(_random.Next(1000)), order % 2 == 0 ? null : "Chuyên viên", proposer.Name, at);
        foreach (var kind in DemoScan.SignedKinds(award, dossier))
            dossier.AttachDocument(dossier.Revision, kind, $"{kind.Replace('#', '-')}.pdf", "application/pdf", contents[kind.Split('#')[0]], at, dossier.CreatedBy);

        var mails = 0;
        var path = PathTo(definition, TargetState(definition, year, thisYear));
        foreach (var transition in path)
        {
            at = at.AddDays(1 + _random.Next(6));
            if (at > realNow) at = realNow;
            PrepareFacts(dossier, definition, transition, at);
            var role = transition.By.FirstOrDefault(r => r != Vocabulary.SystemRole) ?? transition.By[0];
            var actor = actors(role, proposer);
            var entry = dossier.Apply(definition, new TransitionDecision(transition, role, Late: false), actor,
                transition.CommentRequired ? "Hồ sơ chưa đủ điều kiện theo quy định." : null, Guid.CreateVersion7(), dossier.Revision, at,
                DateOnly.FromDateTime(VietnameseFormat.Local(at)), calendar);
            foreach (var target in transition.Notify)
            {
                var mail = new OutboxMessage($"dossier:{dossier.Id}:{entry.OperationId}:{target}", [proposer.ContactEmails[0]],
                    $"[DossierFlow] Hồ sơ đề nghị khen thưởng: {entry.ActionTitle}",
                    $"Kính gửi {proposer.Name},\n\nHồ sơ đề nghị {award.Name} của đơn vị đã chuyển sang bước \"{definition.State(entry.ToState).Title}\".", at);
                mail.Sent(at.AddSeconds(2));
                db.Outbox.Add(mail);
                mails++;
            }
        }
        db.Dossiers.Add(dossier);
        return mails;
    }

    /// <summary>Most dossiers of past years are closed; those of the last two years stand in any state.</summary>
    private string TargetState(WorkflowDefinition definition, int year, int thisYear)
    {
        var states = definition.States.Values.ToList();
        var finals = states.Where(s => s.Final).ToList();
        return year < thisYear - 1 && _random.NextDouble() < 0.9 ? finals[_random.Next(finals.Count)].Name : states[_random.Next(states.Count)].Name;
    }

    /// <summary>The shortest way along the workflow's transitions from its initial state to the target.</summary>
    private static List<TransitionDefinition> PathTo(WorkflowDefinition definition, string target)
    {
        var previous = new Dictionary<string, (TransitionDefinition Transition, string From)?> { [definition.Initial] = null };
        var queue = new Queue<string>([definition.Initial]);
        while (queue.TryDequeue(out var state) && state != target)
            foreach (var transition in definition.TransitionsFrom(state).Where(t => !previous.ContainsKey(t.To)))
            {
                previous[transition.To] = (transition, state);
                queue.Enqueue(transition.To);
            }
        var path = new List<TransitionDefinition>();
        for (var state = target; previous.GetValueOrDefault(state) is { } step; state = step.From)
            path.Insert(0, step.Transition);
        return path;
    }

    /// <summary>Records what a dedicated action needs first: the council's votes, the Chairman's and the central level's decisions.</summary>
    private void PrepareFacts(Dossier dossier, WorkflowDefinition definition, TransitionDefinition transition, DateTime at)
    {
        var recommended = transition.Action != Vocabulary.DedicatedAction.CouncilRejected;
        var holder = definition.State(dossier.State).Holder;
        if (holder == Vocabulary.Holder.Council && transition.Action is Vocabulary.DedicatedAction.CouncilDecided or Vocabulary.DedicatedAction.CouncilRejected)
            foreach (var nominee in dossier.Nominees)
                dossier.RecordCouncilVote(definition, dossier.Revision, nominee.Id, recommended, recommended ? 85m : 40m, "", at);
        else if (holder == Vocabulary.Holder.Chairman && transition.Action == Vocabulary.DedicatedAction.Decide)
            dossier.RecordChairmanDecision(definition, dossier.Revision, dossier.Nominees.Select(n => n.Id).ToList(), at);
        else if (holder == Vocabulary.Holder.Central && transition.Action == Vocabulary.DedicatedAction.RecordCentralAward)
            dossier.RecordCentralDecision(definition, dossier.Revision, $"{_random.Next(100, 2000)}/QĐ-TTg", DateOnly.FromDateTime(at),
                dossier.Nominees.Where(n => n.InDecision).Select(n => n.Id).ToList(), DateOnly.FromDateTime(at), at);
    }

    /// <summary>
    /// The deadline mails the sweep would have sent: for past years the reminders to the units that were late, for the
    /// current year a whole season (every reminder and every late notice to every unit), with the sweep's own keys.
    /// </summary>
    private async Task<int> AddDeadlineHistoryAsync(List<Movement> movements, List<Organisation> organisations, int thisYear, DateTime now, CancellationToken ct)
    {
        var known = (await db.Outbox.AsNoTracking().Where(m => m.IdempotencyKey.StartsWith("deadline:")).Select(m => m.IdempotencyKey).ToListAsync(ct)).ToHashSet();
        var added = 0;
        foreach (var movement in movements)
            foreach (var deadline in movement.Deadlines)
            {
                var due = deadline.DueIn(movement.StartYear)!.Value;
                var series = DeadlineKeys.Series(movement.Id, deadline.Code, movement.StartYear);
                var steps = deadline.ReminderDays.Select(d => $"before-{d}").ToList();
                if (movement.StartYear == thisYear)
                    steps.AddRange(Enumerable.Range(0, SweepDeadlines.LateForDays / SweepDeadlines.LateEveryDays).Select(s => $"late-{s}"));
                foreach (var organisation in organisations.Where((_, i) => movement.StartYear == thisYear || i % 4 == 0))
                    foreach (var step in steps)
                    {
                        var key = DeadlineKeys.Key(series, organisation.Code, step);
                        if (!known.Add(key)) continue;
                        var dueAt = due.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc);
                        var sentAt = dueAt < now ? dueAt : now;
                        var (subject, body) = step.StartsWith("late-", StringComparison.Ordinal)
                            ? DeadlineMails.Late(organisation.Name, movement.Title, deadline.Title, due, 1, "hồ sơ", "", "http://localhost")
                            : DeadlineMails.Reminder(organisation.Name, movement.Title, deadline.Title, due, 1, "hồ sơ", "http://localhost");
                        var mail = new OutboxMessage(key, organisation.ContactEmails, subject, body, sentAt).InSeries(series);
                        mail.Sent(sentAt);
                        db.Outbox.Add(mail);
                        if (++added % (Batch * 4) == 0) await SaveBatchAsync(ct);
                    }
            }
        await SaveBatchAsync(ct);
        return added;
    }

    private static string PersonName(int n) => $"{FamilyNames[n % FamilyNames.Length]} {GivenNames[n / FamilyNames.Length % GivenNames.Length]}";
}
