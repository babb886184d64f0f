namespace GraphExplorer.Web.Live;

public static class LiveUpdatesExtensions
{
    public static IHostApplicationBuilder AddLiveUpdates(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapLiveUpdates(this IEndpointRouteBuilder endpoints) => endpoints;
}
