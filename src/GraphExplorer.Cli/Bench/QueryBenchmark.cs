using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Synthetic;

namespace GraphExplorer.Cli.Bench;

/// <summary>
/// <c>bench queries --people N --seed S</c>: builds a generated graph in memory and times the queries of issue 3 on it:
/// shortest paths between random people (p50/p99), followers of random people, flows for all labs, clusters, and the
/// peak working set. Targets at 1,000,000 people on a 2-core machine: paths p50 under 1 ms and p99 under 10 ms,
/// followers under 10 ms, flows under 200 ms, clusters under 60 s (100,000 people under 5 s), memory under 2 GB.
/// </summary>
public static class QueryBenchmark
{
    public static Command Create()
    {
        var people = new Option<int>("--people") { Description = "How many people to generate", DefaultValueFactory = _ => 100_000 };
        var seed = new Option<long>("--seed") { Description = "Generator seed (also picks the random pairs)", DefaultValueFactory = _ => 1 };
        var pairs = new Option<int>("--pairs") { Description = "How many random pairs (and people) to time", DefaultValueFactory = _ => 1000 };
        var skipClusters = new Option<bool>("--skip-clusters") { Description = "Leave out the clusters (the slowest query)" };
        var command = new Command("queries", "Benchmark paths, followers, flows and clusters on a generated graph held in memory")
        {
            people, seed, pairs, skipClusters,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var options = new GeneratorOptions { People = parseResult.GetValue(people), Seed = parseResult.GetValue(seed) };
            var count = parseResult.GetValue(pairs);
            if (count < 1)
            {
                throw new CliUsageException("--pairs must be at least 1");
            }

            try
            {
                options.Validate();
            }
            catch (ArgumentException ex)
            {
                throw CliUsageException.ForOption(ex);
            }

            await RunAsync(output, options, count, !parseResult.GetValue(skipClusters), cancellationToken);
            return CliApplication.Ok;
        });
        return command;
    }

    private static async Task RunAsync(TextWriter output, GeneratorOptions options, int count, bool clusters, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var reader = await FixedGraphReader.LoadAsync(SyntheticGraph.Generate(options), 100_000, cancellationToken);
        var graph = reader.Graph;
        await BenchText.Line(output, "graph", $"{graph.PeopleCount:N0} people, {graph.LabCount:N0} labs, {graph.EdgeCount:N0} edges, built in {watch.Elapsed.TotalSeconds:F1} s (not counted below)");
        await BenchText.Line(output, "cpu", $"{Environment.ProcessorCount} cores, shared with other processes (load average {BenchText.LoadAverage()})");
        Settle();
        var baseline = Environment.WorkingSet;

        // The process peak includes building the graph; the queries' own peak is sampled while they run.
        using var sampler = new WorkingSetSampler();

        var queries = new InMemoryTalentQueries(reader);
        var random = new Random(unchecked((int)options.Seed));
        var personIds = graph.Nodes(Core.Model.NodeKind.Person).Select(graph.IdOf).ToArray();
        string Pick() => personIds[random.Next(personIds.Length)];

        // The first query derives the per-revision arrays every later query shares.
        watch.Restart();
        await queries.FindPathsAsync(new PathQuery(Pick(), Pick()), cancellationToken);
        await Phase(output, "index", $"traversal arrays built on first query in {watch.Elapsed.TotalMilliseconds:F0} ms");

        var lengths = new List<int>();
        var pathTimes = await TimeAsync(count, async () =>
        {
            var result = await queries.FindPathsAsync(new PathQuery(Pick(), Pick()), cancellationToken);
            if (result.Value?.Length is { } length)
            {
                lengths.Add(length);
            }
        });
        await Phase(output, "paths", $"{Describe(pathTimes)}; {lengths.Count:N0}/{count:N0} connected within 6 hops, mean length {(lengths.Count == 0 ? 0 : lengths.Average()):F1}");

        var capped = 0;
        var allTimes = await TimeAsync(Math.Min(count, 200), async () =>
        {
            var result = await queries.FindPathsAsync(new PathQuery(Pick(), Pick(), All: true), cancellationToken);
            capped += result.Value?.Capped == true ? 1 : 0;
        });
        await Phase(output, "all paths", $"{Describe(allTimes)}; {capped} of {allTimes.Count} capped at {PathQuery.MaxPaths}");

        var asOf = Core.Model.PartialDate.Of(options.FirstYear + ((options.LastYear - options.FirstYear) / 2));
        var asOfTimes = await TimeAsync(Math.Min(count, 200), () => queries.FindPathsAsync(new PathQuery(Pick(), Pick(), AsOf: asOf), cancellationToken));
        await Phase(output, "paths as of", $"{Describe(asOfTimes)} (as of {asOf})");

        // Timed as GET /api/flows answers: the counts, then the first 1,000 pairs with their people and the labs they name
        // written as JSON; the pairs' lists are made when read, so counting alone would hide most of the work. Before the
        // followers, as on a server just opened: the first call then builds everything flows needs (moves and stays).
        var cpu = CpuTime();
        watch.Restart();
        var flows = await queries.FlowsAsync(new FlowQuery(), cancellationToken);
        var aggregated = watch.Elapsed;
        var answerBytes = FlowsAnswerJson.Write(flows);
        var firstFlows = watch.Elapsed;
        var firstCpu = CpuTime() - cpu;
        cpu = CpuTime();
        var flowTimes = await TimeAsync(5, async () => FlowsAnswerJson.Write(await queries.FlowsAsync(new FlowQuery(), cancellationToken)));
        var flowCpu = (CpuTime() - cpu) / 5;
        var countTimes = await TimeAsync(5, () => queries.FlowsAsync(new FlowQuery(), cancellationToken));
        await Phase(output, "flows", $"the API's answer (top {FlowsAnswerJson.PairLimit:N0} pairs with their people and labs, as {answerBytes / 1024.0:N0} KiB of JSON): {Ms(flowTimes[flowTimes.Count / 2])} (median of 5, CPU {Ms(flowCpu)} each; counting alone {Ms(countTimes[countTimes.Count / 2])}); first call {Ms(firstFlows)} (CPU {Ms(firstCpu)}; {Ms(aggregated)} of it counting, with the move and retention tables); {flows.Moves:N0} moves, {flows.Pairs.Count:N0} lab pairs, {flows.Labs.Count:N0} labs, {FlowAnswer.LabsOfFirstPairs(flows, FlowsAnswerJson.PairLimit).Count:N0} of them in the answer");

        watch.Restart();
        await queries.FollowersOfPersonAsync(Pick(), cancellationToken: cancellationToken);
        await Phase(output, "tenures", $"everyone's tenures and each lab's arrivals built on first followers query in {watch.Elapsed.TotalMilliseconds:F0} ms");

        var links = 0L;
        var followerTimes = await TimeAsync(count, async () =>
        {
            var result = (await queries.FollowersOfPersonAsync(Pick(), cancellationToken: cancellationToken)).Value!;
            links += result.Followed.Count + result.Followers.Count + result.MovedWith.Count;
        });
        await Phase(output, "followers", $"{Describe(followerTimes)}; {links / (double)count:F1} links per person on average");

        var window = await TimeAsync(5, () => queries.FlowsAsync(new FlowQuery(Core.Model.PartialDate.Of(options.LastYear - 2), Core.Model.PartialDate.Of(options.LastYear)), cancellationToken));
        await Phase(output, "flows window", $"{Ms(window[window.Count / 2])} (median of 5, {options.LastYear - 2} to {options.LastYear})");

        var largest = graph.Nodes(Core.Model.NodeKind.Lab).MaxBy(l => graph.EdgesOf(l).Length);
        watch.Restart();
        var waves = (await queries.FollowersOfLabAsync(graph.IdOf(largest), cancellationToken: cancellationToken)).Value!;
        await Phase(output, "lab waves", $"largest lab ({waves.Arrivals:N0} arrivals): {Ms(watch.Elapsed)}, {waves.Waves.Count:N0} waves{(waves.Capped ? " (link cap reached)" : string.Empty)}");

        if (clusters)
        {
            watch.Restart();
            cpu = CpuTime();
            var result = await queries.ClustersAsync(new ClusterOptions(Seed: 1), cancellationToken);
            await Phase(output, "clusters", $"{watch.Elapsed.TotalSeconds:F2} s (CPU {(CpuTime() - cpu).TotalSeconds:F2} s): {result.Clusters.Count:N0} communities over {result.PersonEdges:N0} person pairs, modularity {result.Modularity:F3}, {result.Components.Count:N0} components (largest {result.Components[0].People.Count:N0} people)");
        }

        var process = Process.GetCurrentProcess();
        process.Refresh();
        await BenchText.Line(output, "memory", $"peak working set while querying {BenchText.Mb(sampler.Peak)} (graph alone {BenchText.Mb(baseline)}); process peak {BenchText.Mb(process.PeakWorkingSet64)} including the build; managed heap now {BenchText.Mb(GC.GetTotalMemory(false))}");
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static async Task<List<TimeSpan>> TimeAsync(int times, Func<Task> run)
    {
        var spans = new List<TimeSpan>(times);
        for (var i = 0; i < times; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await run();
            spans.Add(Stopwatch.GetElapsedTime(start));
        }

        spans.Sort();
        return spans;
    }

    internal static string Describe(List<TimeSpan> sorted) =>
        $"p50 {Ms(sorted[sorted.Count / 2])}, p99 {Ms(sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * 0.99))])}, max {Ms(sorted[^1])} over {sorted.Count:N0}";

    internal static string Ms(TimeSpan span) => string.Create(CultureInfo.InvariantCulture, $"{span.TotalMilliseconds:F3} ms");

    internal static void Settle()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }


    /// <summary>A phase's line with the working set as it stands after the phase, to see which phase needs the memory.</summary>
    private static Task Phase(TextWriter output, string label, string value) => BenchText.Line(output, label, $"{value} [working set {BenchText.Mb(Environment.WorkingSet)}]");

    /// <summary>Samples the working set every 20 ms and keeps the highest value.</summary>
    internal sealed class WorkingSetSampler : IDisposable
    {
        private readonly Timer _timer;
        private long _peak = Environment.WorkingSet;

        public WorkingSetSampler() => _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(20));

        public long Peak
        {
            get
            {
                Sample();
                return Interlocked.Read(ref _peak);
            }
        }

        public void Dispose() => _timer.Dispose();

        private void Sample()
        {
            var now = Environment.WorkingSet;
            long seen;
            while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen)
            {
            }
        }
    }
}
