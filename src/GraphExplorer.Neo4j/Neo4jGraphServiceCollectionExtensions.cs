using GraphExplorer.Core.Queries;
using GraphExplorer.Neo4j.Queries;
using GraphExplorer.Neo4j.QueryApi;
using GraphExplorer.Neo4j.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Neo4j;

public static class Neo4jGraphServiceCollectionExtensions
{
    /// <summary>
    /// Registers everything that runs on Neo4j: the Query API client (<see cref="Neo4jServiceCollectionExtensions.AddNeo4jQueryApi"/>),
    /// <see cref="Neo4jGraphStore"/> and <see cref="Neo4jTalentQueries"/> (also as <see cref="ITalentQueries"/>), with
    /// <see cref="Neo4jStoreOptions"/> bound from <c>GraphExplorer:Neo4j</c> and validated at start-up. The host still
    /// decides which <c>IGraphStore</c> it uses and calls <see cref="Neo4jGraphStore.InitializeAsync"/>, which checks
    /// connectivity and credentials and applies the schema.
    /// </summary>
    public static IServiceCollection AddNeo4jGraph(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // The store and the queries live as long as the host and hold their client, so the handler recycles its
        // connections itself (DNS changes are seen) instead of relying on the factory's handler rotation.
        services.AddNeo4jQueryApi()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddOptions<Neo4jStoreOptions>().BindConfiguration(Neo4jOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Neo4jStoreOptions>, Neo4jStoreOptionsValidator>());
        services.TryAddSingleton<Neo4jGraphStore>();
        services.TryAddSingleton<Neo4jTalentQueries>();
        services.TryAddSingleton<ITalentQueries>(sp => sp.GetRequiredService<Neo4jTalentQueries>());
        return services;
    }
}
