namespace DossierFlow.Application.Workflows;

/// <summary>The "Workflows" section: where the definitions and the working-day calendar live.</summary>
public sealed class WorkflowOptions
{
    public const string Section = "Workflows";

    public string Folder { get; set; } = "../../workflows";

    public string CalendarFile { get; set; } = "../../workflows/calendar/vietnam-holidays.yaml";

    /// <summary>
    /// Workflows that must have a valid version for the application to start, besides those the award types name.
    /// Null means the four procedures the product ships.
    /// </summary>
    public List<string>? Required { get; set; }

    public IReadOnlyList<string> RequiredOrDefault =>
        Required ?? ["bang-khen-chu-tich-tinh", "khen-thuong-cap-nha-nuoc", "giay-khen", "bao-cao-phong-trao-hang-nam"];
}
