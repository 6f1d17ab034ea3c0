using DossierFlow.Application.Mail;
using DossierFlow.Application.Workflows;

namespace DossierFlow.Web.Workflows;

internal static class WorkflowFilesSetup
{
    public static IServiceCollection AddWorkflowFiles(this IServiceCollection services, IConfiguration configuration)
    {
        // Validated at start: a mistyped Mail:SmtpSecurity or a timeout out of range stops the app with its name,
        // instead of failing every dispatch later.
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section))
            .PostConfigure<IHostEnvironment>((options, environment) => options.PickupFolder = Path.GetFullPath(options.PickupFolder, environment.ContentRootPath))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WorkflowOptions>().Bind(configuration.GetSection(WorkflowOptions.Section))
            // Relative paths are relative to the content root (src/DossierFlow.Web when run with dotnet run), so the
            // defaults reach the repository's workflows/ folder.
            .PostConfigure<IHostEnvironment>((options, environment) =>
            {
                options.Folder = Path.GetFullPath(options.Folder, environment.ContentRootPath);
                options.CalendarFile = Path.GetFullPath(options.CalendarFile, environment.ContentRootPath);
            });
        services.AddOptions<DossierFlow.Application.Forms.ProvinceOptions>().Bind(configuration.GetSection(DossierFlow.Application.Forms.ProvinceOptions.Section))
            .PostConfigure<IHostEnvironment>((options, environment) => options.FormsFolder = Path.GetFullPath(options.FormsFolder, environment.ContentRootPath));
        return services;
    }
}
