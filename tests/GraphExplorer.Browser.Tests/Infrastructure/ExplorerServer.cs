using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Browser.Tests.Infrastructure;

/// <summary>
/// The real web host on real Kestrel (a browser cannot reach the in-memory test server), on a free port, with its
/// embedded store in a fresh temporary folder so every run starts from the seed graph.
/// </summary>
internal sealed class ExplorerServer : WebApplicationFactory<Program>
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"graphexplorer-browser-{Guid.NewGuid():N}");

    public ExplorerServer()
    {
        Directory.CreateDirectory(_dataFolder);
        UseKestrel(0);
    }

    /// <summary>Starts Kestrel and returns the address it bound, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Kestrel bound no http address (bound: {string.Join(", ", addresses)})");

        // A wildcard bind ([::] or 0.0.0.0) is reachable on loopback; loopback is also what lets the tests write facts.
        var uri = new UriBuilder(address);
        if (uri.Host is "[::]" or "::" or "0.0.0.0" or "+" or "*")
        {
            uri.Host = "127.0.0.1";
        }

        uri.Path = "/";
        return uri.Uri;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("GraphExplorer:DataPath", Path.Combine(_dataFolder, "graph.db"));

        // The page tests read the seed's answers; the talent-moves dataset is tested on its own.
        builder.UseSetting("GraphExplorer:LoadTalentMovesWhenEmpty", "false");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS's temp cleanup; it does not affect the next run (new folder).
        }
    }
}
