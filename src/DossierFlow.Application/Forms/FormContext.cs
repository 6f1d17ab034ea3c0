using DossierFlow.Application.Common;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Organisations;
using System.Globalization;

namespace DossierFlow.Application.Forms;

/// <summary>
/// Turns a dossier, its form values and the form's defaults into the <see cref="DocumentModel"/> the renderer
/// draws: the placeholders of docs/forms.md ({award}, {movement}, {nominee-name}, {count-summary}…) are filled
/// here, and the amounts of a decision are computed from the award's multiplier and the base salary.
/// </summary>
public static class FormContext
{
    private static readonly CultureInfo Vietnamese = VietnameseFormat.Culture;

    public sealed record Facts(Dossier Dossier, Movement Movement, AwardType Award, Organisation Issuer, Organisation? IssuerParent,
        ProvinceOptions Province, DateOnly Today, Nominee? Nominee, Signer? Signer = null,
        IReadOnlyDictionary<string, string>? References = null);

    /// <summary>
    /// Full names of bodies where an award or organisation name abbreviates them: titles and summaries never print
    /// "UBND" (NĐ 30/2020 writes the name of a body in full in the trích yếu).
    /// </summary>
    public static string FullNames(string text) => System.Text.RegularExpressions.Regex.Replace(
        System.Text.RegularExpressions.Regex.Replace(text, @"\bUBND\b", "Ủy ban nhân dân"), @"\bHĐND\b", "Hội đồng nhân dân");

    public static string KindName(NomineeKind kind) => kind switch
    {
        NomineeKind.Individual => "individual",
        NomineeKind.Collective => "collective",
        _ => "household",
    };

    /// <summary>Every nominee of the dossier, in order, as lists without amounts show them.</summary>
    public static List<NomineeLine> NomineeLines(Dossier dossier) =>
        dossier.Nominees.OrderBy(n => n.Order).Select(n => new NomineeLine(KindName(n.Kind), n.Name, n.Position, n.Workplace)).ToList();

