using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Neo4j.QueryApi;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="QueryApiClient"/> as a typed HttpClient, with <see cref="Neo4jOptions"/> bound from
    /// <c>GraphExplorer:Neo4j</c> and validated when the host starts (a bad setting stops start-up with its key named).
    /// Connectivity is not checked here: call <see cref="QueryApiClient.VerifyConnectivityAsync"/> at start-up.
    /// </summary>
    public static IHttpClientBuilder AddNeo4jQueryApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<Neo4jOptions>().BindConfiguration(Neo4jOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Neo4jOptions>, Neo4jOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // The client enforces Neo4jOptions.Timeout itself (per call, via TimeProvider), so HttpClient's own 100 s limit is lifted.
        return services.AddHttpClient<QueryApiClient>(http => http.Timeout = Timeout.InfiniteTimeSpan);
    }
}
