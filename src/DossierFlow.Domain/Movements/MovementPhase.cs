namespace DossierFlow.Domain.Movements;

public sealed class MovementPhase
{
    private MovementPhase() { Title = ""; }

    internal MovementPhase(Guid id, PhaseKind kind, int year, string title)
    {
        Id = id;
        Kind = kind;
        Year = year;
        Title = title;
    }

    public Guid Id { get; private set; }
    public PhaseKind Kind { get; private set; }
    public int Year { get; private set; }
    public string Title { get; private set; }
}
