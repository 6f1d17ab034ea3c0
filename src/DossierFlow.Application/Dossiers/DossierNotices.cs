using System.Globalization;
using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Calendar;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Dossiers;

/// <summary>
/// What a dossier's action issues and tells its unit, run by <see cref="WorkflowAction"/> once the dossier has moved:
/// the documents the step issues (the numbered receipt at "receive", the forms whose issuer holds the dossier there
/// and whose issued-at names the action), the current document issued at the action attached to the unit's mail
/// (the receipt, the decision) and, when the dossier closes, the nominees it awards. All of it joins the action's
/// unit of work: a receipt that cannot be made leaves the dossier where it was.
/// </summary>
public sealed class DossierNotices(IAppDb db, FormCatalog forms, DossierForms dossierForms, WorkflowCatalog workflows, WorkingCalendar calendar,
    TimeProvider clock)
{
    /// <summary>Which holder issues a form's documents at its step, by the form's issuer.</summary>
    private static readonly IReadOnlyDictionary<string, string> IssuingHolder = new Dictionary<string, string>
    {
        ["proposer"] = Vocabulary.Holder.ProposingUnit,
        [DossierForms.HomeAffairsIssuer] = Vocabulary.Holder.HomeAffairs,
        ["province"] = Vocabulary.Holder.Chairman,
    };

    internal Func<JournalEntry, CancellationToken, Task<NoticeExtras>> For(Actor actor, DossierContext context) =>
        (entry, ct) => IssueAsync(actor, context, entry, ct);

    private async Task<NoticeExtras> IssueAsync(Actor actor, DossierContext context, JournalEntry entry, CancellationToken ct)
    {
        var dossier = context.Dossier;
        var definition = workflows.Get(dossier.WorkflowId, dossier.WorkflowVersion);
        var from = definition.State(entry.FromState);
        var issuedHere = forms.All.Where(f => f.IssuedAt.Contains(entry.Action)).ToList();
        // A dedicated action (the Chairman's decision) issues its document on its own screen, with what it needs.
        if (!Vocabulary.IsDedicated(from, entry.Action))
            foreach (var form in issuedHere.Where(f => IssuingHolder.TryGetValue(f.Issuer, out var holder) && from.IsHeldBy(holder)))
                await dossierForms.IssueAsync(context, form.Code, ReceiptValues(context, entry, form.Code), actor, ct);

        var lines = new List<string>();
        var attachment = issuedHere.Select(f => dossier.CurrentDocuments.FirstOrDefault(d => d.Kind == f.Code)).FirstOrDefault(d => d is not null);
        byte[]? content = null;
        if (attachment is not null)
        {
            content = (await db.DocumentContents.FindAsync([attachment.Sha256], ct))!.Bytes;
            lines.Add($"{VietnameseLabels.DocumentKind(attachment.Kind)} được gửi kèm thư này (tệp {attachment.FileName}).");
        }
        if (definition.State(entry.ToState).Final) lines.InsertRange(0, AwardedLines(context));
        return new NoticeExtras(lines, attachment?.FileName, attachment?.ContentType, content);
    }

    /// <summary>The placeholders of the receipt: what was received, when, by whom, and the working day it is due.</summary>
    private Dictionary<string, string> ReceiptValues(DossierContext context, JournalEntry entry, string ownKind)
    {
        var dossier = context.Dossier;
        var today = VietnameseFormat.Today(clock);
        var local = VietnameseFormat.Local(entry.At);
        var left = dossier.Clock.DaysLeft(today, calendar);
        // An earlier receipt (the dossier was returned and sent again) is not part of what the unit sent.
        var documents = dossier.CurrentDocuments.Where(d => d.Kind != ownKind)
            .OrderBy(d => d.Kind.Split('#')[0], StringComparer.Ordinal).ThenBy(d => d.Kind.Split('#') is [_, var order] && int.TryParse(order, out var n) ? n : 0)
            .Select(d => $"{VietnameseLabels.DocumentOf(d.Kind, dossier.Nominees)}: tệp {d.FileName}, phiên bản {d.Version}").ToList();
        return new Dictionary<string, string>
        {
            ["dossier-name"] = dossier.Code,
            ["unit"] = context.Proposer.Name,
            ["received-at"] = $"{local.ToString("HH:mm", CultureInfo.InvariantCulture)} ngày {VietnameseFormat.Date(DateOnly.FromDateTime(local))}",
            ["received-by"] = entry.UserName,
            ["documents-received"] = documents.Count > 0 ? string.Join('\n', documents) : "Không có tài liệu.",
            ["document-count"] = documents.Count.ToString("00", CultureInfo.InvariantCulture),
            ["nominee-count"] = dossier.Nominees.Count.ToString("00", CultureInfo.InvariantCulture),
            ["sla-days"] = left?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["due-date"] = left is { } days ? VietnameseFormat.Date(calendar.AddWorkingDays(today, Math.Max(days, 0))) : "không quy định",
        };
    }

    /// <summary>The closing mail lists whom the dossier awards: approved by the Chairman and, for a national award, by the central level.</summary>
    private static IEnumerable<string> AwardedLines(DossierContext context)
    {
        var awarded = context.Dossier.Nominees.Where(n => n.ChairmanApproved == true && n.CentralAwarded != false).OrderBy(n => n.Order).ToList();
        if (awarded.Count == 0) return ["Không có tập thể, cá nhân nào của hồ sơ được khen thưởng."];
        return awarded.Select((n, i) => $"  {i + 1}. {n.Name}{(n.Position is { } p ? ", " + p : "")}{(n.Workplace is { } w ? ", " + w : "")}")
            .Prepend($"Tập thể, cá nhân được tặng {context.Award.Name} ({awarded.Count:00}):");
    }
}
