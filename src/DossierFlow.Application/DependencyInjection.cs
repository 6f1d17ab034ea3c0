using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Application;

public static class DependencyInjection
{
    /// <summary>
    /// The services that group several operations on one thing (a dossier's forms, a session's changes) or serve the
    /// use cases (the workflow step, start-up publishing, the outbox's dispatcher); they are not use cases themselves.
    /// </summary>
    public static readonly IReadOnlyList<Type> Services =
    [
        typeof(Workflows.WorkflowAction), typeof(Workflows.WorkflowPublisher), typeof(Forms.DossierForms), typeof(Dossiers.DossierNotices),
        typeof(Dossiers.EditNominees), typeof(Reports.EditMovementReport), typeof(Movements.EditDeadlines),
        typeof(Council.CouncilMembers), typeof(Council.GetSessions), typeof(Council.ChangeSession),
        typeof(Council.Votes.GetVoteGrid), typeof(Council.Votes.SessionVoteFiles),
        typeof(Organisations.ListOrganisations), typeof(Mail.DispatchOutbox), typeof(Mail.ListOutbox), typeof(Dossiers.FillListKeys),
        typeof(Batches.GetBatches), typeof(Criteria.CriteriaPublisher), typeof(Criteria.CriteriaEvaluator), typeof(Criteria.CriteriaGate),
        typeof(Reports.Dashboard.StepDurations),
    ];

    /// <summary>The use cases: the classes marked <see cref="Common.IUseCase"/>.</summary>
    public static IEnumerable<Type> UseCases => typeof(DependencyInjection).Assembly.GetExportedTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Common.IUseCase).IsAssignableFrom(t));

    /// <summary>Registers the use cases and the services above as scoped; the demo's seeders are registered by the demo.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        foreach (var type in UseCases.Concat(Services)) services.AddScoped(type);
        services.AddSingleton<Workflows.WorkflowCatalog>();
        services.AddSingleton<Forms.FormCatalog>();
        services.AddSingleton<Criteria.CriteriaCatalog>();
        services.AddSingleton(sp => Council.VotingRules.Parse("voting-rules.yaml", File.ReadAllText(Path.Combine(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Workflows.WorkflowOptions>>().Value.Folder, Council.VotingRules.PathInWorkflowsFolder))));
        services.AddSingleton(sp => Reports.Statistics.StatisticsLayoutFile.Load(Path.Combine(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Workflows.WorkflowOptions>>().Value.Folder, Reports.Statistics.StatisticsLayoutFile.PathInWorkflowsFolder)));
        services.AddSingleton(sp => Workflows.CalendarFile.Load(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Workflows.WorkflowOptions>>().Value.CalendarFile));
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
