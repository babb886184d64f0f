using System.Text.Json;
using System.Text.Json.Serialization;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using BadHttpRequestException = Microsoft.AspNetCore.Http.BadHttpRequestException;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Web.Hosting;

/// <summary>
/// What every endpoint shares: camelCase JSON with enums as their wire names, ProblemDetails for every error, a request
/// size limit, and the OpenAPI description at <c>/openapi/v1.json</c>.
/// </summary>
public static class ApiConventionsExtensions
{
    public static IHostApplicationBuilder AddApiConventions(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGraphExplorerOptions();
        builder.Services.AddProblemDetails();

        // After the default writer, which declines when the client's Accept header leaves out JSON (text/event-stream,
        // say); an error is then still ProblemDetails rather than text/plain or a failure to write it.
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IProblemDetailsWriter, AnyAcceptProblemDetailsWriter>());
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));

        // Binding failures (a query value that is not a number) throw instead of answering an empty 400, so the
        // exception handler can say which parameter was wrong.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<GraphExplorerOptions>>((kestrel, options) => kestrel.Limits.MaxRequestBodySize = options.Value.MaxRequestBytes);
        builder.Services.AddOpenApi();
        builder.Services.AddRequestLimits();
        return builder;
    }

    public static WebApplication UseApiConventions(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<FrameworkProblemsMiddleware>();
        app.UseMiddleware<WriteAccessMiddleware>();
        app.UseMiddleware<RequestSizeLimitMiddleware>();
        app.UseRateLimiter();
        app.MapOpenApi();
        return app;
    }

    /// <summary>Registers <see cref="GraphExplorerOptions"/> once, bound from configuration and validated at start-up.</summary>
    internal static IServiceCollection AddGraphExplorerOptions(this IServiceCollection services)
    {
        services.AddOptions<GraphExplorerOptions>().BindConfiguration(GraphExplorerOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphExplorerOptions>, GraphExplorerOptionsValidator>());
        return services;
    }
}

/// <summary>The JSON settings of the HTTP API and the SignalR hub, in one place so both write the same shapes.</summary>
public static class ApiJson
{
    /// <summary>Applies the API's settings: camelCase, nulls left out, <c>"WORKED_AT"</c> and <c>"person"</c> for enums.</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;

        // The most specific converter first: edge types are written as in the graph, everything else in camelCase.
        options.Converters.Add(new JsonStringEnumConverter<EdgeType>(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        return options;
    }

    /// <summary>A fresh options object with the API's settings (for clients and tests).</summary>
    public static JsonSerializerOptions Create() => Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
}

/// <summary>ProblemDetails answers shared by the endpoints.</summary>
public static class ApiProblems
{
    /// <summary>A 400 that names the parameter in <c>errors</c> and in a <c>parameter</c> extension.</summary>
    public static ProblemHttpResult BadParameter(string parameter, string message) =>
        TypedResults.Problem(
            detail: message,
            statusCode: StatusCodes.Status400BadRequest,
            title: $"Invalid parameter '{parameter}'",
            extensions: new Dictionary<string, object?>
            {
                ["parameter"] = parameter,
                ["errors"] = new Dictionary<string, string[]> { [parameter] = [message] },
            });
}

/// <summary>
/// Turns the exceptions that mean "the request was wrong" into ProblemDetails that say why; anything else stays a
/// 500 without internals.
/// </summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problemDetails, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        (int Status, string Title) problem = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => "Request too large",
                StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
                _ => "Bad request",
            }),
            GraphConflictException => (StatusCodes.Status409Conflict, "The facts contradict the graph"),
            _ => (0, string.Empty),
        };
        var (status, title) = problem;
        if (status == 0)
        {
            return false;
        }

        LogRefused(logger, status, exception.Message);
        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = Explain(httpContext, status, exception.Message) },
        });
    }

    private static string Explain(HttpContext context, int status, string message) =>
        status == StatusCodes.Status415UnsupportedMediaType && string.IsNullOrEmpty(context.Request.ContentType)
            ? $"The request has no Content-Type header: send the body as application/json. ({message})"
            : message;

    [LoggerMessage(EventId = 100, Level = LogLevel.Debug, Message = "Request refused with {Status}: {Reason}")]
    private static partial void LogRefused(ILogger logger, int status, string reason);
}

/// <summary>
/// Refuses a body declared larger than its route takes (<see cref="RequestLimits.MaxBodyBytes"/>: facts and articles up
/// to <see cref="GraphExplorerOptions.MaxRequestBytes"/>, a Cypher statement far less) before reading it, with a
/// ProblemDetails 413. Kestrel enforces the same limit on bodies of unknown length while they are read.
/// </summary>
internal sealed class RequestSizeLimitMiddleware(RequestDelegate next, IOptions<GraphExplorerOptions> options, IOptions<RequestLimitsOptions> limits)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problemDetails)
    {
        var (limit, setting) = RequestLimits.MaxBodyBytes(context, options.Value, limits.Value);
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            var advice = RequestLimits.IsBulkRoute(context) ? " Split the facts into smaller requests." : string.Empty;
            await problemDetails.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "Request too large",
                    Detail = $"The body is {context.Request.ContentLength} bytes; the limit is {limit} bytes ({setting}).{advice}",
                },
            });
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        await next(context);
    }
}

/// <summary>
/// Writes ProblemDetails whatever the request accepts. An error answer has one shape: a client that asked for an event
/// stream or HTML still gets application/problem+json, which says more than a bare status.
/// </summary>
internal sealed class AnyAcceptProblemDetailsWriter(IOptions<ProblemDetailsOptions> options, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        var status = problem.Status ??= context.HttpContext.Response.StatusCode;
        problem.Title ??= Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
        options.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(problem, json.Value.SerializerOptions, "application/problem+json", context.HttpContext.RequestAborted));
    }
}
