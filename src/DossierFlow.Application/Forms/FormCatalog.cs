using DossierFlow.Application.Common;
using DossierFlow.Domain.Dossiers;

namespace DossierFlow.Application.Forms;

/// <summary>The forms of forms/, loaded at start; a form with a problem is left out and its problems kept for the admin.</summary>
public sealed class FormCatalog
{
    private volatile IReadOnlyDictionary<string, FormDefinition> _forms = new Dictionary<string, FormDefinition>();

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public void Replace(IEnumerable<FormDefinition> forms, IReadOnlyList<string> problems)
    {
        _forms = forms.ToDictionary(f => f.Code);
        Problems = problems;
    }

    public IEnumerable<FormDefinition> All => _forms.Values.OrderBy(f => f.Code);

    /// <summary>The document kinds filled once per nominee: the dossier needs one signed document of each per nominee.</summary>
    public IReadOnlySet<string> PerNominee => _forms.Values.Where(f => f.Per == "nominee").Select(f => f.DocumentKind).ToHashSet();

    public FormDefinition? Find(string code) => _forms.GetValueOrDefault(code);

    public FormDefinition Get(string code) =>
        Find(code) ?? throw new Domain.Common.DomainException("form-unknown", $"Không có biểu mẫu \"{code}\".");

    /// <summary>
    /// The form in force for a document kind on a dossier's date (<see cref="DossierDate"/>), for a nominee of
    /// <paramref name="nomineeKind"/> when the form is filled per nominee: the law in force picks the form, not the clerk.
    /// </summary>
    public FormDefinition? InForce(string documentKind, DateOnly date, string? nomineeKind = null) =>
        _forms.Values.Where(f => f.DocumentKind == documentKind && f.InForceOn(date) && (nomineeKind is null || f.Serves(nomineeKind)))
            .OrderBy(f => f.Code, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>
    /// The forms a dossier is filled with on its date: each document kind once, and a per-nominee kind once per
    /// nominee with the form in force for that nominee's kind (a nominee no form serves is left out).
    /// </summary>
    public IReadOnlyList<(FormDefinition Form, Nominee? Nominee)> ForDossier(Dossier dossier, DateOnly today)
    {
        var date = DossierDate(dossier, today);
        var lines = new List<(FormDefinition, Nominee?)>();
        foreach (var kind in _forms.Values.Select(f => f.DocumentKind).Distinct().Order(StringComparer.Ordinal))
        {
            if (!_forms.Values.Any(f => f.DocumentKind == kind && f.Per == "nominee"))
            {
                if (InForce(kind, date) is { } form) lines.Add((form, null));
                continue;
            }
            foreach (var nominee in dossier.Nominees.OrderBy(n => n.Order))
                if (InForce(kind, date, FormContext.KindName(nominee.Kind)) is { } form) lines.Add((form, nominee));
        }
        return lines;
    }

    /// <summary>
    /// The date that decides which law's forms a dossier uses: the day it was first submitted (Việt Nam time), or
    /// today while it has never left the proposing unit.
    /// </summary>
    public static DateOnly DossierDate(Dossier dossier, DateOnly today) =>
        dossier.SubmittedAt is { } at ? DateOnly.FromDateTime(VietnameseFormat.Local(at)) : today;
}
