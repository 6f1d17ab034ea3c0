using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Forms;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Council;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Application.Council.Decisions;

/// <param name="Number">The number in the register (the suggested next free one, or another the office types).</param>
/// <param name="Date">dd/MM/yyyy: not before the minutes, not after today.</param>
public sealed record IssueDecisionInput(int Revision, string? Number, string? Date);

public sealed record IssuedDecision(string NumberText, DateOnly Date, string FileName, int Dossiers, int Awarded);

/// <summary>
/// The document office (Văn phòng UBND tỉnh) numbers and dates what the Chairman approved, and the document is
/// issued: rendered with every approved nominee of the award across the session's dossiers, grouped by unit with
/// the amounts; attached to each dossier; each dossier decided (awarded, or refused when none of its nominees is
/// left; a national award sent upward instead) and journalled; each unit mailed with its own awarded nominees and
/// the document. The number, the document, the states, the journal and the mails are one unit of work: a number
/// already used or a date before the minutes changes nothing.
/// </summary>
public sealed class IssueSessionDecision(IAppDb db, WorkflowCatalog workflows, FormCatalog forms, WorkflowAction action, IDocumentRenderer renderer,
    IDocumentNumbers numbers, IOptions<ProvinceOptions> province, IOptions<Mail.MailOptions> mail, TimeProvider clock) : IUseCase
{
    public const string DecisionForm = "quyet-dinh-khen-thuong";
    public const string ProposalForm = "to-trinh-trung-uong";

    public async Task<IssuedDecision> HandleAsync(Actor actor, Guid decisionId, IssueDecisionInput input, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.DocumentOffice);
        var decision = await db.SessionDecisions.FirstOrDefaultAsync(d => d.Id == decisionId, ct) ?? throw new NotFoundException("Không tìm thấy văn bản.");
        if (!int.TryParse(input.Number?.Trim(), System.Globalization.NumberStyles.None, VietnameseFormat.Culture, out var number) || number <= 0)
            throw new DomainException("decision-number", "Số văn bản phải là số nguyên dương (ví dụ: 125).");
        if (!VietnameseFormat.TryParseDate(input.Date, out var date))
            throw new DomainException("decision-date", "Ngày ban hành phải có dạng dd/MM/yyyy.");
        var session = await db.CouncilSessions.AsNoTracking().Where(s => s.Id == decision.SessionId)
            .Select(s => new { s.MinutesIssuedOn, Dossiers = s.Items.Select(i => i.DossierId).ToList() }).FirstAsync(ct);
        var committee = await db.Organisations.AsNoTracking().FirstAsync(o => o.Code == province.Value.CommitteeCode, ct);
        var form = forms.Get(decision.Kind == SessionDecisionKind.Decision ? DecisionForm : ProposalForm);
        var numberText = DecisionNumbers.Text(number, decision.Symbol, committee.ShortCode);
        if (await NumberUsedAsync(decision, committee, number, date.Year, ct))
            throw new DomainException("decision-number-used", $"Số {numberText} năm {date.Year} đã được dùng cho văn bản khác. Vui lòng chọn số khác.");

        var award = await db.AwardTypes.AsNoTracking().FirstAsync(a => a.Id == decision.AwardTypeId, ct);
        var contexts = new List<DossierContext>();
        foreach (var id in await db.Dossiers.Where(d => session.Dossiers.Contains(d.Id) && d.AwardTypeId == award.Id).Select(d => d.Id).ToListAsync(ct))
        {
            var context = await DossierContext.LoadAsync(db, id, Guid.NewGuid(), ct);
            if (workflows.Get(context.Dossier.WorkflowId, context.Dossier.WorkflowVersion).State(context.Dossier.State).IsHeldBy(Vocabulary.Holder.Chairman))
                contexts.Add(context);
        }
        var vietnamese = StringComparer.Create(VietnameseFormat.Culture, false);
        contexts = contexts.OrderBy(c => c.Proposer.Name, vietnamese).ThenBy(c => c.Dossier.Code, StringComparer.Ordinal).ToList();
        var withAmounts = form.Amounts;
        var lines = contexts.SelectMany(c => c.Dossier.Nominees.Where(n => n.ChairmanApproved == true).OrderBy(n => n.Order)
            .Select(n => new NomineeLine(FormContext.KindName(n.Kind), n.Name, n.Position, n.Workplace,
                withAmounts ? FormContext.AmountOn(award, province.Value, n.Kind, date) : null, Unit: c.Proposer.Name))).ToList();
        var movements = contexts.Select(c => c.Movement).DistinctBy(m => m.Id)
            .Select(m => (m.Title, $"{m.PlanNumber} ngày {VietnameseFormat.Date(m.PlanDate)}")).ToList();
        var parent = committee.ParentId is { } p ? await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == p, ct) : null;
        var signer = new Signer(decision.SignerName, decision.SignerPosition, decision.SignerCapacity);
        var homeAffairs = await db.Organisations.AsNoTracking().Where(o => o.Code == mail.Value.HomeAffairsOrganisationCode).Select(o => o.ShortCode).FirstOrDefaultAsync(ct);
        var proposals = (await db.SubmissionBatches.AsNoTracking().Where(b => b.SessionId == decision.SessionId && b.SubmissionNumber != null)
                .Select(b => new { Number = b.SubmissionNumber!.Value, IssuedOn = b.SubmissionIssuedOn!.Value }).ToListAsync(ct))
            .OrderBy(b => b.IssuedOn).ThenBy(b => b.Number)
            .Select(b => $"{DecisionNumbers.Text(b.Number, "TTr", homeAffairs ?? "SNV")} ngày {VietnameseFormat.Date(b.IssuedOn)}").ToList();
        var model = SessionDecisionDocument.Build(form, province.Value, committee, parent, award, movements, lines, number, date, signer, proposals);
        var bytes = renderer.RenderDocx(form, model);
        var content = await SubjectUpload.ContentAsync(db, bytes, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        decision.Issue(input.Revision, number, date, session.MinutesIssuedOn ?? date, VietnameseFormat.Today(clock), content.Sha256, actor.UserId, now);
        await numbers.RaiseToAsync(committee.Code, decision.Symbol, date.Year, number, ct);

        var kindName = decision.Kind == SessionDecisionKind.Decision ? "Quyết định" : "Tờ trình";
        var fileName = $"{(decision.Kind == SessionDecisionKind.Decision ? "quyet-dinh" : "to-trinh")}-so-{number:00}-{date.Year}.docx";
        var reasons = decision.Exclusions.ToDictionary(e => e.NomineeId, e => e.Reason);
        var passing = decision.Kind == SessionDecisionKind.Decision ? Vocabulary.DedicatedAction.Decide : Vocabulary.DedicatedAction.SignProposal;
        // The decision is the Chairman's: each dossier's journal records it as theirs, issued under the office's number.
        var chairman = new Actor(decision.ApprovedBy, decision.ApprovedByName, committee.Id, new HashSet<string> { Roles.Chairman });
        foreach (var context in contexts)
        {
            var dossier = context.Dossier;
            dossier.AttachIssuedDocument(dossier.Revision, form.Code, fileName, IDocumentRenderer.DocxContentType, content, now, actor.DisplayName);
            var awarded = dossier.Nominees.Where(n => n.ChairmanApproved == true).OrderBy(n => n.Order).ToList();
            var left = dossier.Nominees.Where(n => n.ChairmanApproved == false).OrderBy(n => n.Order)
                .Select(n => reasons.TryGetValue(n.Id, out var why) ? $"{n.Name} ({why})" : n.Name).ToList();
            var comment = $"{kindName} số {numberText} ngày {VietnameseFormat.Date(date)} (văn thư cấp số: {actor.DisplayName})."
                + (left.Count > 0 ? $" Không khen thưởng: {string.Join("; ", left)}." : "");
            var mailLines = UnitLines(award.Name, decision.Kind, awarded.Select(n => (n.Name, n.Position,
                withAmounts ? FormContext.AmountOn(award, province.Value, n.Kind, date) : (decimal?)null)).ToList(), left, kindName, numberText, date, fileName);
            await action.TakeAsync(chairman, dossier,
                new WorkflowActionInput(awarded.Count > 0 ? passing : Vocabulary.DedicatedAction.Decline, dossier.Revision, Guid.NewGuid(), comment),
                () => context.Facts(forms.PerNominee), context.Description, ct,
                (_, _) => Task.FromResult(new NoticeExtras(mailLines, fileName, IDocumentRenderer.DocxContentType, bytes)));
        }
        return new IssuedDecision(numberText, date, fileName, contexts.Count, lines.Count);
    }

    /// <summary>
    /// A number is used when another session document of the register has it in that year, or a dossier's own
    /// numbered document of the People's Committee with the same symbol does (the registers are shared).
    /// </summary>
    private async Task<bool> NumberUsedAsync(SessionDecision decision, Domain.Organisations.Organisation committee, int number, int year, CancellationToken ct)
    {
        if (await db.SessionDecisions.AnyAsync(d => d.Id != decision.Id && d.Symbol == decision.Symbol && d.Year == year && d.Number == number, ct))
            return true;
        var codes = forms.All.Where(f => f.Issuer == "province" && f.Symbol == decision.Symbol).Select(f => f.Code).ToList();
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return await db.FormData.AnyAsync(f => codes.Contains(f.FormCode) && f.Number == number && f.IssuedOn >= first && f.IssuedOn <= last, ct);
    }

    /// <summary>The unit's part: whom of its dossier the document awards (or proposes), with the amounts, and whom it does not.</summary>
    private static List<string> UnitLines(string award, SessionDecisionKind kind, IReadOnlyList<(string Name, string? Position, decimal? Amount)> awarded,
        IReadOnlyList<string> left, string kindName, string numberText, DateOnly date, string fileName)
    {
        var verb = kind == SessionDecisionKind.Decision ? "được tặng" : "được Ủy ban nhân dân tỉnh đề nghị tặng";
        var lines = new List<string>();
        if (awarded.Count > 0)
        {
            lines.Add($"Tập thể, cá nhân của đơn vị {verb} {award} ({awarded.Count:00}) theo {kindName} số {numberText} ngày {VietnameseFormat.Date(date)}:");
            lines.AddRange(awarded.Select((n, i) => $"  {i + 1}. {n.Name}{(n.Position is { } p ? ", " + p : "")}"
                + (n.Amount is { } a ? $": {a.ToString("N0", VietnameseFormat.Culture)} đồng" : "")));
        }
        else lines.Add("Không có tập thể, cá nhân nào của hồ sơ được khen thưởng.");
        if (left.Count > 0) lines.Add($"Không khen thưởng: {string.Join("; ", left)}.");
        lines.Add($"{kindName} được gửi kèm thư này (tệp {fileName}).");
        return lines;
    }
}
