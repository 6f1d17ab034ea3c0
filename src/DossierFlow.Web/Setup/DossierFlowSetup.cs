using System.Globalization;
using DossierFlow.Application;
using DossierFlow.Documents;
using DossierFlow.Mail;
using DossierFlow.Persistence;
using DossierFlow.Scheduling;
using DossierFlow.Web.Api;
using DossierFlow.Web.Demo;
using DossierFlow.Web.Security;
using DossierFlow.Web.Users;
using DossierFlow.Web.Workflows;
using Microsoft.AspNetCore.Localization;

namespace DossierFlow.Web.Setup;

/// <summary>The composition root: every project's registration and the request pipeline.</summary>
public static class DossierFlowSetup
{
    public static void AddDossierFlow(this WebApplicationBuilder builder)
    {
        // Two short variables for containers and systemd units; they take precedence over every other source.
        if (Environment.GetEnvironmentVariable("DOSSIERFLOW_DATABASE_PROVIDER") is { Length: > 0 } provider)
            builder.Configuration["Database:Provider"] = provider;
        if (Environment.GetEnvironmentVariable("DOSSIERFLOW_DATABASE") is { Length: > 0 } connectionString)
            builder.Configuration["Database:ConnectionString"] = connectionString;

        builder.ListenOnDefaultUrlUnlessConfigured();
        var services = builder.Services;
        services.AddApplication();
        services.AddPersistence(builder.Configuration);
        // Hangfire's job store follows the application's database (PostgreSQL, or a SQLite file of its own).
        services.AddScheduling(builder.Configuration, sp =>
        {
            var database = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value;
            return new ApplicationDatabase(database.Provider == DatabaseProvider.PostgreSql ? SchedulerStore.PostgreSql : SchedulerStore.Sqlite, database.ConnectionString);
        });
        services.AddMailSender();
        services.AddJobsDashboard();
        services.AddDocuments(builder.Configuration.GetValue("Documents:MaxUploadMegabytes", 20));
        services.AddPdf(builder.Configuration);
        services.AddDossierFlowSecurity();
        services.AddUserAdministration();
        services.AddDemo(builder.Configuration);
        services.AddWorkflowFiles(builder.Configuration);
        services.AddDossierFlowPages();
        services.AddDossierFlowApi();
        services.AddHealthChecks().AddDbContextCheck<Persistence.AppDbContext>("database");
        // Vietnamese letters are written as they are, not as numeric character references.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddSharedDataProtection();
        services.AddReverseProxy();
    }

    public static void UseDossierFlow(this WebApplication app)
    {
        app.UseReverseProxy();
        app.UseSecurityHeaders();
        var vietnamese = new CultureInfo("vi-VN");
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(vietnamese),
            SupportedCultures = [vietnamese],
            SupportedUICultures = [vietnamese],
        });
        app.UsePageErrors(app.Configuration.GetValue("Documents:MaxUploadMegabytes", 20));
        app.UseExceptionHandler();
        app.UseWhen(context => PageErrors.IsApi(context.Request), api => api.UseStatusCodePages());
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapHealthChecks("/healthz");
        app.MapRazorPages();
        app.MapJobsDashboard();
        app.MapDossierFlowApi();
    }
}
