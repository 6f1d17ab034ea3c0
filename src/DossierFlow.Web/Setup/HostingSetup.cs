using System.Net;
using DossierFlow.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration.Memory;

namespace DossierFlow.Web.Setup;

/// <summary>
/// The hosting settings an operator of an ASP.NET Core service expects: where it listens, which reverse proxy it
/// trusts, and sign-in keys that every node shares through the database.
/// </summary>
internal static class HostingSetup
{
    public const string DefaultUrl = "http://localhost:5080";
    private const string ProxySection = "ReverseProxy";

    /// <summary>
    /// Listens on <see cref="DefaultUrl"/> when no source names an address (ASPNETCORE_URLS, --urls, Urls,
    /// ASPNETCORE_HTTP_PORTS, Kestrel:Endpoints). The default is the first configuration source, so a source added
    /// later (a test host's) still wins.
    /// </summary>
    public static void ListenOnDefaultUrlUnlessConfigured(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (new[] { "urls", "http_ports", "https_ports" }.Any(key => !string.IsNullOrEmpty(configuration[key]))
            || configuration.GetSection("Kestrel:Endpoints").Exists())
            return;
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = [new("urls", DefaultUrl)] });
    }

    /// <summary>Keys protecting the sign-in cookies live in the application's database, so that every node reads the same ones.</summary>
    public static void AddSharedDataProtection(this IServiceCollection services) =>
        services.AddDataProtection().SetApplicationName("DossierFlow").PersistKeysToDbContext<AppDbContext>();

    /// <summary>
    /// Trusts X-Forwarded-For, -Proto and -Host from the proxies of ReverseProxy:KnownProxies (addresses) and
    /// ReverseProxy:KnownNetworks (CIDR ranges) only, so that behind a TLS proxy the request is https (Secure cookies)
    /// and redirects name the public host. A forwarded host must be one of AllowedHosts (any when "*").
    /// The settings are read when the options are first built, so that every configuration source counts.
    /// </summary>
    public static void AddReverseProxy(this IServiceCollection services) =>
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            if (ReadProxies(configuration) is not var (proxies, networks)) return;
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
            options.ForwardLimit = configuration.GetValue<int?>($"{ProxySection}:ForwardLimit") ?? 1;
            var allowedHosts = (configuration["AllowedHosts"] ?? "*").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            options.AllowedHosts = allowedHosts.Contains("*") ? [] : allowedHosts;
        });

    /// <summary>
    /// Applies the forwarded headers first of all, and only when a proxy is configured. A malformed address stops the
    /// start with its setting named.
    /// </summary>
    public static void UseReverseProxy(this WebApplication app)
    {
        if (ReadProxies(app.Configuration) is not null) app.UseForwardedHeaders();
    }

    private static (List<IPAddress> Proxies, List<System.Net.IPNetwork> Networks)? ReadProxies(IConfiguration configuration)
    {
        var section = configuration.GetSection(ProxySection);
        var proxies = Values(section, "KnownProxies")
            .Select(text => IPAddress.TryParse(text, out var address) ? address : throw Invalid("KnownProxies", text, "an IP address")).ToList();
        var networks = Values(section, "KnownNetworks")
            .Select(text => System.Net.IPNetwork.TryParse(text, out var network) ? network : throw Invalid("KnownNetworks", text, "a network such as 10.0.0.0/8")).ToList();
        return proxies.Count == 0 && networks.Count == 0 ? null : (proxies, networks);
    }

    /// <summary>A list in settings files (KnownProxies: [ … ]) or one variable separated by ';' (ReverseProxy__KnownProxies=10.0.0.5;10.0.0.6).</summary>
    private static IEnumerable<string> Values(IConfigurationSection section, string key)
    {
        var list = section.GetSection(key);
        return (list.Value is { Length: > 0 } single ? single.Split(';') : list.GetChildren().Select(c => c.Value ?? ""))
            .Select(v => v.Trim()).Where(v => v.Length > 0);
    }

    private static InvalidOperationException Invalid(string key, string text, string what) =>
        new($"{ProxySection}:{key}: '{text}' is not {what}.");
}
