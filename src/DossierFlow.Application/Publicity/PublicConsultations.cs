using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Calendar;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Publicity;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Publicity;

public sealed record PublicConsultationRow(Guid DossierId, string AwardName, string UnitName, DateOnly OpensOn, DateOnly ClosesOn, int Nominees);

/// <summary>
/// What the public page may show of a nominee: kind, name, position, workplace and the achievement summary. Never the
/// CCCD, the staff code, the birth date or the gender: this record is the only shape a nominee leaves the public use
/// cases in, so a page cannot show what it was never given.
/// </summary>
public sealed record PublicNominee(NomineeKind Kind, string Name, string? Position, string? Workplace, string? AchievementSummary);

public sealed record PublicConsultationView(Guid DossierId, string AwardName, string UnitName, string MovementTitle, DateOnly OpensOn,
    DateOnly ClosesOn, bool IsOpen, IReadOnlyList<PublicNominee> Nominees);

/// <summary>The dossiers under public consultation today, for award types that put their dossiers to it; no sign-in.</summary>
public sealed class ListPublicConsultations(IAppDb db, TimeProvider clock) : IUseCase
{
    public const int PageSize = 20;

    public async Task<Page<PublicConsultationRow>> HandleAsync(int page = 1, CancellationToken ct = default)
    {
        var today = VietnameseFormat.Today(clock);
        page = Page<PublicConsultationRow>.Clamp(page);
        var open = from c in db.PublicConsultations.AsNoTracking()
                   where c.OpensOn <= today && c.ClosesOn >= today
                   join d in db.Dossiers on c.DossierId equals d.Id
                   join a in db.AwardTypes on d.AwardTypeId equals a.Id
                   where a.PublicConsultation
                   join o in db.Organisations on d.ProposingOrganisationId equals o.Id
                   select new { c, d, a, o };
        var total = await open.CountAsync(ct);
        var rows = await open.OrderBy(x => x.c.ClosesOn).ThenBy(x => x.d.Code)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new PublicConsultationRow(x.d.Id, x.a.Name, x.o.Name, x.c.OpensOn, x.c.ClosesOn, x.d.Nominees.Count))
            .ToListAsync(ct);
        return new Page<PublicConsultationRow>(rows, page, PageSize, total);
    }
}

/// <summary>One dossier under consultation as the public sees it: its award, unit, period and nominees (public fields only).</summary>
public sealed class GetPublicConsultation(IAppDb db, TimeProvider clock) : IUseCase
{
    public async Task<PublicConsultationView> HandleAsync(Guid dossierId, CancellationToken ct = default)
    {
        var found = await (from c in db.PublicConsultations.AsNoTracking()
                           where c.DossierId == dossierId
                           join d in db.Dossiers on c.DossierId equals d.Id
                           join a in db.AwardTypes on d.AwardTypeId equals a.Id
                           where a.PublicConsultation
                           join o in db.Organisations on d.ProposingOrganisationId equals o.Id
                           join m in db.Movements on d.MovementId equals m.Id
                           select new { c.OpensOn, c.ClosesOn, Award = a.Name, Unit = o.Name, Movement = m.Title })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Không tìm thấy hồ sơ đang lấy ý kiến.");
        var nominees = await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId).SelectMany(d => d.Nominees)
            .OrderBy(n => n.Order)
            .Select(n => new PublicNominee(n.Kind, n.Name, n.Position, n.Workplace, n.AchievementSummary))
            .ToListAsync(ct);
        var today = VietnameseFormat.Today(clock);
        return new PublicConsultationView(dossierId, found.Award, found.Unit, found.Movement, found.OpensOn, found.ClosesOn,
            today >= found.OpensOn && today <= found.ClosesOn, nominees);
    }
}

public sealed record OpinionInput(string? Name, string? Contact, string? Text);

/// <summary>
/// An opinion from the public page, stored for Sở Nội vụ. Throttled per client in the database (so every node counts
/// the same and a restart forgets nothing): at most <see cref="PerWindow"/> opinions from one client in
/// <see cref="Window"/>; more are refused with a message and store nothing.
/// </summary>
public sealed class SendPublicOpinion(IAppDb db, TimeProvider clock) : IUseCase
{
    public const int PerWindow = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <param name="clientKey">The client as the web layer identifies it (<see cref="ClientKeys"/>), not the address itself.</param>
    public async Task HandleAsync(Guid dossierId, string clientKey, OpinionInput input, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - Window;
        if (await db.PublicOpinions.CountAsync(o => o.ClientKey == clientKey && o.ReceivedAt > since, ct) >= PerWindow)
            throw new DomainException("opinion-throttled",
                $"Bạn đã gửi {PerWindow} ý kiến trong {Window.TotalMinutes:0} phút vừa qua. Vui lòng chờ ít phút rồi gửi tiếp.");
        var consultation = await (from c in db.PublicConsultations
                                  where c.DossierId == dossierId
                                  join d in db.Dossiers on c.DossierId equals d.Id
                                  join a in db.AwardTypes on d.AwardTypeId equals a.Id
                                  where a.PublicConsultation
                                  select c).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Không tìm thấy hồ sơ đang lấy ý kiến.");
        db.PublicOpinions.Add(PublicOpinion.Receive(consultation, input.Name, input.Contact, input.Text, clientKey, VietnameseFormat.Today(clock), now));
    }
}

