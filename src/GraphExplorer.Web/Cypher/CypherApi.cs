namespace GraphExplorer.Web.Cypher;

public static class CypherApi
{
    public static IHostApplicationBuilder AddCypherConsole(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapCypherApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
