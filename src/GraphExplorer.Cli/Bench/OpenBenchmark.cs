using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Synthetic;
using GraphExplorer.Embedded;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Cli.Bench;

/// <summary>
/// <c>bench open --people N</c> (or <c>--data store.db</c>): what a user waits for at every restart. Starts a fresh
/// process that opens the store and answers one shortest-path query, and times it from the moment the process is
/// started to the moment the answer is printed; also prints the child's peak memory. Each run is a new process, so the
/// runtime's own start-up counts. <c>--rows</c> also times opening without the graph image (every row read), for
/// comparison; <c>--warm</c> runs every kind of query once before the memory is read. Target at 1,000,000 people on
/// a 2-core machine: under 1 s to the first answer, under 1 GB with queries warm.
/// </summary>
public static class OpenBenchmark
{
    private const string AnsweredMarker = "answered";

    public static Command Create()
    {
        var people = new Option<int>("--people") { Description = "How many people to generate when no --data is given", DefaultValueFactory = _ => 100_000 };
        var seed = new Option<long>("--seed") { Description = "Generator seed", DefaultValueFactory = _ => 1 };
        var data = new Option<string?>("--data") { Description = "An existing store file to open (nothing is generated)" };
        var runs = new Option<int>("--runs") { Description = "How many processes to time", DefaultValueFactory = _ => 3 };
        var rows = new Option<bool>("--rows") { Description = "Also time opening with the graph image turned off (every row read)" };
        var warm = new Option<bool>("--warm") { Description = "In each process, run every kind of query once after the first answer, then read the peak memory" };
        var child = new Option<bool>("--child") { Hidden = true };
        var command = new Command("open", "Benchmark reopening a store: process start to the first answered query, and peak memory")
        {
            people, seed, data, runs, rows, warm, child,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var dataPath = parseResult.GetValue(data);
            if (parseResult.GetValue(child))
            {
                await ChildAsync(output, dataPath ?? throw new CliUsageException("--child needs --data"), parseResult.GetValue(rows), parseResult.GetValue(warm), cancellationToken);
                return CliApplication.Ok;
            }

            var count = parseResult.GetValue(runs);
            if (count < 1)
            {
                throw new CliUsageException("--runs must be at least 1");
            }

            if (dataPath is not null && !File.Exists(dataPath))
            {
                throw new CliUsageException($"--data: no such store file '{dataPath}'");
            }

            DirectoryInfo? folder = null;
            try
            {
                if (dataPath is null)
                {
                    folder = Directory.CreateTempSubdirectory("graphexplorer-bench-open-");
                    dataPath = Path.Combine(folder.FullName, "bench.db");
                    await PrepareAsync(output, new GeneratorOptions { People = parseResult.GetValue(people), Seed = parseResult.GetValue(seed) }, dataPath, cancellationToken);
                }

                await BenchText.Line(output, "cpu", $"{Environment.ProcessorCount} cores; other processes share them (load average {BenchText.LoadAverage()})");
                await TimeRunsAsync(output, dataPath, count, rowsOnly: false, parseResult.GetValue(warm), cancellationToken);
                if (parseResult.GetValue(rows))
                {
                    await TimeRunsAsync(output, dataPath, count, rowsOnly: true, parseResult.GetValue(warm), cancellationToken);
                }
            }
            finally
            {
                folder?.Delete(recursive: true);
            }

            return CliApplication.Ok;
        });
        return command;
    }

    private static async Task PrepareAsync(TextWriter output, GeneratorOptions options, string dataPath, CancellationToken cancellationToken)
    {
        try
        {
            options.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new CliUsageException($"--people: {ex.Message}");
        }

        var watch = Stopwatch.StartNew();
        string imagePath;
        await using (var store = await EmbeddedGraphStore.OpenAsync(dataPath, cancellationToken: cancellationToken))
        {
            imagePath = store.ImagePath;
            var report = await new FactLoader(store).LoadFactsAsync(SyntheticGraph.Generate(options), "generated", cancellationToken);
            if (report.HasRejections)
            {
                throw new InvalidOperationException($"the generated facts were refused: {string.Join("; ", report.Errors.Take(3))}");
            }
        }

        await BenchText.Line(output, "prepared", $"{options.People:N0} people loaded and closed in {watch.Elapsed.TotalSeconds:F1} s (not counted below); image {BenchText.Mb(new FileInfo(imagePath).Length)}");
    }

    private static async Task TimeRunsAsync(TextWriter output, string dataPath, int runs, bool rowsOnly, bool warm, CancellationToken cancellationToken)
    {
        var times = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet")
            {
                start.ArgumentList.Add(typeof(OpenBenchmark).Assembly.Location);
            }

            foreach (var argument in (string[])["bench", "open", "--child", "--data", dataPath, .. rowsOnly ? ["--rows"] : Array.Empty<string>(), .. warm ? ["--warm"] : Array.Empty<string>()])
            {
                start.ArgumentList.Add(argument);
            }

            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start a child process");
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            string? answered = null;
            var lines = new List<string>();
            while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
            {
                if (answered is null && line.StartsWith(AnsweredMarker, StringComparison.Ordinal))
                {
                    answered = line;
                    times.Add(watch.Elapsed.TotalSeconds);
                }

                lines.Add(line);
            }

            await process.WaitForExitAsync(cancellationToken);
            if (answered is null || process.ExitCode != 0)
            {
                throw new InvalidOperationException($"the child process failed (exit code {process.ExitCode}): {string.Join(" ", lines)} {await errors}");
            }

            await BenchText.Line(output, rowsOnly ? $"rows run {run}" : $"image run {run}", $"first answer {times[^1]:F2} s after process start; {string.Join("; ", lines)}");
        }

        times.Sort();
        await BenchText.Line(output, rowsOnly ? "rows median" : "image median", $"{times[times.Count / 2]:F2} s from process start to the first answered path (min {times[0]:F2}, max {times[^1]:F2}, {times.Count} runs)");
    }

    private static async Task ChildAsync(TextWriter output, string dataPath, bool rowsOnly, bool warm, CancellationToken cancellationToken)
    {
        var options = Options.Create(new EmbeddedStoreOptions { DataPath = dataPath, GraphImage = !rowsOnly });
        await using var store = new EmbeddedGraphStore(options);
        await store.InitializeAsync(cancellationToken);
        var queries = new InMemoryTalentQueries(store);
        var (from, to) = store.Read(g =>
        {
            var people = g.Nodes(NodeKind.Person);
            return (g.IdOf(people.First()), g.IdOf(people.Skip(g.PeopleCount / 2).First()));
        });
        var result = await queries.FindPathsAsync(new PathQuery(from, to), cancellationToken);
        using var self = Process.GetCurrentProcess();
        var sinceStart = DateTime.Now - self.StartTime;
        var cpu = self.TotalProcessorTime;
        var opening = store.LastOpening!;
        await output.WriteLineAsync($"{AnsweredMarker} path of {(result.Value?.Length is { } hops ? hops.ToString(CultureInfo.InvariantCulture) : "no")} hops; opened from {(opening.FromImage ? "image" : "rows")} ({opening.RowsRead:N0} rows read{(opening.ImageProblem is { } problem ? $": the image was not used, {problem}" : "")}) in {opening.Elapsed.TotalMilliseconds:F0} ms; {sinceStart.TotalMilliseconds:F0} ms since the process started (CPU {cpu.TotalMilliseconds:F0} ms)");
        await output.FlushAsync(cancellationToken);
        var peak = warm ? await WarmSteps.RunAsync(output, store, queries, from, to, cancellationToken) : WarmSteps.PeakResident();
        await output.WriteLineAsync($"peak working set {BenchText.Mb(Math.Max(peak, WarmSteps.PeakResident()))}; managed heap {BenchText.Mb(GC.GetTotalMemory(false))}; GC paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms");
        if (warm)
        {
            // Read after the peak: what the warm tables keep, apart from garbage not yet collected.
            await output.WriteLineAsync($"kept after a full collection: managed heap {BenchText.Mb(GC.GetTotalMemory(forceFullCollection: true))}");
        }
    }
}
