namespace DossierFlow.Application.Workflows;

/// <summary>The "Workflows" section: where the definitions and the working-day calendar live.</summary>
public sealed class WorkflowOptions
{
    public const string Section = "Workflows";

    public string Folder { get; set; } = "../../workflows";

    public string CalendarFile { get; set; } = "../../workflows/calendar/vietnam-holidays.yaml";

    /// <summary>Workflows that must exist besides those the award types name.</summary>
    public List<string> Required { get; set; } = ["bao-cao-phong-trao-hang-nam"];
}
