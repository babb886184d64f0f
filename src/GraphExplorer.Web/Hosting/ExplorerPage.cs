using Microsoft.Net.Http.Headers;

namespace GraphExplorer.Web.Hosting;

/// <summary>
/// Serves the browser app that Vite builds from ClientApp/ into <c>wwwroot/app/</c>: its hashed assets as static files,
/// and <c>app/index.html</c> for <c>/</c> and every other page route, so links into the app survive a reload.
/// </summary>
public static class ExplorerPageExtensions
{
    /// <summary>The page, relative to the web root.</summary>
    public const string IndexFile = "app/index.html";

    public static WebApplication MapExplorerPage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStaticFiles(new StaticFileOptions
        {
            // Vite puts a content hash in every asset name, so an asset never changes under its URL.
            OnPrepareResponse = context =>
            {
                if (context.Context.Request.Path.StartsWithSegments("/app/assets", StringComparison.Ordinal))
                {
                    context.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                }
            },
        });

        app.MapFallback(ServePageAsync)
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .ExcludeFromDescription();
        return app;
    }

    private static async Task ServePageAsync(HttpContext context)
    {
        // An unknown API route is an API error, not the page. (Checked here rather than by a fallback of its own, which
        // would also catch a wrong method on a known route and turn its 405 into a 404.)
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await Results.Problem(
                    detail: $"There is no API route {context.Request.Method} {context.Request.Path}; see /openapi/v1.json.",
                    statusCode: StatusCodes.Status404NotFound)
                .ExecuteAsync(context);
            return;
        }

        var environment = context.RequestServices.GetRequiredService<IWebHostEnvironment>();
        var page = environment.WebRootFileProvider.GetFileInfo(IndexFile);
        if (!page.Exists)
        {
            await Results.Problem(
                    title: "The browser app is not built",
                    detail: $"{IndexFile} is missing under {environment.WebRootPath ?? "wwwroot"}. Build the web project with node and npm on the PATH (dotnet build src/GraphExplorer.Web builds ClientApp/); the API works without it.",
                    statusCode: StatusCodes.Status404NotFound)
                .ExecuteAsync(context);
            return;
        }

        // The page names its assets by hash, so it must be revalidated to pick up a new build.
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        await context.Response.SendFileAsync(page, context.RequestAborted);
    }
}
