using DossierFlow.Domain.Common;

namespace DossierFlow.Domain.Reports;

/// <summary>
/// Sở Nội vụ's consolidated yearly report on a movement for the Chairman (báo cáo tổng hợp kết quả thực hiện phong
/// trào): numbered …/BC-SNV in Sở Nội vụ's register once, the first time it is generated; generating it again (a late
/// report arrived, an award was decided) keeps the number and replaces the document and its date. One per movement
/// and year.
/// </summary>
public sealed class ConsolidatedReport
{
    private ConsolidatedReport() { SignerName = GeneratedBy = Sha256 = ""; }

    public Guid Id { get; private set; }
    public Guid MovementId { get; private set; }
    public int Year { get; private set; }
    /// <summary>The number in Sở Nội vụ's "BC" register of the year it was first issued.</summary>
    public int Number { get; private set; }
    public int NumberYear { get; private set; }
    public DateOnly IssuedOn { get; private set; }
    public string SignerName { get; private set; }
    /// <summary>The document's content (DocumentContents, by SHA-256).</summary>
    public string Sha256 { get; private set; }
    public DateTime GeneratedAt { get; private set; }
    public string GeneratedBy { get; private set; }
    public int Revision { get; private set; }

    public static ConsolidatedReport Issue(Guid movementId, int year, int number, DateOnly issuedOn, string signerName, string sha256,
        DateTime now, string by)
    {
        var report = new ConsolidatedReport
        {
            Id = Ids.New(),
            MovementId = movementId,
            Year = year,
            Number = number,
            NumberYear = issuedOn.Year,
        };
        report.Apply(issuedOn, signerName, sha256, now, by);
        return report;
    }

    /// <summary>The report generated again from the data of today: same number, new document and date.</summary>
    public void Reissue(int seenRevision, DateOnly issuedOn, string signerName, string sha256, DateTime now, string by)
    {
        if (seenRevision != Revision)
            throw new ConcurrencyConflictException("Báo cáo tổng hợp đã được người khác lập lại. Vui lòng tải lại trang và thực hiện lại.");
        Apply(issuedOn, signerName, sha256, now, by);
        Revision++;
    }

    private void Apply(DateOnly issuedOn, string signerName, string sha256, DateTime now, string by)
    {
        SignerName = TextLimits.Check(Guard.Required(signerName, "consolidated-signer", "Vui lòng nhập họ và tên người ký báo cáo (lãnh đạo Sở Nội vụ)."),
            TextLimits.PersonName, "consolidated-signer", "Người ký");
        IssuedOn = issuedOn;
        Sha256 = sha256;
        GeneratedAt = now;
        GeneratedBy = Guard.Required(by, "consolidated-author", "Thiếu người lập báo cáo.");
    }
}
