using GraphExplorer.Core.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GraphExplorer.Web.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics for ASP.NET Core, the HttpClient that talks to Neo4j, and the application's own
/// <see cref="GraphExplorerTelemetry"/> meter and activity source. They leave the process over OTLP only when an
/// endpoint is configured (the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>); otherwise nothing is exported. In a
/// container (<c>DOTNET_RUNNING_IN_CONTAINER=true</c>, set by .NET's images) console logs are JSON, one object a line,
/// for a log collector to parse, unless <c>Logging:Console:FormatterName</c> chooses otherwise.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>The configuration key of the OTLP endpoint (also read by the exporter itself).</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The variable .NET's container images set.</summary>
    public const string InContainerKey = "DOTNET_RUNNING_IN_CONTAINER";

    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("graphexplorer"))
            .WithTracing(tracing => tracing
                .AddSource(GraphExplorerTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(GraphExplorerTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey]))
        {
            telemetry.UseOtlpExporter();
        }

        if (string.Equals(builder.Configuration[InContainerKey], "true", StringComparison.OrdinalIgnoreCase)
            && string.IsNullOrEmpty(builder.Configuration["Logging:Console:FormatterName"]))
        {
            builder.Logging.AddJsonConsole();
        }

        return builder;
    }
}
