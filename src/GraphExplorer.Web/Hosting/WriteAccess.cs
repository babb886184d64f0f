using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Web.Hosting;

/// <summary>
/// Guards the endpoints that change the graph: with <see cref="GraphExplorerOptions.ApiKey"/> set, a caller must send it in
/// <c>X-Api-Key</c>; without one, only callers on this machine may write. Reads stay open.
/// </summary>
public static class WriteAccessExtensions
{
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>Marks an endpoint as a write; the check runs before the body is read.</summary>
    public static TBuilder RequireWriteAccess<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WithMetadata(RequiresWriteAccess.Instance);
        return builder;
    }
}

/// <summary>Endpoint metadata: this endpoint changes the graph.</summary>
public sealed class RequiresWriteAccess
{
    public static RequiresWriteAccess Instance { get; } = new();

    private RequiresWriteAccess()
    {
    }
}

/// <summary>
/// Checks write access as middleware rather than as an endpoint filter, so a refused caller's body is never read
/// (filters run after parameter binding).
/// </summary>
internal sealed partial class WriteAccessMiddleware(RequestDelegate next, IOptions<GraphExplorerOptions> options, ILogger<WriteAccessMiddleware> logger)
{
    // Both sides are hashed first, so the comparison takes the same time whatever the lengths and contents.
    private readonly byte[]? _expectedHash = string.IsNullOrEmpty(options.Value.ApiKey) ? null : Hash(options.Value.ApiKey);

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problemDetails)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<RequiresWriteAccess>() is null)
        {
            await next(context);
            return;
        }

        var (status, detail) = Check(context);
        if (status == 0)
        {
            await next(context);
            return;
        }

        LogRefused(logger, context.Request.Path.Value ?? string.Empty, context.Connection.RemoteIpAddress?.ToString() ?? "in-process", status);
        context.Response.StatusCode = status;
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = status == StatusCodes.Status401Unauthorized ? "API key required" : "Write refused", Detail = detail },
        });
    }

    private (int Status, string Detail) Check(HttpContext context)
    {
        var sent = context.Request.Headers[WriteAccessExtensions.ApiKeyHeader];
        if (_expectedHash is null)
        {
            var remote = context.Connection.RemoteIpAddress;
            return IsLocal(remote)
                ? (0, string.Empty)
                : (StatusCodes.Status403Forbidden, $"No API key is configured (GraphExplorer:ApiKey), so writes are accepted from this machine only; this request came from {remote}.");
        }

        if (sent.Count == 0 || string.IsNullOrEmpty(sent[0]))
        {
            return (StatusCodes.Status401Unauthorized, $"Writes need the API key in the {WriteAccessExtensions.ApiKeyHeader} header.");
        }

        return sent.Count == 1 && CryptographicOperations.FixedTimeEquals(Hash(sent[0]!), _expectedHash)
            ? (0, string.Empty)
            : (StatusCodes.Status403Forbidden, $"The {WriteAccessExtensions.ApiKeyHeader} header does not match the configured key.");
    }

    /// <summary>
    /// Loopback, or no network peer at all (an in-process server, a Unix socket): both can only be this machine.
    /// </summary>
    internal static bool IsLocal(IPAddress? remote) =>
        remote is null || IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote);

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    [LoggerMessage(EventId = 110, Level = LogLevel.Warning, Message = "Write to {Path} from {Remote} refused with {Status}")]
    private static partial void LogRefused(ILogger logger, string path, string remote, int status);
}
