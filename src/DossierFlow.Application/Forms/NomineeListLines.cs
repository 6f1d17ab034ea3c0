using DossierFlow.Application.Common;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Forms;

/// <summary>
/// The nominee list's rows: every nominee in order and, once the council, the Chairman or the central level has
/// decided, the outcome; with a numbered decision that lists amounts, each awarded nominee's amount as the decision
/// computed it (the base salary of the decision's date) and that date.
/// </summary>
public static class NomineeListLines
{
    public static async Task<List<NomineeLine>> BuildAsync(IAppDb db, FormCatalog forms, ProvinceOptions province, Dossier dossier,
        AwardType award, CancellationToken ct)
    {
        var amountForms = forms.All.Where(f => f.Amounts).Select(f => f.Code).ToList();
        var decision = await db.FormData.AsNoTracking()
            .Where(f => f.DossierId == dossier.Id && amountForms.Contains(f.FormCode) && f.NomineeId == null && f.Number != null)
            .Select(f => new { f.IssuedOn }).FirstOrDefaultAsync(ct);
        return dossier.Nominees.OrderBy(n => n.Order).Select(n =>
        {
            var awarded = n.CentralAwarded ?? (award.Level == AwardLevel.Provincial ? n.ChairmanApproved : null);
            decimal? amount = awarded == true && decision?.IssuedOn is { } on && award.Level == AwardLevel.Provincial
                ? FormContext.AmountOn(award, province, n.Kind, on) : null;
            return new NomineeLine(FormContext.KindName(n.Kind), n.Name, n.Position, n.Workplace, amount, Outcome(n, award),
                awarded == true && award.Level == AwardLevel.Provincial ? decision?.IssuedOn : null);
        }).ToList();
    }

    private static string? Outcome(Nominee nominee, AwardType award) => nominee switch
    {
        { CentralAwarded: true } => "Được khen thưởng",
        { CentralAwarded: false } => "Không được khen thưởng",
        { ChairmanApproved: true } => award.Level == AwardLevel.Provincial ? "Được khen thưởng" : "Đã trình cấp trên khen thưởng",
        { ChairmanApproved: false } => "Không được khen thưởng",
        { CouncilRecommended: false } => "Hội đồng không đề nghị",
        { CouncilRecommended: true } => "Hội đồng đề nghị khen thưởng",
        _ => null,
    };
}
