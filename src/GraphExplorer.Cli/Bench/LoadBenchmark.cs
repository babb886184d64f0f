using System.CommandLine;
using System.Diagnostics;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Core.Diagnostics;
using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Synthetic;
using GraphExplorer.Embedded;

namespace GraphExplorer.Cli.Bench;

/// <summary>
/// <c>bench load --people N</c>: generates a synthetic graph to a JSON Lines file, loads it through the real pipeline
/// (parse, resolve, plan, SQLite, memory) into a fresh temporary store, prints load time, facts/s and memory, then
/// reopens the store and prints the open time and memory. Targets on a 2-core machine: 100,000 people under 3 s,
/// 1,000,000 under 30 s, peak memory under 2 GB.
/// </summary>
public static class LoadBenchmark
{
    public static Command Create()
    {
        var people = new Option<int>("--people") { Description = "How many people to generate", DefaultValueFactory = _ => 100_000 };
        var seed = new Option<long>("--seed") { Description = "Generator seed", DefaultValueFactory = _ => 1 };
        var batchSize = new Option<int>("--batch-size") { Description = "Facts per committed batch (0: the whole file as one atomic batch)", DefaultValueFactory = _ => 25_000 };
        var keep = new Option<bool>("--keep") { Description = "Keep the temporary folder (facts file and store) and print its path" };
        var command = new Command("load", "Benchmark loading a generated graph into a fresh embedded store") { people, seed, batchSize, keep };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var options = new GeneratorOptions { People = parseResult.GetValue(people), Seed = parseResult.GetValue(seed) };
            var size = parseResult.GetValue(batchSize);
            if (size < 0)
            {
                throw new CliUsageException("--batch-size must be 0 (one batch) or more");
            }

            try
            {
                options.Validate();
            }
            catch (ArgumentException ex)
            {
                throw CliUsageException.ForOption(ex);
            }

            var folder = Directory.CreateTempSubdirectory("graphexplorer-bench-");
            try
            {
                await RunAsync(output, options, size, folder.FullName, cancellationToken);
            }
            finally
            {
                if (parseResult.GetValue(keep))
                {
                    await output.WriteLineAsync($"kept             {folder.FullName}");
                }
                else
                {
                    folder.Delete(recursive: true);
                }
            }

            return CliApplication.Ok;
        });
        return command;
    }

    private static async Task RunAsync(TextWriter output, GeneratorOptions options, int batchSize, string folder, CancellationToken cancellationToken)
    {
        var factsPath = Path.Combine(folder, "facts.jsonl");
        var dataPath = Path.Combine(folder, "bench.db");
        var watch = Stopwatch.StartNew();
        long facts;
        await using (var stream = new FileStream(factsPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
        {
            facts = await SyntheticGraph.WriteJsonLinesAsync(options, stream, cancellationToken);
        }

        await BenchText.Line(output, "generated", $"{facts:N0} facts ({new FileInfo(factsPath).Length / 1048576.0:N0} MB) in {watch.Elapsed.TotalSeconds:F1} s (not counted below)");
        await BenchText.Line(output, "cpu", $"{Environment.ProcessorCount} cores; other processes share them (load average {BenchText.LoadAverage()})");
        Settle();

        await LoadPhaseAsync(output, factsPath, dataPath, facts, batchSize, cancellationToken);
        await BenchText.Line(output, "store file", BenchText.Mb(new FileInfo(dataPath).Length));
        Settle();
        await ReopenPhaseAsync(output, dataPath, cancellationToken);
    }

    // Each phase is its own method so the first store is unreachable (not held by a state machine) when the second opens.
    private static async Task LoadPhaseAsync(TextWriter output, string factsPath, string dataPath, long facts, int batchSize, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var pausedBefore = GC.GetTotalPauseDuration();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        LoadPhases.Reset();
        LoadPhases.Enabled = true;
        LoadReport report;
        TimeSpan loaded;
        (int People, int Labs, int Edges, int Articles) counts;
        try
        {
            // End to end: the store is closed inside the timing, so the graph image it writes and the WAL checkpoint count.
            await using var store = await EmbeddedGraphStore.OpenAsync(dataPath, cancellationToken: cancellationToken);
            var loader = new FactLoader(store, new FactLoadOptions { BatchSize = batchSize == 0 ? null : batchSize });
            report = await loader.LoadPathsAsync([factsPath], null, cancellationToken);
            counts = store.Read(g => (g.PeopleCount, g.LabCount, g.EdgeCount, g.Articles.Count));
            loaded = watch.Elapsed;
        }
        finally
        {
            LoadPhases.Enabled = false;
        }

        var elapsed = watch.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var (people, labs, edges, articles) = counts;
        await BenchText.Line(output, "loaded", $"{people:N0} people, {labs:N0} labs, {edges:N0} edges, {articles:N0} articles in {report.Batches.Count:N0} batch(es), revision {report.Revision}");
        await BenchText.Line(output, "load time", $"{elapsed.TotalSeconds:F2} s end to end ({facts / elapsed.TotalSeconds:N0} facts/s; queryable after {loaded.TotalSeconds:F2} s); CPU {cpu.TotalSeconds:F1} s ({cpu / elapsed:P0} of one core)");
        await BenchText.Line(output, "allocated", $"{BenchText.Mb(GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore)} in total, GC paused {(GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds:F2} s of it");
        // Wall time per phase is mostly waiting for a core on a shared machine; CPU time is the figure to compare.
        var phases = LoadPhases.Snapshot();
        var phaseCpu = phases.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Cpu);
        foreach (var (phase, time, phaseCpuTime, allocated) in phases)
        {
            await BenchText.Line(output, $"  {phase.ToString().ToLowerInvariant()}", $"CPU {phaseCpuTime.TotalSeconds,5:F2} s, wall {time.TotalSeconds,5:F2} s, {BenchText.Mb(allocated),8} allocated");
        }

        if (ThreadCpuClock.Available)
        {
            await BenchText.Line(output, "  outside phases", $"CPU {(cpu - phaseCpu).TotalSeconds,5:F2} s (GC, JIT, the runtime's threads, hand-overs)");
        }

        await BenchText.Line(output, "memory", $"peak working set {BenchText.Mb(process.PeakWorkingSet64)}, managed heap {BenchText.Mb(GC.GetTotalMemory(false))} ({BenchText.Mb(GC.GetTotalMemory(true))} live)");
        await BenchText.Line(output, "gc", $"{GC.GetTotalPauseDuration().TotalSeconds:F1} s paused; collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}");
        if (report.HasRejections)
        {
            await BenchText.Line(output, "REJECTED", $"{report.ErrorCount} error(s): {string.Join("; ", report.Errors.Take(3))}");
        }
    }

    private static async Task ReopenPhaseAsync(TextWriter output, string dataPath, CancellationToken cancellationToken)
    {
        var process = Process.GetCurrentProcess();
        var managedBefore = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var cpuBefore = process.TotalProcessorTime;
        await using var reopened = await EmbeddedGraphStore.OpenAsync(dataPath, cancellationToken: cancellationToken);
        var openTime = watch.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var (people, edges) = reopened.Read(g => (g.PeopleCount, g.EdgeCount));

        // The growth of the managed heap is the graph's own size. Process-wide figures would mislead here: the runtime
        // can keep the loading phase's state (the first graph) reachable for a while, so they are not printed.
        var graph = GC.GetTotalMemory(forceFullCollection: true) - managedBefore;
        await BenchText.Line(output, "reopen", $"{people:N0} people, {edges:N0} edges in {openTime.TotalSeconds:F2} s (CPU {cpu.TotalSeconds:F1} s)");
        await BenchText.Line(output, "reopened memory", $"graph {BenchText.Mb(graph)} managed ({graph / Math.Max(1, edges):N0} bytes an edge, people included)");
    }

    private static void Settle()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }
}
