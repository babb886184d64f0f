using GraphExplorer.Core.Graph;
using GraphExplorer.Web.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Web.Live;

/// <summary>Live updates: the hub, the dispatcher that feeds it, and the watcher for other processes' writes.</summary>
public static class LiveUpdatesExtensions
{
    public static IHostApplicationBuilder AddLiveUpdates(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddGraphExplorerOptions();
        services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LiveOptions>, LiveOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSignalR().AddJsonProtocol(o => ApiJson.Configure(o.PayloadSerializerOptions));
        services.AddSingleton<LiveDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveDispatcher>());

        // Every write in the host goes through the store registered here, which publishes what it commits.
        // (Only the unkeyed registration is replaced: the decorator itself needs the keyed store underneath.)
        foreach (var plain in services.Where(d => d.ServiceType == typeof(IGraphStore) && !d.IsKeyedService).ToList())
        {
            services.Remove(plain);
        }

        services.AddSingleton<PublishingGraphStore>();
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<PublishingGraphStore>());
        services.AddHostedService<ExternalChangeWatcher>();
        return builder;
    }

    public static IEndpointRouteBuilder MapLiveUpdates(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<GraphHub>(GraphHub.Path);
        return endpoints;
    }
}
