namespace GraphExplorer.Web.Queries;

public static class QueryApi
{
    public static IHostApplicationBuilder AddGraphQueries(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapQueryApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
