namespace DossierFlow.Domain.Dossiers;

/// <summary>A person, collective or household proposed for the award in a dossier.</summary>
public sealed class Nominee
{
    private Nominee() { Name = ""; }

    internal Nominee(Guid id, int order, NomineeKind kind, string name, string? position, string? workplace)
    {
        Id = id;
        Order = order;
        Kind = kind;
        Name = name;
        Position = position;
        Workplace = workplace;
    }

    public Guid Id { get; private set; }
    public int Order { get; private set; }
    public NomineeKind Kind { get; private set; }
    /// <summary>Full name of a person, name of a collective, or "Hộ ông/bà …" for a household.</summary>
    public string Name { get; private set; }
    public string? Position { get; private set; }
    public string? Workplace { get; private set; }

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

    internal void Change(NomineeKind kind, string name, string? position, string? workplace)
    {
        Kind = kind;
        Name = name;
        Position = position;
        Workplace = workplace;
    }
}
