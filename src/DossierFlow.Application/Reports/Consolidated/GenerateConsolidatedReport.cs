using System.Globalization;
using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;
using DossierFlow.Application.Mail;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Application.Reports.Consolidated;

/// <param name="Revision">The consolidated report's revision the reviewer saw (0 before the first one).</param>
/// <param name="SignerName">Who signs for Sở Nội vụ; an account of Sở Nội vụ with a signing capacity gives the authority lines.</param>
public sealed record ConsolidatedReportInput(int Revision, string? SignerName);

/// <summary>
/// Sở Nội vụ's reviewer generates the consolidated yearly report on a movement for the Chairman (form
/// <see cref="Form"/>): numbered …/BC-SNV in Sở Nội vụ's register the first time, the same number when generated
/// again; the document's bytes are kept (DocumentContents) and the report row points at them.
/// </summary>
public sealed class GenerateConsolidatedReport(IAppDb db, SummariseMovementYear summarise, FormCatalog forms, IDocumentRenderer renderer,
    IDocumentNumbers numbers, ISignerDirectory signers, IOptions<ProvinceOptions> province, IOptions<MailOptions> mail, TimeProvider clock) : IUseCase
{
    public const string Form = "bao-cao-tong-hop-phong-trao";

    public async Task<int> HandleAsync(Actor actor, Guid movementId, int year, ConsolidatedReportInput input, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.HomeAffairsReviewer);
        if (string.IsNullOrWhiteSpace(input.SignerName))
            throw new DomainException("consolidated-signer", "Vui lòng nhập họ và tên người ký báo cáo (lãnh đạo Sở Nội vụ).");
        var signerName = TextLimits.Check(input.SignerName.Trim(), TextLimits.PersonName, "consolidated-signer", "Người ký");
        var summary = await summarise.HandleAsync(actor, movementId, year, ct);
        year = summary.Year;
        var existing = await db.ConsolidatedReports.FirstOrDefaultAsync(r => r.MovementId == movementId && r.Year == year, ct);
        if (existing is not null && existing.Revision != input.Revision || existing is null && input.Revision != 0)
            throw new ConcurrencyConflictException("Báo cáo tổng hợp đã được người khác lập. Vui lòng tải lại trang và thực hiện lại.");

        var code = mail.Value.HomeAffairsOrganisationCode;
        var homeAffairs = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == code, ct)
            ?? throw new DomainException("home-affairs-missing", $"Chưa có đơn vị mã \"{code}\" (Sở Nội vụ).");
        var parent = homeAffairs.ParentId is { } p ? await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == p, ct) : null;
        var today = VietnameseFormat.Today(clock);
        var number = existing?.Number ?? await numbers.NextAsync(homeAffairs.Code, "BC", today.Year, ct);
        var signer = await signers.ByNameAsync(homeAffairs.Id, signerName, ct);
        var (authority, position) = signer is null ? ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
            : SignatureAuthority.Lines(signer, province.Value.SigningRuleFor(homeAffairs.Kind), "body");
        var values = ConsolidatedReportText.Values(summary, number, homeAffairs.ShortCode, today);
        values["signer-authority"] = authority;
        values["signer-title"] = position;
        values["signer-name"] = signer?.FullName ?? signerName;
        var model = new DocumentModel(parent?.Name.ToUpper(VietnameseFormat.Culture) ?? "", homeAffairs.Name.ToUpper(VietnameseFormat.Culture),
            DocumentDates.NumberLine(number, "BC", homeAffairs.ShortCode), DocumentDates.PlaceDate(province.Value.Name, today), values,
            ConsolidatedReportText.Tables(summary), []);
        var bytes = renderer.RenderDocx(forms.Get(Form), model);
        var content = await Dossiers.SubjectUpload.ContentAsync(db, bytes, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (existing is null) db.ConsolidatedReports.Add(ConsolidatedReport.Issue(movementId, year, number, today, signerName, content.Sha256, now, actor.UserId));
        else existing.Reissue(input.Revision, today, signerName, content.Sha256, now, actor.UserId);
        return number;
    }

    public static string FileName(int year, int number) =>
        $"bao-cao-tong-hop-phong-trao-{year}-so-{number.ToString("00", CultureInfo.InvariantCulture)}.docx";
}
