namespace GraphExplorer.Web.Hosting;

public static class ApiConventionsExtensions
{
    public static IHostApplicationBuilder AddApiConventions(this IHostApplicationBuilder builder) => builder;

    public static WebApplication UseApiConventions(this WebApplication app) => app;

    public static IEndpointRouteBuilder MapExplorerPage(this IEndpointRouteBuilder endpoints) => endpoints;
}
