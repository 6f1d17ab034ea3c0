namespace DossierFlow.Application.Forms;

/// <summary>
/// What a clerk entered in a form for a dossier (or one nominee of it), kept as structured data so the document
/// can be regenerated after corrections; and the number the document was given, once given.
/// </summary>
public sealed class FormData
{
    private FormData() { FormCode = ValuesJson = ""; }

    public FormData(Guid dossierId, string formCode, Guid? nomineeId, DateTime now)
    {
        Id = Guid.CreateVersion7();
        DossierId = dossierId;
        FormCode = formCode;
        NomineeId = nomineeId;
        ValuesJson = "{}";
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid DossierId { get; private set; }
    public string FormCode { get; private set; }
    public Guid? NomineeId { get; private set; }
    /// <summary>A <see cref="FormValues"/> as JSON: {"Values": {"field": "text"}, "Tables": {"table": [{"column": "text"}]}}.</summary>
    public string ValuesJson { get; private set; }
    public int? Number { get; private set; }
    public DateOnly? IssuedOn { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public void Change(string valuesJson, DateTime now)
    {
        ValuesJson = valuesJson;
        UpdatedAt = now;
    }

    /// <summary>A number is given once and never changes; the date is the day it was given.</summary>
    public void Numbered(int number, DateOnly issuedOn)
    {
        if (Number is not null) throw new InvalidOperationException("This document already has a number.");
        Number = number;
        IssuedOn = issuedOn;
    }

    /// <summary>
    /// A document that takes no number (an achievement report) is issued by dating it: from then on it is the version
    /// to sign, no longer a draft. The date is set once.
    /// </summary>
    public void Dated(DateOnly issuedOn)
    {
        if (IssuedOn is not null) throw new InvalidOperationException("This document is already dated.");
        IssuedOn = issuedOn;
    }
}

/// <summary>Hands out document numbers per issuing organisation, document type and year, never the same twice.</summary>
public interface IDocumentNumbers
{
    /// <summary>The next number for the organisation (by its unique code), atomically, even under concurrent requests.</summary>
    Task<int> NextAsync(string issuerCode, string symbol, int year, CancellationToken ct);

    /// <summary>The last number taken in the register (0 when none), without taking one: what a clerk is offered next.</summary>
    Task<int> LastAsync(string issuerCode, string symbol, int year, CancellationToken ct);

    /// <summary>Records that a number a clerk chose was taken: the counter never goes back, so later suggestions skip it.</summary>
    Task RaiseToAsync(string issuerCode, string symbol, int year, int number, CancellationToken ct);
}
