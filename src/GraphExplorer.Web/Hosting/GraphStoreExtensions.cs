using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Seed;
using GraphExplorer.Embedded;
using GraphExplorer.Neo4j;
using GraphExplorer.Neo4j.Store;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Web.Hosting;

/// <summary>
/// Registers the graph store chosen by <see cref="GraphExplorerOptions.Store"/> and opens it before the host takes
/// requests, loading the seed facts into a store that is still empty.
/// </summary>
public static class GraphStoreExtensions
{
    /// <summary>
    /// The key of the store itself. Unkeyed <see cref="IGraphStore"/> is what the host's code writes through; live
    /// updates replace it with a decorator that publishes each commit, so only they should ask for this key.
    /// </summary>
    public const string DurableStoreKey = "durable";

    public static IHostApplicationBuilder AddGraphStore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddGraphExplorerOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<EmbeddedStoreOptions>().BindConfiguration(EmbeddedStoreOptions.SectionName);
        services.AddKeyedSingleton(DurableStoreKey, (sp, _) => CreateStore(sp));
        services.TryAddSingleton(sp => sp.GetRequiredKeyedService<IGraphStore>(DurableStoreKey));

        // Only a store that holds the graph in memory can hand it to the algorithms; which one that is follows from
        // configuration, so it is known here, before the container is built.
        var kind = builder.Configuration.GetSection(GraphExplorerOptions.SectionName).GetValue<GraphStoreKind?>(nameof(GraphExplorerOptions.Store));
        if ((kind ?? GraphStoreKind.Embedded) == GraphStoreKind.Embedded)
        {
            services.TryAddSingleton(sp => (ITalentGraphReader)sp.GetRequiredKeyedService<IGraphStore>(DurableStoreKey));
        }
        else
        {
            // Neo4j answers the queries itself (registered here, before AddGraphQueries, so its ITalentQueries wins),
            // and its client serves the Cypher console too.
            services.AddNeo4jGraph();
        }

        services.AddHostedService<GraphStoreInitializer>();
        return builder;
    }

    private static IGraphStore CreateStore(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<GraphExplorerOptions>>().Value;
        return options.Store switch
        {
            // The embedded store's own settings (BusyTimeout, CacheSizeMiB, ...) live in the same section.
            GraphStoreKind.Embedded => new EmbeddedGraphStore(
                services.GetRequiredService<IOptions<EmbeddedStoreOptions>>(),
                services.GetRequiredService<ILogger<EmbeddedGraphStore>>(),
                services.GetRequiredService<TimeProvider>()),

            // Its settings are GraphExplorer:Neo4j (validated at start-up); InitializeAsync, run by GraphStoreInitializer
            // before the host listens, checks the server, the credentials and the database and applies the schema, and
            // stops start-up with a message naming the setting to fix when one is wrong.
            GraphStoreKind.Neo4j => services.GetRequiredService<Neo4jGraphStore>(),
            _ => throw new OptionsValidationException(GraphExplorerOptions.SectionName, typeof(GraphExplorerOptions), [$"GraphExplorer:Store '{options.Store}' is not a store."]),
        };
    }

    /// <summary>Where the store keeps the graph, for the start-up line.</summary>
    internal static string DescribeLocation(GraphExplorerOptions options) => options.Store switch
    {
        GraphStoreKind.Embedded => options.ResolveDataPath(),
        _ => options.Store.ToString(),
    };
}

/// <summary>
/// Opens the store before the server listens (hosted services start first), loads the seed into an empty store so a
/// new user sees a real graph at once, and prints where the app is running once the server has its addresses.
/// </summary>
internal sealed partial class GraphStoreInitializer(
    [FromKeyedServices(GraphStoreExtensions.DurableStoreKey)] IGraphStore durable,
    IGraphStore store,
    IOptions<GraphExplorerOptions> options,
    IHostApplicationLifetime lifetime,
    IServer server,
    ILogger<GraphStoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await durable.InitializeAsync(cancellationToken);
        var revision = await durable.GetRevisionAsync(cancellationToken);
        if (revision == 0)
        {
            // Through the unkeyed store, so the built-in datasets are published like any other batch.
            if (options.Value.LoadSeedWhenEmpty)
            {
                var seed = await SeedLoader.LoadSeedAsync(store, cancellationToken);
                revision = seed.Revision;
                LogDatasetLoaded(logger, "the seed", seed.Counts.PeopleAdded, seed.Counts.LabsAdded, seed.Counts.EdgesAdded, seed.Counts.ArticlesAdded, revision);
            }

            if (options.Value.LoadTalentMovesWhenEmpty)
            {
                var moves = await SeedLoader.LoadTalentMovesAsync(store, cancellationToken);
                revision = moves.Revision;
                LogDatasetLoaded(logger, TalentMovesFacts.Title, moves.Counts.PeopleAdded, moves.Counts.LabsAdded, moves.Counts.EdgesAdded, moves.Counts.ArticlesAdded, revision);
            }
        }

        var location = GraphStoreExtensions.DescribeLocation(options.Value);
        var engine = durable.Engine;
        lifetime.ApplicationStarted.Register(() => Announce(engine, location, revision));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Announce(string engine, string location, long revision)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        if (addresses.Count == 0)
        {
            // In-process test servers listen nowhere; the log line is enough there.
            LogReady(logger, "(in-process)", engine, location, revision);
            return;
        }

        var url = string.Join(", ", addresses.Select(Browsable));

        // The URL once, on the console itself, so it is the line a new user sees whatever the logging; the host's own
        // "Now listening on" is turned down in appsettings.json and the structured record goes to Debug.
        LogReadyDetail(logger, url, engine, location, revision);
        Console.WriteLine($"GraphExplorer is running at {url} ({engine} store: {location}, revision {revision}); press Ctrl+C to stop.");
    }

    /// <summary>A wildcard binding is reached through localhost from this machine.</summary>
    private static string Browsable(string address) => address
        .Replace("://[::]", "://localhost", StringComparison.Ordinal)
        .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
        .Replace("://+", "://localhost", StringComparison.Ordinal)
        .Replace("://*", "://localhost", StringComparison.Ordinal);

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "GraphExplorer is running at {Url} ({Engine} store: {Location}, revision {Revision})")]
    private static partial void LogReady(ILogger logger, string url, string engine, string location, long revision);

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "GraphExplorer is running at {Url} ({Engine} store: {Location}, revision {Revision})", EventName = "Ready")]
    private static partial void LogReadyDetail(ILogger logger, string url, string engine, string location, long revision);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "The store was empty: loaded {Dataset} ({People} people, {Labs} labs, {Edges} edges, {Articles} articles) as revision {Revision}")]
    private static partial void LogDatasetLoaded(ILogger logger, string dataset, int people, int labs, int edges, int articles, long revision);
}
