using System.Globalization;
using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;
using DossierFlow.Application.Mail;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Application.Batches;

/// <param name="Revision">The batch's revision the reviewer saw.</param>
/// <param name="SignerName">Who signs for Sở Nội vụ; an account of Sở Nội vụ with a signing capacity gives the authority lines.</param>
public sealed record BatchSubmissionInput(int Revision, string? SignerName);

/// <summary>
/// Sở Nội vụ's Tờ trình for a batch, to the Chairman and the council: numbered …/TTr-SNV in Sở Nội vụ's register (the
/// number kept when it is generated again after an amendment), the counts per award and kind, and the consolidated
/// list by unit as its appendix. The file is kept on the batch and attached to each of its dossiers.
/// </summary>
public sealed class GenerateBatchSubmission(IAppDb db, GetBatches batches, FormCatalog forms, IDocumentRenderer renderer, IDocumentNumbers numbers,
    ISignerDirectory signers, IOptions<ProvinceOptions> province, IOptions<MailOptions> mail, TimeProvider clock) : IUseCase
{
    public const string Form = "to-trinh-so-noi-vu";
    public const string DocumentKind = "to-trinh-so-noi-vu";

    public static string FileName(int number) => $"to-trinh-so-noi-vu-so-{number.ToString("00", CultureInfo.InvariantCulture)}.docx";

    public async Task HandleAsync(Actor actor, Guid batchId, BatchSubmissionInput input, CancellationToken ct = default)
    {
        BatchRules.RequireReviewer(actor);
        var batch = await BatchRules.LoadAsync(db, batchId, ct);
        batch.ExpectRevision(input.Revision);
        if (string.IsNullOrWhiteSpace(input.SignerName))
            throw new DomainException("batch-signer", "Vui lòng nhập họ và tên người ký Tờ trình (lãnh đạo Sở Nội vụ).");
        var signerName = TextLimits.Check(input.SignerName.Trim(), TextLimits.PersonName, "batch-signer", "Người ký");
        var code = mail.Value.HomeAffairsOrganisationCode;
        var homeAffairs = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == code, ct)
            ?? throw new DomainException("home-affairs-missing", $"Chưa có đơn vị mã \"{code}\" (Sở Nội vụ).");
        var parent = homeAffairs.ParentId is { } p ? await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == p, ct) : null;
        var movement = await db.Movements.AsNoTracking().Where(m => m.Id == batch.MovementId).Select(m => new { m.Title, m.PlanNumber, m.PlanDate }).FirstAsync(ct);
        var units = await batches.AllAsync(batchId, ct);
        var totals = await batches.TotalsAsync(batchId, ct);

        var today = VietnameseFormat.Today(clock);
        var number = batch.SubmissionNumber ?? await numbers.NextAsync(homeAffairs.Code, "TTr", today.Year, ct);
        var signer = await signers.ByNameAsync(homeAffairs.Id, signerName.Trim(), ct);
        var (authority, position) = signer is null ? ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
            : SignatureAuthority.Lines(signer, province.Value.SigningRuleFor(homeAffairs.Kind), "body");
        var numberLine = DocumentDates.NumberLine(number, "TTr", homeAffairs.ShortCode);
        var all = totals.Sum(t => t.All);
        var values = new Dictionary<string, string>
        {
            ["summary"] = $"Về việc đề nghị khen thưởng cho tập thể, cá nhân trong Phong trào thi đua “{movement.Title}” ({batch.Title})",
            ["recipient"] = "Chủ tịch Ủy ban nhân dân tỉnh; Hội đồng Thi đua - Khen thưởng tỉnh",
            ["grounds"] = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\nCăn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;\n"
                + $"Căn cứ Kế hoạch số {movement.PlanNumber} ngày {VietnameseFormat.Date(movement.PlanDate)} của Ủy ban nhân dân tỉnh về tổ chức Phong trào thi đua “{movement.Title}”.",
            ["content"] = $"Sở Nội vụ đã tiếp nhận, thẩm định hồ sơ đề nghị khen thưởng của {units.Count.ToString(VietnameseFormat.Culture)} cơ quan, đơn vị. "
                + $"Các tập thể, cá nhân dưới đây đủ điều kiện, tiêu chuẩn theo quy định. Sở Nội vụ đề nghị khen thưởng {Count(all)} tập thể, cá nhân như sau:",
            ["totals"] = string.Join("\n", totals.Select(t => $"- {FormContext.FullNames(t.AwardName)}: {Describe(t)}.")),
            ["list-title"] = $"DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG - {batch.Title.ToUpper(VietnameseFormat.Culture)}",
            ["list-reference"] = $"(Kèm theo Tờ trình số {number.ToString("00", CultureInfo.InvariantCulture)}/TTr-{homeAffairs.ShortCode} ngày {VietnameseFormat.Date(today)} của Sở Nội vụ)",
            ["signer-authority"] = authority,
            ["signer-title"] = position,
            ["signer-name"] = signer?.FullName ?? signerName.Trim(),
            ["recipients"] = "Như trên\nThường trực Hội đồng Thi đua - Khen thưởng tỉnh\nBan Thi đua - Khen thưởng (Sở Nội vụ)",
            ["archive"] = "VT, TĐKT",
        };
        var rows = units.SelectMany(u => u.Nominees.Select(n => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
        {
            ["nominee"] = n.Nominee.Name,
            ["position"] = n.Nominee.Position ?? "",
            ["unit"] = u.UnitName,
            ["award"] = FormContext.FullNames(n.AwardName),
            ["note"] = n.AppraisalNote,
        })).ToList();
        var model = new DocumentModel(parent?.Name.ToUpper(VietnameseFormat.Culture) ?? "", homeAffairs.Name.ToUpper(VietnameseFormat.Culture), numberLine,
            DocumentDates.PlaceDate(province.Value.Name, today), values,
            new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> { ["list"] = rows }, []);
        var bytes = renderer.RenderDocx(forms.Get(Form), model);
        var content = await Dossiers.SubjectUpload.ContentAsync(db, bytes, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        batch.SubmissionIssued(input.Revision, number, today, content.Sha256, now);

        var ids = batch.Entries.Select(e => e.DossierId).ToList();
        var dossiers = await db.Dossiers.Include(d => d.Documents).Where(d => ids.Contains(d.Id)).ToListAsync(ct);
        foreach (var dossier in dossiers)
            dossier.AttachIssuedDocument(dossier.Revision, DocumentKind, FileName(number), IDocumentRenderer.DocxContentType, content, now, actor.DisplayName);
    }

    private static string Count(int n) => n.ToString("00", VietnameseFormat.Culture);

    private static string Describe(BatchTotal t)
    {
        var parts = new List<string>();
        if (t.Collectives > 0) parts.Add($"{Count(t.Collectives)} tập thể");
        if (t.Individuals > 0) parts.Add($"{Count(t.Individuals)} cá nhân");
        if (t.Households > 0) parts.Add($"{Count(t.Households)} hộ gia đình");
        return string.Join(", ", parts);
    }
}
