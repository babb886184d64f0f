namespace GraphExplorer.Web.Hosting;

public static class GraphStoreExtensions
{
    public static IHostApplicationBuilder AddGraphStore(this IHostApplicationBuilder builder) => builder;

}
