namespace DossierFlow.Tests.Shared;

/// <summary>The repository's root folder (the one holding DossierFlow.sln), found from a test's output folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "DossierFlow.sln"))) return folder.FullName;
        throw new InvalidOperationException("DossierFlow.sln not found above " + AppContext.BaseDirectory);
    }
}