    /// <param name="extra">Placeholders only the issuing step knows (a receipt's time and due date), added to the others.</param>
    public static DocumentModel Build(FormDefinition form, FormData? data, Facts facts, IReadOnlyDictionary<string, string>? extra = null)
    {
        // The base salary is the one in force on the decision's date (its numbering), not on the day of a re-render.
        var decisionDate = data?.IssuedOn ?? facts.Today;
        // The province's documents (decision, upward Tờ trình) list only those the council and Chairman kept.
        var nominees = facts.Dossier.Nominees.Where(n => form.Issuer != "province" || n.InDecision).OrderBy(n => n.Order).Select(n => new NomineeLine(KindName(n.Kind), n.Name, n.Position, n.Workplace,
            form.Amounts ? Amount(facts, n.Kind, decisionDate) : null)).ToList();
        var context = ContextValues(facts, nominees, data, form);
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) context[key] = value;
        var entered = data is null ? FormValues.Empty : FormValues.FromJson(data.ValuesJson);
        // A posthumous award (truy tặng) changes the verb of the report's title: "Đề nghị truy tặng …".
        var posthumous = form.Fields.Any(f => f.Key == PosthumousField && f.Type == "check") && IsChecked(entered.Values.GetValueOrDefault(PosthumousField));
        context["confer"] = posthumous ? "truy tặng" : "tặng";
        // An individual signs their own report; for a posthumous award someone else reports, so no name is assumed.
        context["nominee-reporter"] = facts.Nominee is { Kind: NomineeKind.Individual } self && !posthumous ? self.Name : "";
        var values = new Dictionary<string, string>(context);
        foreach (var field in form.Fields.Where(f => f.Type != "table"))
        {
            var raw = entered.Values.GetValueOrDefault(field.Key) ?? field.Default ?? "";
            values[field.Key] = Placeholders.Fill(raw, context);
        }
        if (values.TryGetValue("summary", out var summary)) values["summary"] = FullNames(summary);
        var tables = form.Fields.Where(f => f.Type == "table").ToDictionary(f => f.Key,
            f => (IReadOnlyList<IReadOnlyDictionary<string, string>>)(entered.Tables.GetValueOrDefault(f.Key) ?? DefaultRows(f, nominees))
                .Select(r => (IReadOnlyDictionary<string, string>)r).ToList());
        // A known signer decides the signature: the form's own defaults (or an old entry) never contradict them.
        if (facts.Signer is { } signer && form.Fields.Any(f => f.Key == "signer-name"))
        {
            var (authority, position) = SignatureAuthority.Lines(signer, facts.Province.SigningRuleFor(facts.Issuer.Kind), form.SignsAs);
            values["signer-name"] = signer.FullName;
            values["signer-authority"] = authority;
            values["signer-title"] = position;
        }
        foreach (var field in form.Fields.Where(f => f.Type == "date"))
            if (VietnameseFormat.TryParseDate(values[field.Key], out var day)) values[field.Key + "-long"] = DocumentDates.LongDate(day);
        foreach (var field in form.Fields.Where(f => f.Type == "check")) values[field.Key] = IsChecked(values[field.Key]) ? Checked : "";
        var number = data?.Number;
        // A report without a number is still a draft until it is dated for signing.
        var draft = form.Layout != "list" && (form.Numbered ? number is null : data?.IssuedOn is null);
        var (parent, issuer) = HeaderBodies(form, facts);
        return new DocumentModel(
            parent,
            issuer,
            form.Layout == "list" || !form.Numbered ? "" : DocumentDates.NumberLine(number, form.Symbol, facts.Issuer.ShortCode),
            DateLine(form, values, data, facts),
            values, tables, nominees, facts.Nominee is { } n ? KindName(n.Kind) : null, draft);
    }

    /// <summary>The field of a report that marks a posthumous award (truy tặng), a check box.</summary>
    public const string PosthumousField = "posthumous";

    /// <summary>How a ticked check box is stored and printed.</summary>
    public const string Checked = "có";

    public static bool IsChecked(string? value) => value is { Length: > 0 } v && v.Trim().ToLowerInvariant() is not ("không" or "false" or "0");

    /// <summary>
    /// The two lines of the header block. A collective's achievement report is the collective's own, under the unit
    /// that proposes it (and confirms it): "SỞ … / PHÒNG …". Other documents: the issuer under its parent.
    /// </summary>
    private static (string Parent, string Issuer) HeaderBodies(FormDefinition form, Facts facts) =>
        form.Layout == "report" && facts.Nominee is { Kind: NomineeKind.Collective } collective
            ? (facts.Issuer.Name.ToUpper(Vietnamese), collective.Name.ToUpper(Vietnamese))
            : (facts.IssuerParent?.Name.ToUpper(Vietnamese) ?? "", facts.Issuer.Name.ToUpper(Vietnamese));

    /// <summary>
    /// The document's own date (a meeting's for minutes), else the day it was numbered; a draft leaves the day and
    /// month blank for whoever signs.
    /// </summary>
    private static string DateLine(FormDefinition form, IReadOnlyDictionary<string, string> values, FormData? data, Facts facts)
    {
        if (form.DatedBy is { } field && VietnameseFormat.TryParseDate(values.GetValueOrDefault(field), out var own))
            return DocumentDates.PlaceDate(facts.Province.Name, own);
        return data?.IssuedOn is { } issued ? DocumentDates.PlaceDate(facts.Province.Name, issued)
            : DocumentDates.BlankPlaceDate(facts.Province.Name, facts.Today.Year);
    }

    /// <summary>The vote table starts with one row per nominee, so the secretary only types the numbers.</summary>
    private static List<Dictionary<string, string>> DefaultRows(FormField field, IReadOnlyList<NomineeLine> nominees) =>
        field.Columns.Any(c => c.Key == "nominee")
            ? nominees.Select(n => new Dictionary<string, string> { ["nominee"] = n.Name }).ToList()
            : [];

    private static decimal Amount(Facts facts, NomineeKind kind, DateOnly decisionDate) => AmountOn(facts.Award, facts.Province, kind, decisionDate);

    /// <summary>A nominee's bonus under a decision of <paramref name="decisionDate"/>: multiplier × base salary × kind factor.</summary>
    public static decimal AmountOn(AwardType award, ProvinceOptions province, NomineeKind kind, DateOnly decisionDate) =>
        Math.Round(award.BonusMultiplier * province.BaseSalaryOn(decisionDate) * province.KindFactors.GetValueOrDefault(KindName(kind), 1m), 0);

    private static Dictionary<string, string> ContextValues(Facts facts, IReadOnlyList<NomineeLine> nominees, FormData? data, FormDefinition form)
    {
        string Count(string kind) => nominees.Count(n => n.Kind == kind).ToString("00", Vietnamese);
        var phase = facts.Movement.Phases.FirstOrDefault(p => p.Id == facts.Dossier.PhaseId);
        var counts = new[] { ("collective", "tập thể"), ("individual", "cá nhân"), ("household", "hộ gia đình") }
            .Where(k => nominees.Any(n => n.Kind == k.Item1)).Select(k => $"{Count(k.Item1)} {k.Item2}").ToList();
        var values = new Dictionary<string, string>
        {
            ["province"] = facts.Province.Name,
            ["province-upper"] = facts.Province.Name.ToUpper(Vietnamese),
            ["issuer"] = FullNames(facts.Issuer.Name),
            ["issuer-short"] = facts.Issuer.ShortCode,
            ["award"] = FullNames(facts.Award.Name),
            ["movement"] = facts.Movement.Title,
            ["movement-plan"] = $"{facts.Movement.PlanNumber} ngày {VietnameseFormat.Date(facts.Movement.PlanDate)}",
            // A dossier decided on its own comes with no Tờ trình of Sở Nội vụ; a session's decision cites its batches'.
            ["home-affairs-proposal"] = "",
            ["phase"] = phase?.Title.ToLower(Vietnamese) ?? "",
            ["year"] = (phase?.Year ?? facts.Today.Year).ToString(Vietnamese),
            ["count-individual"] = Count("individual"),
            ["count-collective"] = Count("collective"),
            ["count-household"] = Count("household"),
            ["count-summary"] = counts.Count <= 1 ? counts.FirstOrDefault() ?? "" : string.Join(", ", counts[..^1]) + " và " + counts[^1],
            ["amount-total"] = nominees.Sum(n => n.Amount ?? 0).ToString("N0", Vietnamese),
            ["amount-total-words"] = "bằng chữ: " + VietnameseNumberWords.Dong(nominees.Sum(n => n.Amount ?? 0)),
            ["number-short"] = data?.Number is { } number ? $"số {number:00}/{form.Symbol}-{facts.Issuer.ShortCode}" : $"số      /{form.Symbol}-{facts.Issuer.ShortCode}",
        };
        // "{to-trinh-ref}": "số 05/TTr-SNV ngày 05/01/2026", or blanks while that document is a draft.
        foreach (var (code, reference) in facts.References ?? new Dictionary<string, string>()) values[code + "-ref"] = reference;
        // The council's minutes name what was considered: one dossier here, a session's agenda in MinutesModel.
        values["agenda"] = $"hồ sơ đề nghị tặng {facts.Award.Name} của {facts.Issuer.Name} trong Phong trào thi đua “{facts.Movement.Title}”";
        if (facts.Nominee is { } nominee)
        {
            values["nominee-name"] = nominee.Name;
            values["nominee-position"] = nominee.Position ?? "";
            values["nominee-workplace"] = nominee.Workplace ?? "";
            values["nominee-birth-date"] = nominee.BirthDate is { } born ? VietnameseFormat.Date(born) : "";
            values["nominee-gender"] = nominee.Gender switch { NomineeGender.Male => "Nam", NomineeGender.Female => "Nữ", _ => "" };
        }
        return values;
    }
}
