using GraphExplorer.Web.Hosting;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Web.Live;

/// <summary>
/// How much one live connection may cost the host, bound from <c>GraphExplorer:Live</c> and checked at start-up. A
/// viewer that stops reading must cost only itself: its deltas wait in its own queue (merged while they wait), a send
/// that takes too long drops it, and one address cannot hold more than a set number of connections.
/// </summary>
public sealed class LiveOptions
{
    public const string SectionName = GraphExplorerOptions.SectionName + ":Live";

    /// <summary>
    /// Gets or sets the longest one send to one connection may take before the connection is dropped (its client
    /// reconnects and catches up from the revision it holds). Default 10 s.
    /// </summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Gets or sets how many changed elements may wait, merged, for one connection that is still busy with an earlier
    /// send; past that the connection is dropped, and on reconnect it gets a catch-up or the whole graph. Default 50,000.
    /// </summary>
    public int MaxQueuedChanges { get; set; } = 50_000;

    /// <summary>
    /// Gets or sets how many live connections one remote address may hold at once; more are refused with 429. Default
    /// 256 (enough for <c>bench live</c>'s 200 clients on one machine).
    /// </summary>
    public int MaxConnectionsPerAddress { get; set; } = 256;
}

/// <summary>Names every <see cref="LiveOptions"/> setting that is out of range.</summary>
internal sealed class LiveOptionsValidator : IValidateOptions<LiveOptions>
{
    public ValidateOptionsResult Validate(string? name, LiveOptions options)
    {
        var failures = new List<string>();
        var section = LiveOptions.SectionName;
        if (options.SendTimeout < TimeSpan.FromMilliseconds(100) || options.SendTimeout > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{section}:SendTimeout must be from 00:00:00.100 to 00:05:00, not {options.SendTimeout}.");
        }

        if (options.MaxQueuedChanges is < 100 or > 10_000_000)
        {
            failures.Add($"{section}:MaxQueuedChanges must be from 100 to 10000000, not {options.MaxQueuedChanges}.");
        }

        if (options.MaxConnectionsPerAddress is < 1 or > 100_000)
        {
            failures.Add($"{section}:MaxConnectionsPerAddress must be from 1 to 100000, not {options.MaxConnectionsPerAddress}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
