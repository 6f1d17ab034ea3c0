using System.Text;
using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Application.Mail;

/// <summary>
/// With Mail:SubmissionNotices = HourlyDigest, queues one mail to Sở Nội vụ's reception address listing the dossier
/// actions that notify it (a submission) since the last digest. The window starts where the last digest ended (its
/// creation time), so a run missed during downtime is caught up by the next, and ends a minute ago, so an action
/// still committing is left for the next window rather than lost. A window with nothing in it queues nothing.
/// </summary>
public sealed class SendSubmissionDigest(IAppDb db, WorkflowCatalog workflows, IOptions<MailOptions> mail, TimeProvider clock) : IUseCase
{
    public const string KeyPrefix = "submission-digest:";

    /// <summary>The number of dossiers the queued digest lists (0: nothing queued).</summary>
    public async Task<int> HandleAsync(CancellationToken ct = default)
    {
        if (mail.Value.SubmissionNotices != SubmissionNoticeMode.HourlyDigest) return 0;
        var until = clock.GetUtcNow().UtcDateTime.AddMinutes(-1);
        var since = await db.Outbox.Where(m => m.IdempotencyKey.StartsWith(KeyPrefix)).MaxAsync(m => (DateTime?)m.CreatedAt, ct)
            ?? until.AddHours(-1);
        if (since >= until) return 0;

        var actions = workflows.All.SelectMany(w => w.Transitions).Where(t => t.Notify.Contains(Vocabulary.Holder.HomeAffairs))
            .Select(t => t.Action).Distinct().ToList();
        var entries = await db.Dossiers.AsNoTracking()
            .SelectMany(d => d.Journal.Where(e => e.At > since && e.At <= until && actions.Contains(e.Action)),
                (d, e) => new { d.Id, d.WorkflowId, d.WorkflowVersion, e.Action, e.FromState, e.ActionTitle, e.At })
            .ToListAsync(ct);
        // The same action word may notify Sở Nội vụ in one workflow and not in another: the dossier's own version decides.
        entries = entries.Where(e => workflows.Find(e.WorkflowId, e.WorkflowVersion)?.Find(e.Action, e.FromState)?.Notify
            .Contains(Vocabulary.Holder.HomeAffairs) == true).OrderBy(e => e.At).ToList();
        if (entries.Count == 0) return 0;

        var ids = entries.Select(e => e.Id).Distinct().ToList();
        var dossiers = await db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var organisationIds = dossiers.Values.Select(d => d.ProposingOrganisationId).Distinct().ToList();
        var units = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var awardIds = dossiers.Values.Select(d => d.AwardTypeId).Distinct().ToList();
        var awards = await db.AwardTypes.AsNoTracking().Where(a => awardIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);

        var code = mail.Value.HomeAffairsOrganisationCode;
        var homeAffairs = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == code, ct);
        var addresses = mail.Value.ReceptionAddresses.Count > 0 ? mail.Value.ReceptionAddresses : homeAffairs?.ContactEmails ?? [];
        if (addresses.Count == 0) return 0;

        var link = mail.Value.PublicBaseUrl.TrimEnd('/');
        var body = new StringBuilder()
            .Append($"Kính gửi {homeAffairs?.Name ?? Vocabulary.Holders[Vocabulary.Holder.HomeAffairs]},\n\n")
            .Append($"Từ {VietnameseFormat.DateTime(since)} đến {VietnameseFormat.DateTime(until)} có {ids.Count:00} hồ sơ được trình Sở Nội vụ:\n\n");
        foreach (var (entry, index) in entries.Select((e, i) => (e, i + 1)))
        {
            var dossier = dossiers[entry.Id];
            body.Append($"  {index}. Hồ sơ {dossier.Code} của {units[dossier.ProposingOrganisationId]}, đề nghị tặng {awards[dossier.AwardTypeId]}\n")
                .Append($"     {entry.ActionTitle} lúc {VietnameseFormat.DateTime(entry.At)}. Xem hồ sơ: {link}/Dossiers/Details/{dossier.Id}\n");
        }
        body.Append($"\nHộp hồ sơ chờ tiếp nhận: {link}/Inbox\n\nThư này được gửi tự động từ hệ thống DossierFlow, vui lòng không trả lời.\n");
        db.Outbox.Add(new OutboxMessage($"{KeyPrefix}{until:O}", addresses,
            $"[DossierFlow] {ids.Count:00} hồ sơ mới trình Sở Nội vụ đến {VietnameseFormat.DateTime(until)}", body.ToString(), until));
        return ids.Count;
    }
}
