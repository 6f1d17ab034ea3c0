using System.Globalization;
using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Application.Forms;

public sealed record FormPage(FormDefinition Form, Dossier Dossier, Nominee? Nominee, DocumentModel Model, int? Number, bool CanEdit,
    DateOnly? IssuedOn = null);

/// <summary>
/// A dossier's forms: show a form with its saved (or default) values, save what the clerk entered, and
/// generate the document — a new version each time, numbered when asked, never the same number twice. Nothing
/// here saves: the caller's unit of work does, with the number in the same transaction as the document.
/// </summary>
public sealed class DossierForms(IAppDb db, FormCatalog forms, Workflows.WorkflowCatalog workflows, IDocumentRenderer renderer,
    IDocumentNumbers numbers, ISignerDirectory signers, IOptions<ProvinceOptions> province, IOptions<Mail.MailOptions> mail, TimeProvider clock)
{
    /// <summary>The issuer of the documents Sở Nội vụ issues itself (the receipt): the organisation Mail:HomeAffairsOrganisationCode names.</summary>
    public const string HomeAffairsIssuer = "home-affairs";

    /// <summary>
    /// Issues a form at the workflow step that issues it (the receipt at "receive"): the action has already checked
    /// who may take it, so no edit right is asked. Each issue takes the next number of the issuer's register and
    /// adds a new version of the document; nothing the clerk typed is involved, only the form's defaults filled
    /// from the dossier and <paramref name="extra"/>.
    /// </summary>
    /// <remarks>
    /// It runs inside the action, on the dossier, movement, award and unit the action loaded (<paramref name="context"/>):
    /// reading them again, and checking again who may see the dossier, were half of a receive's statements.
    /// </remarks>
    internal async Task<DossierDocument> IssueAsync(DossierContext context, string code, IReadOnlyDictionary<string, string> extra,
        Actor actor, CancellationToken ct)
    {
        var (form, dossier) = (forms.Get(code), context.Dossier);
        RequireInForce(form, dossier, null);
        var data = await SavedDataAsync(dossier.Id, code, null, ct);
        var facts = await FactsAsync(form, dossier, context.Movement, context.Award, null, data, context.Proposer, ct);
        var today = VietnameseFormat.Today(clock);
        var issued = new FormData(dossier.Id, code, null, clock.GetUtcNow().UtcDateTime);
        issued.Numbered(await numbers.NextAsync(facts.Issuer.Code, form.Symbol, today.Year, ct), today);
        var bytes = renderer.RenderDocx(form, FormContext.Build(form, issued, facts, extra), ProvinceTemplate(code));
        return await SubjectUpload.StoreAsync(db, dossier, code, $"{code}-so-{issued.Number:00}.docx", IDocumentRenderer.DocxContentType,
            bytes, dossier.Revision, clock.GetUtcNow().UtcDateTime, actor.DisplayName, ct, issuedByProvince: true, origin: DocumentOrigin.Numbered);
    }

    public async Task<FormPage> GetAsync(Actor actor, Guid dossierId, string code, Guid? nomineeId, CancellationToken ct = default)
    {
        var (form, dossier, nominee, data, facts, carried) = await LoadAsync(actor, dossierId, code, nomineeId, ct);
        return new FormPage(form, dossier, nominee, FormContext.Build(form, data ?? carried, facts), data?.Number, MayEdit(actor, form, dossier),
            data?.IssuedOn);
    }

    public async Task SaveAsync(Actor actor, Guid dossierId, string code, Guid? nomineeId, FormValues values, CancellationToken ct = default)
    {
        var (form, dossier, _, data, _, _) = await LoadAsync(actor, dossierId, code, nomineeId, ct);
        RequireEdit(actor, form, dossier);
        values = values.Composed();
        CheckTypes(form, values);
        data ??= db.FormData.Add(new FormData(dossierId, code, nomineeId, clock.GetUtcNow().UtcDateTime)).Entity;
        data.Change(values.ToJson(), clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>
    /// Renders the form into a new version of the dossier's document of that kind. Numbering dates it
    /// <paramref name="issuedOn"/> (today when null), never after today nor before a document it cites; a user who
    /// signs (a signing capacity) and numbers it becomes its signer.
    /// </summary>
    public async Task<Guid> GenerateAsync(Actor actor, Guid dossierId, string code, Guid? nomineeId, bool assignNumber, int revision,
        CancellationToken ct = default, DateOnly? issuedOn = null)
    {
        var (form, dossier, nominee, data, facts, carried) = await LoadAsync(actor, dossierId, code, nomineeId, ct);
        RequireEdit(actor, form, dossier);
        if (assignNumber && data?.Number is null && await signers.ByUserAsync(actor.UserId, ct) is { } numberer)
            facts = facts with { Signer = numberer };
        var model = FormContext.Build(form, data ?? carried, facts);
        var missing = form.Fields.Where(f => f.Required && f.Type != "table" && Applies(f, model.NomineeKind) && string.IsNullOrWhiteSpace(model.Value(f.Key)))
            .Select(f => f.Label).ToList();
        if (missing.Count > 0)
            throw new DomainException("form-incomplete", $"Chưa thể tạo văn bản, còn thiếu: {string.Join(", ", missing)}.");
        if (assignNumber && form.Layout != "list")
        {
            RequireIssuingStep(actor, form, dossier);
            if (data is null)
            {
                data = db.FormData.Add(new FormData(dossierId, code, nomineeId, clock.GetUtcNow().UtcDateTime)).Entity;
                if (carried is not null) data.Change(carried.ValuesJson, clock.GetUtcNow().UtcDateTime);
            }
            if (data.IssuedOn is null)
            {
                var date = await IssueDateAsync(form, dossier, issuedOn, ct);
                // An achievement report takes no number from the unit's register: issuing it only dates it.
                if (form.Numbered) data.Numbered(await numbers.NextAsync(facts.Issuer.Code, form.Symbol, date.Year, ct), date);
                else data.Dated(date);
                model = FormContext.Build(form, data, facts);
            }
        }
        var template = ProvinceTemplate(code);
        var bytes = renderer.RenderDocx(form, model, template);
        var kind = nominee is null ? form.DocumentKind : DossierChecklist.KindFor(form.DocumentKind, nominee);
        var state = model.Draft ? "-du-thao" : data?.Number is { } n ? "-so-" + n.ToString("00", CultureInfo.InvariantCulture) : "-ban-ky";
        var fileName = $"{code}{(nominee is null ? "" : "-" + nominee.Order)}{state}.docx";
        var document = await SubjectUpload.StoreAsync(db, dossier, kind, fileName,
            IDocumentRenderer.DocxContentType, bytes, revision,
            clock.GetUtcNow().UtcDateTime, actor.DisplayName, ct, issuedByProvince: form.Issuer == "province",
            origin: model.Draft ? DocumentOrigin.Draft : DocumentOrigin.Numbered);
        return document.Id;
    }

    /// <summary>
    /// The date a document is numbered under: today unless the numberer sets another, never in the future and never
    /// before the documents it cites (the decision not before the council's minutes).
    /// </summary>
    private async Task<DateOnly> IssueDateAsync(FormDefinition form, Dossier dossier, DateOnly? issuedOn, CancellationToken ct)
    {
        var today = VietnameseFormat.Today(clock);
        var date = issuedOn ?? today;
        if (date > today)
            throw new DomainException("form-issued-future", $"Ngày ban hành {VietnameseFormat.Date(date)} chưa đến; chỉ chọn được đến hôm nay.");
        foreach (var (title, cited) in await CitedDatesAsync(form, dossier, ct))
            if (date < cited)
                throw new DomainException("form-issued-before-cited",
                    $"Ngày ban hành {VietnameseFormat.Date(date)} trước ngày của {title} ({VietnameseFormat.Date(cited)}) mà văn bản này căn cứ.");
        return date;
    }

    private async Task<List<(string Title, DateOnly Date)>> CitedDatesAsync(FormDefinition form, Dossier dossier, CancellationToken ct)
    {
        var dates = new List<(string, DateOnly)>();
        foreach (var cited in form.Cites)
        {
            if (cited == Council.GenerateMinutes.DocumentKind)
            {
                var minutes = await db.CouncilSessions.AsNoTracking().Where(s => s.MinutesIssuedOn != null && s.Items.Any(i => i.DossierId == dossier.Id))
                    .Select(s => s.MinutesIssuedOn).ToListAsync(ct);
                if (minutes.Count > 0) dates.Add(("biên bản họp Hội đồng Thi đua - Khen thưởng tỉnh", minutes.Max()!.Value));
                continue;
            }
            var issued = await db.FormData.AsNoTracking().Where(f => f.DossierId == dossier.Id && f.FormCode == cited && f.IssuedOn != null)
                .Select(f => f.IssuedOn).ToListAsync(ct);
            if (issued.Count > 0) dates.Add(((forms.Find(cited)?.Title ?? cited).ToLower(VietnameseFormat.Culture), issued.Max()!.Value));
        }
        return dates;
    }

    /// <summary>
    /// How other documents of the dossier are cited ("{to-trinh-ref}"): "số 05/TTr-SNV ngày 05/01/2026" once
    /// numbered, "số …/TTr-SNV ngày …" while a draft.
    /// </summary>
    private async Task<Dictionary<string, string>> ReferencesAsync(Dossier dossier, CancellationToken ct)
    {
        var numbered = await db.FormData.AsNoTracking().Where(f => f.DossierId == dossier.Id && f.NomineeId == null && f.Number != null)
            .Select(f => new { f.FormCode, f.Number, f.IssuedOn }).ToListAsync(ct);
        var committee = province.Value.CommitteeCode;
        var codes = await db.Organisations.AsNoTracking().Where(o => o.Code == committee || o.Id == dossier.ProposingOrganisationId)
            .Select(o => new { o.Id, o.ShortCode }).ToListAsync(ct);
        var proposer = codes.FirstOrDefault(o => o.Id == dossier.ProposingOrganisationId)?.ShortCode ?? "";
        var committeeShort = codes.FirstOrDefault(o => o.Id != dossier.ProposingOrganisationId)?.ShortCode ?? "";
        var references = new Dictionary<string, string>();
        foreach (var form in forms.All.Where(f => f.Per == "dossier" && f.Layout != "list"))
        {
            var shortCode = form.Issuer == "province" ? committeeShort : proposer;
            var entry = numbered.FirstOrDefault(n => n.FormCode == form.Code);
            references[form.Code] = entry is { Number: { } number, IssuedOn: { } on }
                ? $"số {number.ToString("00", CultureInfo.InvariantCulture)}/{form.Symbol}-{shortCode} ngày {VietnameseFormat.Date(on)}"
                : $"số …/{form.Symbol}-{shortCode} ngày …";
        }
        return references;
    }

    private byte[]? ProvinceTemplate(string code)
    {
        var path = Path.Combine(province.Value.FormsFolder, "templates", code + ".docx");
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    private static bool Applies(FormField field, string? nomineeKind) => field.When.Count == 0 || field.When.Contains(nomineeKind ?? "");

    // Sở Nội vụ's own documents (the receipt) are only issued by their step, never filled in by hand.
    private static bool MayEdit(Actor actor, FormDefinition form, Dossier dossier) => form.Issuer switch
    {
        "province" => actor.IsInAny(Roles.HomeAffairsReviewer, Roles.Chairman),
        HomeAffairsIssuer => false,
        _ => actor.IsIn(Roles.UnitClerk) && actor.OrganisationId == dossier.ProposingOrganisationId && dossier.IsEditable,
    };

    private static void RequireEdit(Actor actor, FormDefinition form, Dossier dossier)
    {
        if (!MayEdit(actor, form, dossier))
            throw new ForbiddenException(form.Issuer switch
            {
                "province" => "Chỉ Sở Nội vụ và Chủ tịch UBND tỉnh lập văn bản này.",
                HomeAffairsIssuer => $"{form.Title} do hệ thống lập khi Sở Nội vụ thực hiện thao tác ban hành, không lập thủ công.",
                _ => "Chỉ cán bộ của đơn vị đề nghị được lập văn bản khi hồ sơ còn ở đơn vị.",
            });
    }

    /// <summary>
    /// A document issued at a workflow step (the decision at "decide") is numbered only there, by that step's roles:
    /// its number is the issuer's, in the issuer's register, and cannot be withdrawn once given.
    /// </summary>
    private void RequireIssuingStep(Actor actor, FormDefinition form, Dossier dossier)
    {
        if (form.IssuedAt.Count == 0) return;
        var definition = workflows.Get(dossier.WorkflowId, dossier.WorkflowVersion);
        var steps = definition.Transitions.Where(t => form.IssuedAt.Contains(t.Action)).ToList();
        if (steps.Count == 0)
            throw new DomainException("form-not-issued-here", $"Quy trình của hồ sơ này không ban hành {form.Title.ToLowerInvariant()}; chỉ có thể tạo bản dự thảo không số.");
        var mine = steps.Where(t => t.By.Any(actor.IsIn)).ToList();
        if (mine.Count == 0)
            throw new ForbiddenException($"Chỉ {string.Join(", ", steps.SelectMany(t => t.By).Distinct().Select(r => Roles.Titles.GetValueOrDefault(r, r)))} " +
                $"được cấp số cho {form.Title.ToLowerInvariant()}, khi ban hành; các vai trò khác chỉ tạo được bản dự thảo không số.");
        if (!mine.Any(t => t.From.Contains(dossier.State)))
            throw new DomainException("form-not-issuing-step",
                $"{form.Title} chỉ được cấp số ở bước \"{definition.State(mine[0].From[0]).Title}\" (thao tác \"{mine[0].Title}\"); " +
                $"hồ sơ đang ở bước \"{definition.State(dossier.State).Title}\".");
    }

    /// <summary>
    /// Only the form's own fields and table columns are kept, each within its length (TextLimits), so nothing but
    /// what the definition asks for ever reaches the stored form data.
    /// </summary>
    private static void CheckTypes(FormDefinition form, FormValues values)
    {
        var fields = form.Fields.ToDictionary(f => f.Key);
        var unknown = values.Values.Keys.FirstOrDefault(key => fields.GetValueOrDefault(key) is not { Type: not "table" })
            ?? values.Tables.Keys.FirstOrDefault(key => fields.GetValueOrDefault(key) is not { Type: "table" });
        if (unknown is not null)
            throw new DomainException("form-unknown-field", $"Biểu mẫu không có trường \"{Shorten(unknown)}\".");
        foreach (var field in form.Fields.Where(f => f.Type != "table"))
        {
            var value = values.Values.GetValueOrDefault(field.Key);
            if (string.IsNullOrWhiteSpace(value)) continue;
            TextLimits.Check(value, field.Type is "multiline" or "lines" ? TextLimits.FormText : TextLimits.FormLine, "form-too-long", $"\"{field.Label}\"");
            if (field.Type == "number" && !int.TryParse(value, out _))
                throw new DomainException("form-number", $"\"{field.Label}\" phải là một số nguyên.");
            if (field.Type == "date" && !VietnameseFormat.TryParseDate(value, out _))
                throw new DomainException("form-date", $"\"{field.Label}\" phải có dạng dd/MM/yyyy.");
        }
        foreach (var field in form.Fields.Where(f => f.Type == "table"))
        {
            var rows = values.Tables.GetValueOrDefault(field.Key) ?? [];
            if (rows.Count > TextLimits.FormRows)
                throw new DomainException("form-too-many-rows", $"\"{field.Label}\" có quá {TextLimits.FormRows} dòng.");
            var columns = field.Columns.ToDictionary(c => c.Key);
            foreach (var row in rows)
                foreach (var (key, cell) in row)
                {
                    if (!columns.TryGetValue(key, out var column))
                        throw new DomainException("form-unknown-field", $"Bảng \"{field.Label}\" không có cột \"{Shorten(key)}\".");
                    TextLimits.Check(cell ?? "", TextLimits.FormCell, "form-too-long", $"\"{column.Label}\" trong \"{field.Label}\"");
                    if (column.Type == "number" && cell is { Length: > 0 } && !int.TryParse(cell, out _))
                        throw new DomainException("form-number", $"\"{column.Label}\" trong \"{field.Label}\" phải là một số nguyên.");
                }
        }
    }

    /// <summary>An unknown key is named in the message, but never more of it than fits on a line.</summary>
    private static string Shorten(string key) => key.Length <= 50 ? key : key[..50] + "…";

    private async Task<(FormDefinition, Dossier, Nominee?, FormData?, FormContext.Facts, FormData?)> LoadAsync(Actor actor, Guid dossierId, string code,
        Guid? nomineeId, CancellationToken ct)
    {
        var form = forms.Get(code);
        var dossier = await db.Dossiers.Include(d => d.Nominees).Include(d => d.Documents).FirstOrDefaultAsync(d => d.Id == dossierId, ct)
            ?? throw new NotFoundException("Không tìm thấy hồ sơ.");
        await Council.SessionAccess.RequireDossierVisibleAsync(db, actor, dossier.Id, dossier.ProposingOrganisationId, ct);
        Nominee? nominee = null;
        if (form.Per == "nominee")
            nominee = dossier.Nominees.FirstOrDefault(n => n.Id == nomineeId)
                ?? throw new DomainException("form-nominee", "Hãy chọn tập thể, cá nhân của báo cáo thành tích.");
        RequireInForce(form, dossier, nominee);
        var data = await SavedDataAsync(dossierId, code, nominee?.Id, ct);
        var carried = data is null ? await CarriedAsync(form, dossierId, nominee?.Id, ct) : null;
        var movement = await db.Movements.AsNoTracking().Include(m => m.Phases).FirstAsync(m => m.Id == dossier.MovementId, ct);
        var award = await db.AwardTypes.AsNoTracking().FirstAsync(a => a.Id == dossier.AwardTypeId, ct);
        var facts = await FactsAsync(form, dossier, movement, award, nominee, data, null, ct);
        return (form, dossier, nominee, data, facts, carried);
    }

    /// <summary>The values saved for the form; those saved earlier in the same use case (the Chairman's name on his decision) are not in the database yet.</summary>
    private async Task<FormData?> SavedDataAsync(Guid dossierId, string code, Guid? nomineeId, CancellationToken ct) =>
        db.FormData.Local.FirstOrDefault(f => f.DossierId == dossierId && f.FormCode == code && f.NomineeId == nomineeId)
            ?? await db.FormData.FirstOrDefaultAsync(f => f.DossierId == dossierId && f.FormCode == code && f.NomineeId == nomineeId, ct);

    /// <summary>What the document says besides its fields: the issuer and its parent, the references, the signer.</summary>
    private async Task<FormContext.Facts> FactsAsync(FormDefinition form, Dossier dossier, Domain.Movements.Movement movement,
        Domain.Awards.AwardType award, Nominee? nominee, FormData? data, Domain.Organisations.Organisation? proposer, CancellationToken ct)
    {
        var issuer = form.Issuer switch
        {
            "province" => await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == province.Value.CommitteeCode, ct)
                ?? throw new DomainException("province-committee-missing", $"Chưa có đơn vị mã \"{province.Value.CommitteeCode}\" (UBND tỉnh)."),
            HomeAffairsIssuer => await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == mail.Value.HomeAffairsOrganisationCode, ct)
                ?? throw new DomainException("home-affairs-missing", $"Chưa có đơn vị mã \"{mail.Value.HomeAffairsOrganisationCode}\" (Sở Nội vụ)."),
            _ => proposer ?? await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == dossier.ProposingOrganisationId, ct),
        };
        var parent = issuer.ParentId is { } p ? await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == p, ct) : null;
        var facts = new FormContext.Facts(dossier, movement, award, issuer, parent, province.Value, VietnameseFormat.Today(clock), nominee,
            References: await ReferencesAsync(dossier, ct));
        // The signer named on the form, when that name is a signing user of the issuer: the authority follows from them.
        var signerName = data is null ? null : FormValues.FromJson(data.ValuesJson).Values.GetValueOrDefault("signer-name");
        signerName ??= form.Fields.FirstOrDefault(f => f.Key == "signer-name")?.Default;
        if (!string.IsNullOrWhiteSpace(signerName) && await signers.ByNameAsync(issuer.Id, signerName.Trim(), ct) is { } signer)
            facts = facts with { Signer = signer };
        return facts;
    }

    /// <summary>
    /// A form applies to a dossier only on the dates of the law it follows and for the nominee kinds it serves: the
    /// achievement report of a dossier submitted on 15/03/2025 is NĐ 98/2023's, one of 10/07/2025 NĐ 152/2025's.
    /// </summary>
    private void RequireInForce(FormDefinition form, Dossier dossier, Nominee? nominee)
    {
        var date = FormCatalog.DossierDate(dossier, VietnameseFormat.Today(clock));
        var kind = nominee is null ? null : FormContext.KindName(nominee.Kind);
        if (form.InForceOn(date) && (kind is null || form.Serves(kind))) return;
        var right = forms.InForce(form.DocumentKind, date, kind);
        throw new DomainException("form-not-in-force",
            $"{form.Title} không áp dụng cho hồ sơ ngày {VietnameseFormat.Date(date)}{(nominee is null ? "" : $" ({nominee.Name})")}; "
            + (right is null ? "không có biểu mẫu nào áp dụng." : $"hãy dùng \"{right.Title}\"."));
    }

    /// <summary>
    /// What was entered for the same document under another form of its kind (the report of an older law, before the
    /// dossier's date chose a newer form): shown as the starting values, so a clerk does not type them again. Fields
    /// of the same key carry over; a number or a date never does.
    /// </summary>
    private async Task<FormData?> CarriedAsync(FormDefinition form, Guid dossierId, Guid? nomineeId, CancellationToken ct)
    {
        var siblings = forms.All.Where(f => f.Code != form.Code && f.DocumentKind == form.DocumentKind).Select(f => f.Code).ToList();
        if (siblings.Count == 0) return null;
        var earlier = await db.FormData.AsNoTracking().Where(f => f.DossierId == dossierId && f.NomineeId == nomineeId && siblings.Contains(f.FormCode))
            .OrderByDescending(f => f.UpdatedAt).FirstOrDefaultAsync(ct);
        if (earlier is null) return null;
        var carried = new FormData(dossierId, form.Code, nomineeId, earlier.UpdatedAt);
        carried.Change(earlier.ValuesJson, earlier.UpdatedAt);
        return carried;
    }
}
