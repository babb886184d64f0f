using GraphExplorer.Core.Facts;
using Spectre.Console;

namespace GraphExplorer.Cli.Loading;

/// <summary>
/// A progress bar by bytes read across every input, shown only on a terminal and only for inputs large enough to
/// take a while (a bar that flashes for 10 ms is noise).
/// </summary>
public static class LoadProgressBar
{
    /// <summary>Inputs smaller than this load without a bar.</summary>
    public const long MinimumBytes = 8L << 20;

    public static async Task<T> RunAsync<T>(IAnsiConsole console, IReadOnlyList<string> files, Func<IProgress<LoadProgress>?, Task<T>> load)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(load);
        var total = files.Sum(f => new FileInfo(f).Length);
        if (total < MinimumBytes || !console.Profile.Capabilities.Interactive)
        {
            return await load(null);
        }

        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Loading facts", maxValue: total);
                var result = await load(new BytesProgress(task, files));
                task.Value = total;
                return result;
            });
    }

    /// <summary>Sets the bar directly from the loader's thread (Progress&lt;T&gt; would post, and reorder, updates).</summary>
    private sealed class BytesProgress(ProgressTask task, IReadOnlyList<string> files) : IProgress<LoadProgress>
    {
        private readonly Dictionary<string, long> _doneBefore = Offsets(files);

        public void Report(LoadProgress value)
        {
            task.Description = $"Loading {Path.GetFileName(value.Source)} ({value.FactsRead:N0} facts)";
            task.Value = _doneBefore.GetValueOrDefault(value.Source) + value.BytesRead;
        }

        private static Dictionary<string, long> Offsets(IReadOnlyList<string> files)
        {
            var offsets = new Dictionary<string, long>(StringComparer.Ordinal);
            long sum = 0;
            foreach (var file in files)
            {
                offsets.TryAdd(file, sum);
                sum += new FileInfo(file).Length;
            }

            return offsets;
        }
    }
}
