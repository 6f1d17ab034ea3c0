using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Application;

public static class DependencyInjection
{
    /// <summary>Registers every use case (the public classes with a public instance method returning a task) as scoped.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var useCases = typeof(DependencyInjection).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Any(m => typeof(Task).IsAssignableFrom(m.ReturnType)));
        foreach (var type in useCases) services.AddScoped(type);
        services.AddSingleton<Workflows.WorkflowCatalog>();
        services.AddSingleton<Forms.FormCatalog>();
        services.AddSingleton(sp => Council.VotingRules.Parse("voting-rules.yaml", File.ReadAllText(Path.Combine(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Workflows.WorkflowOptions>>().Value.Folder, Council.VotingRules.PathInWorkflowsFolder))));
        services.AddSingleton(sp => Workflows.CalendarFile.Load(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Workflows.WorkflowOptions>>().Value.CalendarFile));
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
