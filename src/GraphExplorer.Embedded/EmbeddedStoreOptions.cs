using Microsoft.Extensions.Options;

namespace GraphExplorer.Embedded;

/// <summary>
/// Settings of the embedded store, bound from the <c>GraphExplorer</c> configuration section (so
/// <c>GraphExplorer:DataPath</c>, or the environment variable <c>GraphExplorer__DataPath</c>).
/// </summary>
public sealed class EmbeddedStoreOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphExplorer";

    /// <summary>The default <see cref="DataPath"/>.</summary>
    public const string DefaultDataPath = "data/graphexplorer.db";

    /// <summary>
    /// Gets or sets the path of the SQLite file; a relative path is relative to the working directory, and missing
    /// folders are created. Default <c>data/graphexplorer.db</c>.
    /// </summary>
    public string DataPath { get; set; } = DefaultDataPath;

    /// <summary>
    /// Gets or sets how long a write waits for another process's batch on the same file to finish before failing.
    /// Default 60 seconds (a large load by another process can hold the file that long).
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Gets or sets the most changes a delta lists (<see cref="Core.Graph.IGraphStore.SyncExternalChangesAsync"/>, catch-ups
    /// inside a batch); beyond it, a snapshot of the whole graph is sent instead. Default 100,000.
    /// </summary>
    public int MaxDeltaChanges { get; set; } = 100_000;

    /// <summary>
    /// Gets or sets whether the store keeps an image of its in-memory graph beside the file (<c>DataPath</c> +
    /// <c>.image</c>), written when it closes and after large batches, so the next start reads the image and only the
    /// rows committed after it instead of every row (a million people: well under a second instead of about ten).
    /// The rows stay the truth: an image that is stale, damaged or from another file is ignored and replaced. Default true.
    /// </summary>
    public bool GraphImage { get; set; } = true;

    /// <summary>Gets or sets SQLite's page cache per connection, in MiB. Default 64.</summary>
    public int CacheSizeMiB { get; set; } = 64;
}

/// <summary>Checks <see cref="EmbeddedStoreOptions"/> at start-up, naming the setting that is wrong.</summary>
public sealed class EmbeddedStoreOptionsValidator : IValidateOptions<EmbeddedStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, EmbeddedStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DataPath))
        {
            failures.Add($"{EmbeddedStoreOptions.SectionName}:{nameof(options.DataPath)} is empty: give the path of the SQLite file (default {EmbeddedStoreOptions.DefaultDataPath}).");
        }
        else if (options.DataPath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            failures.Add($"{EmbeddedStoreOptions.SectionName}:{nameof(options.DataPath)} '{options.DataPath}' holds characters a path cannot hold.");
        }
        else if (Directory.Exists(options.DataPath))
        {
            failures.Add($"{EmbeddedStoreOptions.SectionName}:{nameof(options.DataPath)} '{options.DataPath}' is a folder: give a file path, for example {Path.Combine(options.DataPath, "graphexplorer.db")}.");
        }

        if (options.BusyTimeout <= TimeSpan.Zero || options.BusyTimeout > TimeSpan.FromHours(1))
        {
            failures.Add($"{EmbeddedStoreOptions.SectionName}:{nameof(options.BusyTimeout)} must be more than 0 and at most 1 hour (was {options.BusyTimeout}).");
        }

        if (options.MaxDeltaChanges < 1)
        {
            failures.Add($"{EmbeddedStoreOptions.SectionName}:{nameof(options.MaxDeltaChanges)} must be at least 1 (was {options.MaxDeltaChanges}).");
        }

        if (options.CacheSizeMiB is < 1 or > 4096)
        {
            failures.Add($"{EmbeddedStoreOptions.SectionName}:{nameof(options.CacheSizeMiB)} must be from 1 to 4096 (was {options.CacheSizeMiB}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
