namespace GraphExplorer.Web.Graph;

public static class GraphApi
{

    public static IEndpointRouteBuilder MapGraphApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
