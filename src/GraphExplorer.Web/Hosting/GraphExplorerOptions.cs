using Microsoft.Extensions.Options;

namespace GraphExplorer.Web.Hosting;

/// <summary>Which store holds the graph.</summary>
public enum GraphStoreKind
{
    /// <summary>The SQLite file at <see cref="GraphExplorerOptions.DataPath"/> with the graph in memory (no server to run).</summary>
    Embedded,

    /// <summary>A Neo4j server (see the Neo4j store's own options).</summary>
    Neo4j,
}

/// <summary>
/// The web host's settings, bound from the <c>GraphExplorer</c> configuration section (environment variables use a double
/// underscore: <c>GraphExplorer__DataPath</c>) and checked at start-up, so a bad value stops the host with its name.
/// </summary>
public sealed class GraphExplorerOptions
{
    public const string SectionName = "GraphExplorer";

    /// <summary>The default <see cref="DataPath"/> (the command line's default too).</summary>
    public const string DefaultDataPath = "data/graphexplorer.db";

    /// <summary>Gets or sets the store. Default <see cref="GraphStoreKind.Embedded"/>.</summary>
    public GraphStoreKind Store { get; set; } = GraphStoreKind.Embedded;

    /// <summary>
    /// Gets or sets the embedded store's SQLite file. Default <c>data/graphexplorer.db</c>. A relative path is taken from
    /// the current directory, as the command line does; note that <c>dotnet run</c> starts a web project in its own
    /// folder, so the default file is then <c>src/GraphExplorer.Web/data/graphexplorer.db</c>. For another process to
    /// write where the host reads, give both the same path (or load through the host: <c>graphexplorer load --server</c>).
    /// </summary>
    public string DataPath { get; set; } = DefaultDataPath;

    /// <summary>
    /// Gets or sets the key writes must send in the <c>X-Api-Key</c> header. Default none: then only callers on this
    /// machine (loopback) may write. Behind a reverse proxy every caller looks local, so set a key there.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Gets or sets the largest request body accepted, in bytes; larger ones get 413. Default 16 MiB.</summary>
    public long MaxRequestBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>
    /// Gets or sets how many changed elements a catch-up may hold before a client gets the whole graph instead (a
    /// snapshot is cheaper to apply than a delta that touches most of the graph). Default 10,000.
    /// </summary>
    public int SnapshotThreshold { get; set; } = 10_000;

    /// <summary>Gets or sets how often the host checks for batches other processes committed. Default 500 ms.</summary>
    public TimeSpan ExternalChangePollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets or sets whether an empty store is filled with the seed facts on start. Default true.</summary>
    public bool LoadSeedWhenEmpty { get; set; } = true;

    /// <summary>
    /// Gets or sets whether an empty store is also filled with the "AI talent moves 2015–2026" dataset (the labelled
    /// corpus's facts, each citing its article) on start. Default true.
    /// </summary>
    public bool LoadTalentMovesWhenEmpty { get; set; } = true;

    /// <summary>The absolute path of the SQLite file: <see cref="DataPath"/> resolved against the current directory.</summary>
    public string ResolveDataPath() => Path.GetFullPath(DataPath, Directory.GetCurrentDirectory());
}

/// <summary>Checks every setting at start-up and names the ones that are wrong.</summary>
internal sealed class GraphExplorerOptionsValidator : IValidateOptions<GraphExplorerOptions>
{
    /// <summary>A key shorter than this is too easy to guess to guard writes.</summary>
    internal const int MinApiKeyLength = 16;

    public ValidateOptionsResult Validate(string? name, GraphExplorerOptions options)
    {
        var failures = new List<string>();
        var section = GraphExplorerOptions.SectionName;
        if (!Enum.IsDefined(options.Store))
        {
            failures.Add($"{section}:Store must be Embedded or Neo4j.");
        }

        if (options.Store == GraphStoreKind.Embedded)
        {
            if (string.IsNullOrWhiteSpace(options.DataPath))
            {
                failures.Add($"{section}:DataPath must name the SQLite file of the embedded store (default {GraphExplorerOptions.DefaultDataPath}).");
            }
            else if (options.DataPath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            {
                failures.Add($"{section}:DataPath '{options.DataPath}' is not a valid path.");
            }
            else if (Directory.Exists(options.ResolveDataPath()))
            {
                failures.Add($"{section}:DataPath '{options.DataPath}' is a folder; it must name the SQLite file (for example {GraphExplorerOptions.DefaultDataPath}).");
            }
        }

        if (options.ApiKey is { } key && key.Trim().Length < MinApiKeyLength)
        {
            failures.Add($"{section}:ApiKey must be at least {MinApiKeyLength} characters (or unset, to allow writes from this machine only).");
        }

        if (options.MaxRequestBytes is < 1024 or > 1L << 30)
        {
            failures.Add($"{section}:MaxRequestBytes must be from 1024 to 1073741824 (1 GiB), not {options.MaxRequestBytes}.");
        }

        if (options.SnapshotThreshold < 1)
        {
            failures.Add($"{section}:SnapshotThreshold must be at least 1, not {options.SnapshotThreshold}.");
        }

        if (options.ExternalChangePollInterval < TimeSpan.FromMilliseconds(50) || options.ExternalChangePollInterval > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{section}:ExternalChangePollInterval must be from 00:00:00.050 to 00:10:00, not {options.ExternalChangePollInterval}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
