using Scalar.AspNetCore;

namespace GraphExplorer.Web.Hosting;

/// <summary>
/// The interactive reference of the OpenAPI document (<c>/openapi/v1.json</c>) at <c>/scalar</c>. Scalar.AspNetCore
/// serves its own script and styles from the assembly, so the page works without network access.
/// </summary>
public static class ApiReferenceExtensions
{
    /// <summary>Where the reference is served.</summary>
    public const string Path = "/scalar";

    public static WebApplication MapApiReference(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapScalarApiReference(Path, options => options
            .WithTitle("GraphExplorer API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        return app;
    }
}
