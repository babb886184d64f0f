using Microsoft.Extensions.Configuration;

namespace GraphExplorer.Cli.Hosting;

/// <summary>
/// The same configuration sources as the web host, so both open the same store: <c>appsettings.json</c> in the working
/// directory (optional), then environment variables (<c>GraphExplorer__DataPath</c>, <c>GraphExplorer__Store</c>).
/// </summary>
public static class CliConfiguration
{
    public const string Section = "GraphExplorer";

    public static IConfiguration Load(IEnumerable<KeyValuePair<string, string?>>? overrides = null) =>
        new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides ?? [])
            .Build();
}
