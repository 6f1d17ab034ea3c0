using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Application;

public static class DependencyInjection
{
    /// <summary>Registers every use case (the public classes with a HandleAsync or AddAsync method) as scoped.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var useCases = typeof(DependencyInjection).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetMethods().Any(m => m.Name is "HandleAsync" or "AddAsync" or "PublishAsync"));
        foreach (var type in useCases) services.AddScoped(type);
        services.AddScoped<Demo.DemoProvince>();
        services.AddScoped<Demo.DemoCouncil>();
        services.AddSingleton<Workflows.WorkflowCatalog>();
        services.AddScoped<Workflows.WorkflowAction>();
        services.AddSingleton<Forms.FormCatalog>();
        services.AddScoped<Forms.DossierForms>();
        services.AddScoped<Council.ChangeSession>();
        services.AddScoped<Council.GetSessions>();
        services.AddScoped<Council.CouncilMembers>();
        services.AddSingleton(sp => Council.VotingRules.Parse("voting-rules.yaml", File.ReadAllText(Path.Combine(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Workflows.WorkflowOptions>>().Value.Folder, "council", "voting-rules.yaml"))));
        services.AddSingleton(sp => Workflows.CalendarFile.Load(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Workflows.WorkflowOptions>>().Value.CalendarFile));
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
