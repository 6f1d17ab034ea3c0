using System.Reflection;

namespace DossierFlow.Persistence;

/// <summary>Reads a migration's SQL file embedded in a provider's migrations assembly.</summary>
public static class MigrationSql
{
    public static string Read(Assembly assembly, string fileName)
    {
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
