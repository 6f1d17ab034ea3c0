using System.Net;
using DossierFlow.Scheduling.Jobs;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Web.Tests;

/// <summary>
/// Hangfire's dashboard at /Admin/Jobs behind the application's sign-in and roles. The demo runs no Hangfire
/// server here, so a job enqueued by the test waits in the store for the dashboard to show and act on.
/// </summary>
public class JobsDashboardTests(DemoApp app) : IClassFixture<DemoApp>
{
    private string EnqueueDispatch() =>
        app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<OutboxDispatchJob>(job => job.RunAsync(CancellationToken.None));

    private string StateOf(string jobId)
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetStateData(jobId).Name;
    }

    /// <summary>The dashboard's "delete" on an enqueued job, posted as its page posts it (with the antiforgery token).</summary>
    private static async Task<HttpResponseMessage> DeleteAsync(HttpClient client, string jobId) =>
        await client.PostAsync("/Admin/Jobs/jobs/enqueued/delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["jobs[]"] = jobId,
            ["__RequestVerificationToken"] = await SignIn.TokenAsync(client, "/"),
        }));

    [Fact]
    public async Task An_admin_opens_the_dashboard_and_may_delete_a_waiting_job()
    {
        var job = EnqueueDispatch();
        var admin = await SignIn.AsAsync(app, "quantri");

        var dashboard = await admin.GetAsync("/Admin/Jobs");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Tác vụ định kỳ — DossierFlow", await dashboard.Content.ReadAsStringAsync());
        Assert.Contains("js-jobs-list-command", await admin.GetStringAsync("/Admin/Jobs/jobs/enqueued/default"));

        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(admin, job)).StatusCode);
        Assert.Equal("Deleted", StateOf(job));
    }

    [Fact]
    public async Task An_auditor_sees_the_dashboard_read_only()
    {
        var job = EnqueueDispatch();
        var auditor = await SignIn.AsAsync(app, "kiemtra");

        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/Admin/Jobs")).StatusCode);
        var queue = await auditor.GetStringAsync("/Admin/Jobs/jobs/enqueued/default");
        Assert.Contains(job, queue);
        Assert.DoesNotContain("js-jobs-list-command", queue);

        Assert.Equal(HttpStatusCode.Unauthorized, (await DeleteAsync(auditor, job)).StatusCode);
        Assert.Equal("Enqueued", StateOf(job));
    }

    [Fact]
    public async Task A_unit_clerk_gets_the_403_page()
    {
        var clerk = await SignIn.AsAsync(app, "canbo.syt");
        var response = await clerk.GetAsync("/Admin/Jobs");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("/Account/AccessDenied", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Không có quyền truy cập", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_even_for_the_dashboards_scripts()
    {
        var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var path in new[] { "/Admin/Jobs", "/Admin/Jobs/js18250" })
        {
            var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Login?", response.Headers.Location!.OriginalString);
        }
    }
}
