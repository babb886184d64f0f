using System.Globalization;
using GraphExplorer.Neo4j.QueryApi;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Neo4j.Store;

/// <summary>
/// How the Neo4j store sizes its statements. Bound from the same section as the connection, <c>GraphExplorer:Neo4j</c>
/// (<see cref="Neo4jOptions.SectionName"/>), and validated at start-up.
/// </summary>
public sealed class Neo4jStoreOptions
{
    /// <summary>
    /// Gets or sets how many rows one <c>UNWIND $rows</c> statement carries; a larger batch is written as several
    /// statements in the same transaction, so one request body stays a few MB. Default 5,000; 1 to 100,000.
    /// </summary>
    public int RowsPerStatement { get; set; } = 5_000;

    /// <summary>
    /// Gets or sets how many rows one page of a snapshot read holds, so a large graph is read in answers well under
    /// <see cref="Neo4jOptions.MaxResponseBytes"/>. Default 10,000; 100 to 1,000,000.
    /// </summary>
    public int PageSize { get; set; } = 10_000;

    /// <summary>
    /// Gets or sets how many changed elements a catch-up (<c>SyncExternalChangesAsync</c>, or the delta of a batch
    /// that follows other processes' batches) may hold before it is sent as a whole snapshot instead. Default 100,000.
    /// </summary>
    public int MaxDeltaChanges { get; set; } = 100_000;
}

/// <summary>Checks <see cref="Neo4jStoreOptions"/> and names the configuration key of every problem.</summary>
public sealed class Neo4jStoreOptionsValidator : IValidateOptions<Neo4jStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, Neo4jStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string Prefix = Neo4jOptions.SectionName + ":";
        var failures = new List<string>();
        if (options.RowsPerStatement is < 1 or > 100_000)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{Prefix}{nameof(options.RowsPerStatement)} must be 1 to 100000, not {options.RowsPerStatement}."));
        }

        if (options.PageSize is < 100 or > 1_000_000)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{Prefix}{nameof(options.PageSize)} must be 100 to 1000000, not {options.PageSize}."));
        }

        if (options.MaxDeltaChanges < 1)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{Prefix}{nameof(options.MaxDeltaChanges)} must be at least 1, not {options.MaxDeltaChanges}."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
