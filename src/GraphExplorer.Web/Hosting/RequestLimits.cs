using System.Globalization;
using System.Threading.RateLimiting;
using GraphExplorer.Web.Live;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Web.Hosting;

/// <summary>
/// What one caller may cost the host, bound from <c>GraphExplorer:Limits</c> and checked at start-up: how many
/// expensive reads run at once (per address and in all), and how large a Cypher statement's body may be.
/// </summary>
public sealed class RequestLimitsOptions
{
    public const string SectionName = GraphExplorerOptions.SectionName + ":Limits";

    /// <summary>Gets or sets how many expensive requests (see <see cref="RequestLimits.ExpensiveRoutes"/>) one address may run at once. Default 4.</summary>
    public int ExpensivePerAddress { get; set; } = 4;

    /// <summary>Gets or sets how many expensive requests run at once from all addresses together. Default 8.</summary>
    public int ExpensiveTotal { get; set; } = 8;

    /// <summary>Gets or sets how many expensive requests may wait for a turn (per address); past that they get 429. Default 8.</summary>
    public int ExpensiveQueue { get; set; } = 8;

    /// <summary>Gets or sets the largest body of <c>POST /api/cypher</c>, in bytes: a statement and its parameters. Default 256 KiB.</summary>
    public long CypherMaxRequestBytes { get; set; } = 256 * 1024;
}

/// <summary>Names every <see cref="RequestLimitsOptions"/> setting that is out of range.</summary>
internal sealed class RequestLimitsOptionsValidator : IValidateOptions<RequestLimitsOptions>
{
    public ValidateOptionsResult Validate(string? name, RequestLimitsOptions options)
    {
        var failures = new List<string>();
        var section = RequestLimitsOptions.SectionName;
        Check(options.ExpensivePerAddress, nameof(options.ExpensivePerAddress), 1, 10_000);
        Check(options.ExpensiveTotal, nameof(options.ExpensiveTotal), 1, 10_000);
        Check(options.ExpensiveQueue, nameof(options.ExpensiveQueue), 0, 100_000);
        if (options.CypherMaxRequestBytes is < 1024 or > 1L << 30)
        {
            failures.Add($"{section}:CypherMaxRequestBytes must be from 1024 to 1073741824 (1 GiB), not {options.CypherMaxRequestBytes}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

        void Check(int value, string setting, int min, int max)
        {
            if (value < min || value > max)
            {
                failures.Add($"{section}:{setting} must be from {min} to {max}, not {value}.");
            }
        }
    }
}

/// <summary>
/// The limits by route, in one place: which routes are expensive (a concurrency limit per address and in all, 429 with
/// <c>Retry-After</c> beyond it), how many live connections one address may hold, and how large each route's body may be.
/// Routes are told apart by their route pattern, so the endpoints themselves need not carry anything.
/// </summary>
public static class RequestLimits
{
    /// <summary>Routes whose answer costs seconds of CPU on a large graph, or a parse of a client's program.</summary>
    public static readonly IReadOnlySet<string> ExpensiveRoutes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "api/clusters", "api/flows", "api/followers", "api/paths", "api/cypher",
    };

    /// <summary>Routes that take facts or articles in their body: they may send up to <see cref="GraphExplorerOptions.MaxRequestBytes"/>.</summary>
    private static readonly HashSet<string> s_bulkRoutes = new(StringComparer.OrdinalIgnoreCase) { "api/facts", "api/articles" };

    private static readonly string s_hubRoute = GraphHub.Path.Trim('/');

    internal static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.AddOptions<RequestLimitsOptions>().BindConfiguration(RequestLimitsOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RequestLimitsOptions>, RequestLimitsOptionsValidator>());
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RequestLimitsOptions>, IOptions<LiveOptions>>((rateLimiter, limits, live) =>
        {
            rateLimiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            rateLimiter.OnRejected = RejectAsync;
            rateLimiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => PerAddress(context, limits.Value, live.Value)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => InAll(context, limits.Value)));
        });
        services.AddRateLimiter(_ => { });
        return services;
    }

    /// <summary>The route pattern of the request's endpoint without its slashes (<c>api/clusters</c>), or the path when none matched.</summary>
    internal static string RouteOf(HttpContext context) =>
        (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText?.Trim('/') ?? context.Request.Path.Value?.Trim('/') ?? string.Empty;

    /// <summary>The largest body the request's route takes, and the setting that says so.</summary>
    internal static (long Bytes, string Setting) MaxBodyBytes(HttpContext context, GraphExplorerOptions options, RequestLimitsOptions limits)
    {
        var route = RouteOf(context);
        if (context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>() is { MaxRequestBodySize: { } declared })
        {
            return (declared, $"the limit of {route}");
        }

        return route.Equals("api/cypher", StringComparison.OrdinalIgnoreCase)
            ? (limits.CypherMaxRequestBytes, $"{RequestLimitsOptions.SectionName}:CypherMaxRequestBytes")
            : (options.MaxRequestBytes, $"{GraphExplorerOptions.SectionName}:MaxRequestBytes");
    }

    /// <summary>Whether the route takes facts or articles (the 413 answer then says how to split them).</summary>
    internal static bool IsBulkRoute(HttpContext context) => s_bulkRoutes.Contains(RouteOf(context));

    private static RateLimitPartition<string> PerAddress(HttpContext context, RequestLimitsOptions limits, LiveOptions live)
    {
        var route = RouteOf(context);
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (ExpensiveRoutes.Contains(route))
        {
            return RateLimitPartition.GetConcurrencyLimiter("expensive " + address, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = limits.ExpensivePerAddress,
                QueueLimit = limits.ExpensiveQueue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
        }

        // A WebSocket (or server-sent events) request lasts as long as its connection, so its permit is held as long.
        // Negotiation and long polls are short requests and count only while they run.
        if (route.StartsWith(s_hubRoute, StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitPartition.GetConcurrencyLimiter("live " + address, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = live.MaxConnectionsPerAddress,
                QueueLimit = 0,
            });
        }

        return RateLimitPartition.GetNoLimiter(string.Empty);
    }

    private static RateLimitPartition<string> InAll(HttpContext context, RequestLimitsOptions limits) =>
        ExpensiveRoutes.Contains(RouteOf(context))
            ? RateLimitPartition.GetConcurrencyLimiter("expensive", _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = limits.ExpensiveTotal,
                QueueLimit = limits.ExpensiveTotal * 4,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            })
            : RateLimitPartition.GetNoLimiter(string.Empty);

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var live = RouteOf(context).StartsWith(s_hubRoute, StringComparison.OrdinalIgnoreCase);

        // Concurrency limits know no time; a second is about what an expensive answer takes, and then the cache has it.
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(live ? 5 : 1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = live
                    ? $"This address holds as many live connections as it may ({LiveOptions.SectionName}:MaxConnectionsPerAddress); close one, or retry after {seconds} s."
                    : $"Too many expensive requests are running ({RequestLimitsOptions.SectionName}); retry after {seconds} s.",
            },
        });
    }
}

