using System.Globalization;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Neo4j.QueryApi;

/// <summary>
/// Where and how to reach Neo4j's HTTP Query API. Bound from <c>GraphExplorer:Neo4j</c>
/// (environment: <c>GraphExplorer__Neo4j__Uri</c>, …) and validated at start-up by <see cref="Neo4jOptionsValidator"/>.
/// </summary>
public sealed class Neo4jOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphExplorer:Neo4j";

    /// <summary>Gets or sets the base address of the server's HTTP connector, e.g. <c>http://localhost:7474</c>. Required; no default.</summary>
    public Uri? Uri { get; set; }

    /// <summary>Gets or sets the user for Basic authentication. Default <c>neo4j</c>; empty sends no credentials (a server with auth disabled).</summary>
    public string User { get; set; } = "neo4j";

    /// <summary>Gets or sets the password for <see cref="User"/>. Required when a user is set; no default.</summary>
    public string? Password { get; set; }

    /// <summary>Gets or sets the database every statement runs against. Default <c>neo4j</c>.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>Gets or sets how long one HTTP exchange may take before it is abandoned. Default 30 seconds; at most 10 minutes.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets how many times a transient failure (HTTP 5xx, a refused or dropped connection, a
    /// <c>Neo.TransientError.*</c> code) is retried after the first try. Default 3; 0 to 10.
    /// </summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Gets or sets the wait before the first retry; it doubles for each next one. Default 250 ms; at most 1 minute.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Gets or sets the largest response body read, to protect the application from a runaway query. Default 64 MiB.</summary>
    public long MaxResponseBytes { get; set; } = 64L * 1024 * 1024;
}

/// <summary>Checks <see cref="Neo4jOptions"/> and names the configuration key of every problem.</summary>
public sealed class Neo4jOptionsValidator : IValidateOptions<Neo4jOptions>
{
    private static readonly TimeSpan s_maxTimeout = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, Neo4jOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string Prefix = Neo4jOptions.SectionName + ":";

        if (options.Uri is null)
        {
            failures.Add($"{Prefix}Uri is required: the address of Neo4j's HTTP connector, e.g. http://localhost:7474.");
        }
        else if (!options.Uri.IsAbsoluteUri || (options.Uri.Scheme != System.Uri.UriSchemeHttp && options.Uri.Scheme != System.Uri.UriSchemeHttps))
        {
            failures.Add($"{Prefix}Uri '{options.Uri}' must be an absolute http:// or https:// address (the HTTP connector, port 7474 by default; not bolt://).");
        }

        if (!string.IsNullOrEmpty(options.User) && string.IsNullOrEmpty(options.Password))
        {
            failures.Add($"{Prefix}Password is required when {Prefix}User is set ('{options.User}'); leave User empty only for a server with authentication disabled.");
        }

        if (!IsValidDatabaseName(options.Database))
        {
            failures.Add($"{Prefix}Database '{options.Database}' is not a Neo4j database name (3 to 63 characters: ASCII letters, digits, '.' and '-', starting with a letter).");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > s_maxTimeout)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{Prefix}Timeout {options.Timeout} must be more than zero and at most {s_maxTimeout}."));
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{Prefix}MaxRetries {options.MaxRetries} must be 0 to 10."));
        }

        if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > TimeSpan.FromMinutes(1))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{Prefix}RetryDelay {options.RetryDelay} must be 0 to 1 minute."));
        }

        if (options.MaxResponseBytes < 1024)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{Prefix}MaxResponseBytes {options.MaxResponseBytes} must be at least 1024."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // The name goes into the request path, so it is checked rather than escaped into something the server would refuse.
    internal static bool IsValidDatabaseName(string? name) =>
        name is { Length: >= 3 and <= 63 }
        && char.IsAsciiLetter(name[0])
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-');
}