/// <summary>How the web layer turns a client's network address into the key the throttle counts: a SHA-256, so the address is not stored.</summary>
public static class ClientKeys
{
    public static string Of(string? address) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("opinion|" + (address ?? "unknown"))));
}

public sealed record ConsultationOpinion(string Name, string Contact, string Text, DateTime ReceivedAt);

public sealed record DossierConsultation(DateOnly OpensOn, DateOnly ClosesOn, int OpinionCount, IReadOnlyList<ConsultationOpinion> Opinions);

/// <summary>
/// The dossier page's consultation part for Sở Nội vụ: the period and the opinions received (the newest 100; the
/// count says how many in all). Null when the dossier was never put to consultation.
/// </summary>
public sealed class GetDossierConsultation(IAppDb db) : IUseCase
{
    public static readonly string[] Readers = [Roles.HomeAffairsClerk, Roles.HomeAffairsReviewer, Roles.Auditor];

    public async Task<DossierConsultation?> HandleAsync(Actor actor, Guid dossierId, CancellationToken ct = default)
    {
        if (!actor.IsInAny(Readers)) return null;
        var consultation = await db.PublicConsultations.AsNoTracking().FirstOrDefaultAsync(c => c.DossierId == dossierId, ct);
        if (consultation is null) return null;
        var opinions = db.PublicOpinions.AsNoTracking().Where(o => o.DossierId == dossierId);
        var count = await opinions.CountAsync(ct);
        var newest = await opinions.OrderByDescending(o => o.ReceivedAt).Take(100)
            .Select(o => new ConsultationOpinion(o.Name, o.Contact, o.Text, o.ReceivedAt)).ToListAsync(ct);
        return new DossierConsultation(consultation.OpensOn, consultation.ClosesOn, count, newest);
    }
}

/// <summary>
/// Sở Nội vụ's reviewer puts a dossier for a national award to public consultation: for the award types set to it,
/// while the dossier is with the province (submitted, not back with its unit, not finished). The period defaults
/// to <see cref="PublicConsultation.WorkingDays"/> working days from the first day.
/// </summary>
public sealed class OpenPublicConsultation(IAppDb db, WorkflowCatalog workflows, WorkingCalendar calendar, TimeProvider clock) : IUseCase
{
    /// <param name="opensOn">dd/MM/yyyy; today when empty.</param>
    /// <param name="closesOn">dd/MM/yyyy; 10 working days on when empty.</param>
    public async Task<DateOnly> HandleAsync(Actor actor, Guid dossierId, string? opensOn, string? closesOn, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.HomeAffairsReviewer);
        var dossier = await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(d => d.Id == dossierId, ct)
            ?? throw new NotFoundException("Không tìm thấy hồ sơ.");
        var award = await db.AwardTypes.AsNoTracking().FirstAsync(a => a.Id == dossier.AwardTypeId, ct);
        if (award.Level != AwardLevel.National || !award.PublicConsultation)
            throw new DomainException("consultation-award", $"{award.Name} không thuộc các hình thức được lấy ý kiến Nhân dân trên trang công khai.");
        var state = workflows.Get(dossier.WorkflowId, dossier.WorkflowVersion).State(dossier.State);
        if (state.Final || state.IsHeldBy(Vocabulary.Holder.ProposingUnit))
            throw new DomainException("consultation-state", $"Không thể lấy ý kiến khi hồ sơ ở trạng thái \"{state.Title}\".");
        if (await db.PublicConsultations.AnyAsync(c => c.DossierId == dossierId, ct))
            throw new DomainException("consultation-exists", "Hồ sơ này đã được đưa ra lấy ý kiến.");
        var today = VietnameseFormat.Today(clock);
        var first = string.IsNullOrWhiteSpace(opensOn) ? today
            : VietnameseFormat.TryParseDate(opensOn, out var o) ? o : throw new DomainException("consultation-date", "Ngày bắt đầu phải có dạng dd/MM/yyyy.");
        var last = string.IsNullOrWhiteSpace(closesOn) ? calendar.AddWorkingDays(first, PublicConsultation.WorkingDays - 1)
            : VietnameseFormat.TryParseDate(closesOn, out var c) ? c : throw new DomainException("consultation-date", "Ngày kết thúc phải có dạng dd/MM/yyyy.");
        db.PublicConsultations.Add(PublicConsultation.Open(dossierId, first, last, today, actor.UserId, clock.GetUtcNow().UtcDateTime));
        return last;
    }
}
