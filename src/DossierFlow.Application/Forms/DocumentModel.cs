namespace DossierFlow.Application.Forms;

/// <summary>
/// One nominee as documents list them, with the bonus when a decision lists amounts; the nominee list (.xlsx) also
/// carries the outcome ("Được khen thưởng", …) and the date of the decision that gave it. A session's decision
/// names each nominee's proposing <paramref name="Unit"/>, and its list is grouped by unit.
/// </summary>
public sealed record NomineeLine(string Kind, string Name, string? Position, string? Workplace, decimal? Amount = null,
    string? Outcome = null, DateOnly? DecidedOn = null, string? Unit = null);

/// <summary>
/// Everything a form's document is built from, already resolved: the header, the number and date lines, the
/// values of the fields (placeholders filled), table rows and the nominees. Rendering is a pure function of it.
/// A <paramref name="Draft"/> is a document that will be numbered but is not yet: it carries the "DỰ THẢO" mark.
/// </summary>
public sealed record DocumentModel(
    string ParentOrganisation,
    string IssuingOrganisation,
    string NumberLine,
    string PlaceDateLine,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> Tables,
    IReadOnlyList<NomineeLine> Nominees,
    string? NomineeKind = null,
    bool Draft = false)
{
    public string Value(string key) => Values.TryGetValue(key, out var value) ? value : "";
}

/// <summary>Builds .docx (NĐ 30/2020 layout) and .xlsx files; implemented by the Documents project.</summary>
public interface IDocumentRenderer
{
    const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    byte[] RenderDocx(FormDefinition form, DocumentModel model, byte[]? provinceTemplate = null);

    byte[] RenderNomineeWorkbook(string title, IReadOnlyList<NomineeLine> nominees);
}
