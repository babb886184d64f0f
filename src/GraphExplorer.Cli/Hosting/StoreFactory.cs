using GraphExplorer.Core.Graph;
using GraphExplorer.Embedded;
using GraphExplorer.Neo4j.QueryApi;
using GraphExplorer.Neo4j.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Cli.Hosting;

/// <summary>
/// Opens the store the configuration names (<c>GraphExplorer:Store</c>, default <c>Embedded</c>). A new engine is one
/// more case here.
/// </summary>
public static class StoreFactory
{
    public const string EmbeddedEngine = "Embedded";

    public const string Neo4jEngine = "Neo4j";

    /// <summary>
    /// The full path of the embedded store's file that <see cref="OpenAsync"/> would open, or null when the configured
    /// engine is not the embedded one (so a command can tell a store it is about to create from one that exists).
    /// </summary>
    public static string? EmbeddedDataPath(IConfiguration configuration, string? dataPathOverride)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(CliConfiguration.Section);
        if (section["Store"] is { Length: > 0 } configured && !string.Equals(configured, EmbeddedEngine, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var options = new EmbeddedStoreOptions();
        section.Bind(options);
        var path = string.IsNullOrWhiteSpace(dataPathOverride) ? options.DataPath : dataPathOverride;
        return string.IsNullOrWhiteSpace(path) ? null : Path.GetFullPath(path);
    }

    public static async Task<IGraphStore> OpenAsync(IConfiguration configuration, string? dataPathOverride, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(CliConfiguration.Section);
        var engine = section["Store"] is { Length: > 0 } configured ? configured : EmbeddedEngine;
        IGraphStore store;
        if (string.Equals(engine, EmbeddedEngine, StringComparison.OrdinalIgnoreCase))
        {
            var options = new EmbeddedStoreOptions();
            section.Bind(options);
            if (!string.IsNullOrWhiteSpace(dataPathOverride))
            {
                options.DataPath = dataPathOverride;
            }

            try
            {
                store = new EmbeddedGraphStore(Options.Create(options), loggerFactory?.CreateLogger<EmbeddedGraphStore>());
            }
            catch (OptionsValidationException ex)
            {
                throw new CliUsageException(string.Join(" ", ex.Failures));
            }
        }
        else if (string.Equals(engine, Neo4jEngine, StringComparison.OrdinalIgnoreCase))
        {
            // GraphExplorer:Neo4j (Uri, User, Password, Database, ...); InitializeAsync below checks the server and applies the schema.
            var options = new Neo4jOptions();
            configuration.GetSection(Neo4jOptions.SectionName).Bind(options);
            var storeOptions = new Neo4jStoreOptions();
            configuration.GetSection(Neo4jOptions.SectionName).Bind(storeOptions);
            try
            {
                store = Neo4jGraphStore.Create(options, storeOptions, loggerFactory);
            }
            catch (OptionsValidationException ex)
            {
                throw new CliUsageException(string.Join(" ", ex.Failures));
            }
        }
        else
        {
            throw new CliUsageException($"{CliConfiguration.Section}:Store is '{engine}', which this command line cannot open (known: {EmbeddedEngine}, {Neo4jEngine}).");
        }

        try
        {
            await store.InitializeAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }
}