/// <summary>
/// The routes answered by the framework rather than by our endpoints (the SignalR hub's HTTP side, the OpenAPI
/// documents) write their errors as text/plain. Their answers are short, so they are held back and an error is
/// rewritten as ProblemDetails with the framework's message as detail. WebSocket and event-stream requests stream and
/// pass untouched.
/// </summary>
internal sealed class FrameworkProblemsMiddleware(RequestDelegate next)
{
    private static readonly PathString s_openApi = "/openapi";
    private static readonly PathString s_hub = GraphHub.Path;

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problemDetails)
    {
        var request = context.Request;
        if (!(request.Path.StartsWithSegments(s_openApi) || request.Path.StartsWithSegments(s_hub))
            || context.WebSockets.IsWebSocketRequest
            || (HttpMethods.IsGet(request.Method) && request.Query.ContainsKey("id")
                && request.Headers.Accept.ToString().Contains("text/event-stream", StringComparison.OrdinalIgnoreCase)))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        if (response.StatusCode >= 400 && !(response.ContentType?.Contains("problem+json", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            var text = System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)Math.Min(buffer.Length, 1000)).Trim();
            response.ContentLength = null;
            response.ContentType = null;
            await problemDetails.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = response.StatusCode,
                    Title = ReasonPhrases.GetReasonPhrase(response.StatusCode),
                    Detail = Explain(context, text),
                },
            });
            return;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static string Explain(HttpContext context, string text)
    {
        var said = text.Length > 0 ? text.TrimEnd('.') + ". " : string.Empty;
        return context.Request.Path.StartsWithSegments(s_hub)
            ? $"{said}{GraphHub.Path} is a SignalR hub: connect with a SignalR client (it negotiates at {GraphHub.Path}/negotiate, then opens a WebSocket)."
            : $"{said}The OpenAPI description is at /openapi/v1.json.";
    }
}
