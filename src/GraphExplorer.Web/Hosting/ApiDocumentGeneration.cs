using System.Reflection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphExplorer.Web.Hosting;

/// <summary>
/// The build writes the OpenAPI document the page's wire types are generated from by running this app inside
/// Microsoft.Extensions.ApiDescription.Server's document tool, which lets <c>Program</c> run up to <c>app.Run()</c> with
/// a server that listens nowhere. Describing the routes needs the endpoints and services only, so in that process no
/// hosted service starts: the store is never opened, no dataset is loaded, nothing is watched or contacted.
/// </summary>
public static class ApiDocumentGeneration
{
    /// <summary>The entry assembly of the document tool (its process runs the app's entry point in-process).</summary>
    public const string ToolAssemblyName = "GetDocument.Insider";

    /// <summary>Whether this process is the build's document tool rather than a server.</summary>
    public static bool IsRunning => string.Equals(Assembly.GetEntryAssembly()?.GetName().Name, ToolAssemblyName, StringComparison.Ordinal);

    /// <summary>Call after every other Add…: drops the start-up work (opening the store, seeding, live updates) when only the document is wanted.</summary>
    public static IHostApplicationBuilder SkipStartupWorkWhenWritingApiDocument(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (IsRunning)
        {
            builder.Services.RemoveAll<IHostedService>();
        }

        return builder;
    }
}
