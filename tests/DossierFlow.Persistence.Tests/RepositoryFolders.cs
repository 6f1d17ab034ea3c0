using DossierFlow.Application.Workflows;

namespace DossierFlow.Persistence.Tests;

/// <summary>The repository's own workflows/ folder, found from the test's output folder.</summary>
internal static class RepositoryFolders
{
    public static string Workflows => DossierFlow.Tests.Shared.RepositoryRoot.Combine("workflows");

    /// <summary>A catalog with every definition in workflows/, as the application publishes them.</summary>
    public static WorkflowCatalog Catalog()
    {
        var catalog = new WorkflowCatalog();
        var entries = WorkflowFolder.Read(Workflows);
        catalog.Replace(entries.Select(e => e.Result.Definition ?? throw new InvalidOperationException(string.Join("\n", e.Result.Problems))), []);
        return catalog;
    }

    /// <summary>A catalog with every form in forms/, as the application loads them.</summary>
    public static Application.Forms.FormCatalog Forms()
    {
        var catalog = new Application.Forms.FormCatalog();
        var (forms, problems) = Application.Forms.FormFiles.Read(DossierFlow.Tests.Shared.RepositoryRoot.Combine("forms"));
        catalog.Replace(forms, problems);
        return catalog;
    }

    public static Domain.Calendar.WorkingCalendar Calendar() =>
        CalendarFile.Load(Path.Combine(Workflows, "calendar", "vietnam-holidays.yaml"));
}
