using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Organisations;

namespace DossierFlow.Application.Council.Decisions;

/// <summary>
/// The values of a session's document for one award (the quyet-dinh-khen-thuong form, or to-trinh-trung-uong for a
/// national award): the form's own defaults with the placeholders filled for every nominee approved across the
/// session's dossiers, the list grouped by unit with each amount, the total and the total in words, and the
/// signature of the account the Chairman chose.
/// </summary>
public static class SessionDecisionDocument
{
    /// <param name="movements">The movements of the session's dossiers: "title" and "plan number and date", usually one.</param>
    /// <param name="proposals">Sở Nội vụ's Tờ trình of the session's batches, "01/TTr-SNV ngày 02/12/2026", cited in the grounds.</param>
    public static DocumentModel Build(FormDefinition form, ProvinceOptions province, Organisation committee, Organisation? committeeParent,
        AwardType award, IReadOnlyList<(string Title, string Plan)> movements, IReadOnlyList<NomineeLine> nominees, int number, DateOnly date, Signer signer,
        IReadOnlyList<string>? proposals = null)
    {
        var culture = VietnameseFormat.Culture;
        string Count(string kind) => nominees.Count(n => n.Kind == kind).ToString("00", culture);
        var counts = new[] { ("collective", "tập thể"), ("individual", "cá nhân"), ("household", "hộ gia đình") }
            .Where(k => nominees.Any(n => n.Kind == k.Item1)).Select(k => $"{Count(k.Item1)} {k.Item2}").ToList();
        var total = nominees.Sum(n => n.Amount ?? 0);
        var context = new Dictionary<string, string>
        {
            ["province"] = province.Name,
            ["province-upper"] = province.Name.ToUpper(culture),
            ["issuer"] = FormContext.FullNames(committee.Name),
            ["issuer-short"] = committee.ShortCode,
            ["award"] = FormContext.FullNames(award.Name),
            ["movement"] = string.Join("”, “", movements.Select(m => m.Title)),
            ["movement-plan"] = string.Join("; ", movements.Select(m => m.Plan)),
            ["home-affairs-proposal"] = proposals is { Count: > 0 } ? " tại Tờ trình số " + string.Join(", số ", proposals) : "",
            ["year"] = date.Year.ToString(culture),
            ["count-individual"] = Count("individual"),
            ["count-collective"] = Count("collective"),
            ["count-household"] = Count("household"),
            ["count-summary"] = counts.Count <= 1 ? counts.FirstOrDefault() ?? "" : string.Join(", ", counts[..^1]) + " và " + counts[^1],
            ["amount-total"] = total.ToString("N0", culture),
            ["amount-total-words"] = "bằng chữ: " + VietnameseNumberWords.Dong(total),
            ["number-short"] = $"số {DecisionNumbers.Text(number, form.Symbol, committee.ShortCode)}",
        };
        var values = new Dictionary<string, string>(context);
        foreach (var field in form.Fields.Where(f => f.Type != "table"))
            values[field.Key] = Placeholders.Fill(field.Default ?? "", context);
        if (values.TryGetValue("summary", out var summary)) values["summary"] = FormContext.FullNames(summary);
        var (authority, position) = SignatureAuthority.Lines(signer, province.SigningRuleFor(committee.Kind), form.SignsAs);
        values["signer-name"] = signer.FullName;
        values["signer-authority"] = authority;
        values["signer-title"] = position;
        return new DocumentModel(committeeParent?.Name.ToUpper(culture) ?? "", committee.Name.ToUpper(culture),
            DocumentDates.NumberLine(number, form.Symbol, committee.ShortCode), DocumentDates.PlaceDate(province.Name, date),
            values, new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>(), nominees);
    }
}
