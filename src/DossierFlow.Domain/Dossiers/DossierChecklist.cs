namespace DossierFlow.Domain.Dossiers;

/// <summary>
/// One line of what a dossier must hold before it is submitted: a document the award requires, for the whole
/// dossier or, for a form filled per nominee, for one nominee. <see cref="Signed"/> is the version that satisfies it.
/// </summary>
public sealed record ChecklistItem(string FormCode, Nominee? Nominee, DossierDocument? Signed, DossierDocument? Unsigned)
{
    /// <summary>The kind a document for this line is filed under: "kind", or "kind#order" for one nominee.</summary>
    public string DocumentKind => Nominee is null ? FormCode : DossierChecklist.KindFor(FormCode, Nominee);
    public bool Done => Signed is not null;
}

/// <summary>
/// The rule that decides whether a dossier's documents are complete, used both by the workflow guard
/// (documents-present) and by the checklist on the dossier page, so the two cannot disagree. A line is satisfied
/// only by a signed document: an uploaded signed scan, or a numbered document its unit marked signed. A
/// generated draft never is. A form filled per nominee needs one signed document per nominee.
/// </summary>
public static class DossierChecklist
{
    public static string KindFor(string formCode, Nominee nominee) =>
        $"{formCode}#{nominee.Order.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <param name="perNominee">The form codes filled once per nominee (forms/*.yaml, <c>per: nominee</c>).</param>
    public static IReadOnlyList<ChecklistItem> For(Dossier dossier, IEnumerable<string> required, IReadOnlySet<string> perNominee)
    {
        var byKind = dossier.Documents.ToLookup(d => d.Kind);
        ChecklistItem Line(string form, Nominee? nominee)
        {
            var versions = byKind[nominee is null ? form : KindFor(form, nominee)].OrderByDescending(d => d.Version).ToList();
            return new ChecklistItem(form, nominee, versions.FirstOrDefault(d => d.IsSigned), versions.FirstOrDefault(d => !d.IsSigned));
        }
        return required.SelectMany(form => perNominee.Contains(form)
                ? dossier.Nominees.OrderBy(n => n.Order).Select(n => Line(form, n))
                : [Line(form, null)])
            .ToList();
    }

    /// <summary>The required forms every line of which is satisfied: what the documents-present guard compares with.</summary>
    public static IReadOnlySet<string> CompleteForms(IReadOnlyList<ChecklistItem> items) =>
        items.GroupBy(i => i.FormCode).Where(g => g.All(i => i.Done)).Select(g => g.Key).ToHashSet();
}
