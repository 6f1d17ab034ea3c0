using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DossierFlow.Web.Tests;

/// <summary>Issue 12 item 7: every response carries the browser-hardening headers and no redirect echoes the Host header.</summary>
public class SecurityHeadersTests(DemoApp app) : IClassFixture<DemoApp>
{
    private const string Policy = "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    private static void AssertHardened(HttpResponseMessage response)
    {
        Assert.Equal(Policy, string.Join(", ", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task A_signed_in_page_is_hardened_and_has_no_inline_script()
    {
        var client = await SignIn.AsAsync(app, "kiemtra");
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertHardened(response);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)", html);
        Assert.DoesNotMatch("\\son[a-z]+=\"", html);
        Assert.DoesNotContain("style=\"", html);
    }

    [Fact]
    public async Task The_sign_in_page_is_hardened()
    {
        var response = await app.CreateClient().GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertHardened(response);
    }

    [Fact]
    public async Task An_api_error_is_hardened()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertHardened(response);
    }

    [Fact]
    public async Task The_jobs_dashboard_keeps_framing_denied_but_may_run_its_inline_scripts()
    {
        var client = await SignIn.AsAsync(app, "quantri");
        var response = await client.GetAsync("/Admin/Jobs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("script-src 'self' 'unsafe-inline'", policy);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task A_forged_host_is_not_reflected_into_the_sign_in_redirect()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/Dossiers");
        request.Headers.Host = "evil.example";
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.False(location.IsAbsoluteUri, $"Location is absolute: {location}");
        Assert.StartsWith("/Account/Login?ReturnUrl=", location.OriginalString);
    }
}
