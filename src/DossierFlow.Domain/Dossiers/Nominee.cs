namespace DossierFlow.Domain.Dossiers;

/// <summary>A person, collective or household proposed for the award in a dossier.</summary>
public sealed class Nominee
{
    private Nominee() { Name = FoldedName = ""; }

    private Nominee(Guid id, int order) { Id = id; Order = order; Name = FoldedName = ""; }

    /// <summary>A nominee from details already validated (<see cref="NomineeDetails.Validate"/>).</summary>
    internal static Nominee From(Guid id, int order, NomineeDetails valid)
    {
        var nominee = new Nominee(id, order);
        nominee.Change(valid);
        return nominee;
    }

    public Guid Id { get; private set; }
    public int Order { get; private set; }
    public NomineeKind Kind { get; private set; }
    /// <summary>Full name of a person, name of a collective, or "Hộ ông/bà …" for a household.</summary>
    public string Name { get; private set; }
    /// <summary>The name folded (<see cref="Common.SearchText.Fold"/>): with the birth date, how a person without a CCCD is recognised.</summary>
    public string FoldedName { get; private set; }
    public string? Position { get; private set; }
    public string? Workplace { get; private set; }
    public NomineeGender? Gender { get; private set; }
    public DateOnly? BirthDate { get; private set; }
    /// <summary>Số định danh cá nhân (the 12 digits of the CCCD): how the same person is recognised across dossiers.</summary>
    public string? IdentityNumber { get; private set; }
    /// <summary>Mã số CBCCVC, for a civil servant whose CCCD the unit does not give.</summary>
    public string? StaffCode { get; private set; }
    /// <summary>Tóm tắt thành tích: the summary a list shows; the full report is a document.</summary>
    public string? AchievementSummary { get; private set; }

    public NomineeDetails Details => new(Kind, Name, Position, Workplace, Gender, BirthDate, IdentityNumber, StaffCode, AchievementSummary);

    /// <summary>Whether these details describe the same nominee (<see cref="NomineeDetails.SamePerson"/>).</summary>
    public bool IsSamePerson(NomineeDetails other) => NomineeDetails.SamePerson(Details, other);

    /// <summary>The council's outcome: true recommended to the Chairman, false not recommended, null not voted yet.</summary>
    public bool? CouncilRecommended { get; private set; }
    public decimal? CouncilPercent { get; private set; }
    /// <summary>Why, in the words shown on screen and in the minutes ("7/9 phiếu đồng ý (77,78% …): đạt.").</summary>
    public string? CouncilNote { get; private set; }

    /// <summary>The Chairman's decision: true awarded, false not awarded, null not decided yet.</summary>
    public bool? ChairmanApproved { get; private set; }

    /// <summary>For a national award, the central level's outcome as Sở Nội vụ recorded it; null until then.</summary>
    public bool? CentralAwarded { get; private set; }

    internal void CentralDecided(bool awarded) => CentralAwarded = awarded;

    /// <summary>Whether the province's decision lists this nominee: not turned down by the council or the Chairman.</summary>
    public bool InDecision => CouncilRecommended != false && ChairmanApproved != false;

    internal void ChairmanDecided(bool approved) => ChairmanApproved = approved;

    internal void CouncilVoted(bool recommended, decimal percent, string note)
    {
        CouncilRecommended = recommended;
        CouncilPercent = percent;
        CouncilNote = note;
    }

    /// <summary>Folds the name again, for a row stored before the folded name existed (FillListKeys at start-up).</summary>
    public void RefreshFoldedName() => FoldedName = Common.SearchText.Fold(Name);

    internal void Change(NomineeDetails valid)
    {
        Kind = valid.Kind;
        Name = valid.Name;
        FoldedName = Common.SearchText.Fold(valid.Name);
        Position = valid.Position;
        Workplace = valid.Workplace;
        Gender = valid.Gender;
        BirthDate = valid.BirthDate;
        IdentityNumber = valid.IdentityNumber;
        StaffCode = valid.StaffCode;
        AchievementSummary = valid.Summary;
    }
}
