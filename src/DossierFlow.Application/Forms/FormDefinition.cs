namespace DossierFlow.Application.Forms;

/// <summary>
/// One form of forms/ (schema: docs/forms.md). The same definition drives the web form a clerk fills in
/// (<see cref="Fields"/>) and the document the renderer builds (<see cref="Sections"/>, in order).
/// </summary>
public sealed class FormDefinition
{
    public string Code { get; set; } = "";
    public int Version { get; set; }
    public string Title { get; set; } = "";
    /// <summary>Tên loại văn bản printed as the document's title, e.g. "TỜ TRÌNH".</summary>
    public string TypeName { get; set; } = "";
    /// <summary>Ký hiệu tên loại (NĐ 30/2020 Phụ lục III), e.g. "TTr"; it goes into "Số: 05/TTr-SNV".</summary>
    public string Symbol { get; set; } = "";
    /// <summary>nd30 (văn bản có tên loại), minutes (biên bản: secretary and chair sign), report (confirmer and reporter sign), list (no header block).</summary>
    public string Layout { get; set; } = "nd30";
    public string LegalBasis { get; set; } = "";
    /// <summary>False where the official layout could not be confirmed (docs/legal-basis.md §7); the note says what.</summary>
    public bool OfficialLayoutVerified { get; set; }
    public string? Note { get; set; }
    /// <summary>Who issues the document: "proposer" (the proposing unit) or "province" (the provincial People's Committee).</summary>
    public string Issuer { get; set; } = "proposer";

    /// <summary>
    /// The workflow actions whose step issues this document with its number (e.g. "decide" for the decision): a
    /// number is given only while the dossier stands at that step and only to the roles that may take that action.
    /// Empty: whoever may edit the form may number it.
    /// </summary>
    public List<string> IssuedAt { get; set; } = [];

    /// <summary>
    /// Whose document it is when a collective body issues it: "body" (the body's, signed "TM. ỦY BAN NHÂN DÂN / …")
    /// or "head" (a power of the head alone, like the Chairman's decision on an award: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH").
    /// </summary>
    public string SignsAs { get; set; } = "body";

    /// <summary>True when the document lists each nominee's bonus (a decision): multiplier × base salary × kind factor.</summary>
    public bool Amounts { get; set; }

    /// <summary>
    /// A date field whose value is the document's date (the unit's minutes are dated by the meeting, not by the day
    /// they were numbered). Empty: the date the document was numbered, left blank on a draft.
    /// </summary>
    public string? DatedBy { get; set; }

    /// <summary>
    /// Documents this one cites (form codes, or the council minutes' kind): its issue date may not be before theirs,
    /// e.g. the decision not before the council's minutes.
    /// </summary>
    public List<string> Cites { get; set; } = [];

    /// <summary>"dossier" for one document per dossier, "nominee" for one per nominee (the achievement report).</summary>
    public string Per { get; set; } = "dossier";

    /// <summary>
    /// The document kind the form fills: what an award's required documents name and what generated documents are
    /// filed under. Several forms may fill one kind for different dates (<see cref="ValidFrom"/>, <see cref="ValidUntil"/>)
    /// or nominee kinds (<see cref="NomineeKinds"/>): the achievement report of NĐ 91/2017, NĐ 98/2023 or NĐ 152/2025.
    /// Empty: the form's own code.
    /// </summary>
    public string Document { get; set; } = "";

    /// <summary>The first day (inclusive) of the dossier dates the form applies to: the law that brought it into force.</summary>
    public FormDate? ValidFrom { get; set; }

    /// <summary>The last day (inclusive) of the dossier dates the form applies to: the day before its successor.</summary>
    public FormDate? ValidUntil { get; set; }

    /// <summary>For a per-nominee form: the nominee kinds it is for (NĐ 98/2023 has one form for collectives, one for individuals); empty = all.</summary>
    public List<string> NomineeKinds { get; set; } = [];

    /// <summary>
    /// False for documents that take no number from the issuer's register and print no "Số:" line (achievement reports):
    /// issuing them only dates them.
    /// </summary>
    public bool Numbered { get; set; } = true;

    /// <summary>The kind of the documents generated from this form (<see cref="Document"/>, or the code).</summary>
    public string DocumentKind => string.IsNullOrEmpty(Document) ? Code : Document;

    /// <summary>Whether the form is the one in force for a dossier dated <paramref name="date"/>.</summary>
    public bool InForceOn(DateOnly date) => (ValidFrom is not { } from || from.Value <= date) && (ValidUntil is not { } until || date <= until.Value);

    /// <summary>Whether the form serves a nominee of this kind (individual, collective, household).</summary>
    public bool Serves(string? nomineeKind) => NomineeKinds.Count == 0 || NomineeKinds.Contains(nomineeKind ?? "");
    public List<FormField> Fields { get; set; } = [];
    public List<FormSection> Sections { get; set; } = [];

    public string FileName { get; set; } = "";
}

/// <summary>A date written in a form file (yyyy-MM-dd) and where it was written, so a problem with it names file:line:column.</summary>
public readonly record struct FormDate(DateOnly Value, long Line, long Column)
{
    public string At => $"{Line}:{Column}";
}

public sealed class FormField
{
    public string Key { get; set; } = "";
    public string Label { get; set; } = "";
    /// <summary>text, multiline, number, date (dd/MM/yyyy), lines (one entry a line), table, check (a yes/no box, e.g. truy tặng).</summary>
    public string Type { get; set; } = "text";
    public bool Required { get; set; }
    public string? Help { get; set; }
    /// <summary>A default value; {placeholders} are filled from the dossier (see docs/forms.md).</summary>
    public string? Default { get; set; }
    /// <summary>Only for these nominee kinds (individual, collective, household); empty = all.</summary>
    public List<string> When { get; set; } = [];
    public List<FormColumn> Columns { get; set; } = [];
}

public sealed class FormColumn
{
    public string Key { get; set; } = "";
    public string Label { get; set; } = "";
    public string Type { get; set; } = "text";
    /// <summary>The column's share of the table's width less the STT column, in percent; columns without one share the rest.</summary>
    public int? Width { get; set; }
}

public sealed class FormSection
{
    /// <summary>heading, text, lines, paragraphs, table, nominee-summary, nominee-list, votes, signature, page-break.</summary>
    public string Kind { get; set; } = "";
    public string? Text { get; set; }
    public string? Field { get; set; }
    /// <summary>centered, italic, bold — how a text section is set.</summary>
    public string? Style { get; set; }
    public List<string> When { get; set; } = [];
    /// <summary>For a <c>facts</c> section: the fields printed one a line as "- Label: value", empty ones left out.</summary>
    public List<string> Fields { get; set; } = [];
    /// <summary>For a report's <c>signature</c>: the heading over the left (confirming) signer, e.g. "THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ".</summary>
    public string? Left { get; set; }
    /// <summary>For a report's <c>signature</c>: the heading over the right (reporting) signer, e.g. "NGƯỜI BÁO CÁO THÀNH TÍCH".</summary>
    public string? Right { get; set; }
    /// <summary>The italic line under the right heading: "(Ký, ghi rõ họ và tên)" for a person, "(Ký, đóng dấu)" for a head.</summary>
    public string? RightNote { get; set; }
}
