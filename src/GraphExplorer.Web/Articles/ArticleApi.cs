namespace GraphExplorer.Web.Articles;

public static class ArticleApi
{
    public static IHostApplicationBuilder AddArticleIngestion(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapArticleApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
