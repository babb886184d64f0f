using System.CommandLine;
using System.Diagnostics;
using GraphExplorer.Core.Diagnostics;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Synthetic;
using GraphExplorer.Cypher;

namespace GraphExplorer.Cli.Bench;

/// <summary>
/// <c>bench cypher --people N</c>: the Cypher engine over the talent graph of a generated graph held in memory. Times a
/// lookup by id with one hop (p50, target 1 ms at 1M people), "moves per lab pair" (target 1 s), shortestPath between two
/// people (p99, target 10 ms) and the peak working set while querying above the graph's own (target 200 MB).
/// </summary>
public static class CypherBenchmark
{
    private const string Lookup = "MATCH (p:Person {id: $id})-[r]-(l) RETURN p.name, type(r), l.name";
    private const string Moves = "MATCH (p:Person)-[r:LEFT_FOR]->(l:Lab) RETURN r.from, l.id, count(*)";
    private const string Shortest = "MATCH (a:Person {id: $a}), (b:Person {id: $b}) MATCH p = shortestPath((a)-[:WORKED_AT|LEFT_FOR*..6]-(b)) RETURN length(p)";

    public static Command Create()
    {
        var people = new Option<int>("--people") { Description = "How many people to generate", DefaultValueFactory = _ => 100_000 };
        var seed = new Option<long>("--seed") { Description = "Generator seed (also picks the random people)", DefaultValueFactory = _ => 1 };
        var runs = new Option<int>("--runs") { Description = "How many lookups and shortest paths to time", DefaultValueFactory = _ => 500 };
        var command = new Command("cypher", "Benchmark the Cypher engine (lookup, moves per lab pair, shortestPath, memory) on a generated graph") { people, seed, runs };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new GeneratorOptions { People = parseResult.GetValue(people), Seed = parseResult.GetValue(seed) };
            var count = parseResult.GetValue(runs);
            if (count < 1)
            {
                throw new CliUsageException("--runs must be at least 1");
            }

            try
            {
                options.Validate();
            }
            catch (ArgumentException ex)
            {
                throw new CliUsageException($"--people: {ex.Message}");
            }

            await RunAsync(parseResult.InvocationConfiguration.Output, options, count, cancellationToken);
            return CliApplication.Ok;
        });
        return command;
    }

    private static async Task RunAsync(TextWriter output, GeneratorOptions options, int count, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var reader = await FixedGraphReader.LoadAsync(SyntheticGraph.Generate(options), 100_000, cancellationToken);
        var graph = reader.Graph;
        await BenchText.Line(output, "cpu", $"{Environment.ProcessorCount} cores, load average {(File.Exists("/proc/loadavg") ? string.Join(' ', (await File.ReadAllTextAsync("/proc/loadavg", cancellationToken)).Split(' ').Take(3)) : "unknown")}");
        await BenchText.Line(output, "graph", $"{graph.PeopleCount:N0} people, {graph.LabCount:N0} labs, {graph.EdgeCount:N0} edges, built in {watch.Elapsed.TotalSeconds:F1} s");
        var engine = new CypherEngine(new TalentCypherGraph(reader));
        var personIds = graph.Nodes(Core.Model.NodeKind.Person).Select(graph.IdOf).ToArray();
        var random = new Random(unchecked((int)options.Seed));
        string Pick() => personIds[random.Next(personIds.Length)];
        var run = new CypherRunOptions(ReadOnly: true, MaxRows: int.MaxValue);

        QueryBenchmark.Settle();
        var baseline = Environment.WorkingSet;
        using var sampler = new QueryBenchmark.WorkingSetSampler();

        var rows = 0L;
        var (lookups, lookupsCpu) = Time(count, () => rows += engine.Run(Lookup, new Dictionary<string, object?> { ["id"] = Pick() }, run, cancellationToken).Rows.Count);
        await BenchText.Line(output, "lookup + 1 hop", $"{QueryBenchmark.Describe(lookups)}; {rows / (double)count:F1} rows per person");
        await BenchText.Line(output, "  on CPU", OnCpu(lookupsCpu));

        var pairs = 0;
        var cpu = CpuTime();
        var (moves, _) = Time(3, () => pairs = engine.Run(Moves, null, run, cancellationToken).Rows.Count);
        var movesCpu = (CpuTime() - cpu) / 3;
        await BenchText.Line(output, "moves per pair", $"median {QueryBenchmark.Ms(moves[1])} of 3 (CPU {QueryBenchmark.Ms(movesCpu)} each), {pairs:N0} (from, to) pairs");

        var connected = 0;
        var (shortest, shortestCpu) = Time(count, () => connected += engine.Run(Shortest, new Dictionary<string, object?> { ["a"] = Pick(), ["b"] = Pick() }, run, cancellationToken).Rows.Count);
        await BenchText.Line(output, "shortestPath", $"{QueryBenchmark.Describe(shortest)}; {connected:N0}/{count:N0} connected within 6 hops");
        await BenchText.Line(output, "  on CPU", OnCpu(shortestCpu));

        await BenchText.Line(output, "memory", $"peak working set while querying {BenchText.Mb(sampler.Peak)}, {BenchText.Mb(Math.Max(0, sampler.Peak - baseline))} above the graph's own {BenchText.Mb(baseline)}");
    }

    // Processor time beside wall-clock time: on a shared machine the process may wait for a core.
    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    // Each run's wall-clock time and the time its thread spent on a CPU: on a machine shared with other work a query
    // can wait for a core longer than it runs, and the thread's own time shows what the query costs.
    private static (List<TimeSpan> Wall, List<TimeSpan>? Cpu) Time(int times, Action run)
    {
        var spans = new List<TimeSpan>(times);
        List<TimeSpan>? cpu = ThreadCpu() is null ? null : new(times);
        for (var i = 0; i < times; i++)
        {
            var onCpu = ThreadCpu();
            var start = Stopwatch.GetTimestamp();
            run();
            spans.Add(Stopwatch.GetElapsedTime(start));
            if (onCpu is { } before && ThreadCpu() is { } after)
            {
                cpu!.Add(after - before);
            }
        }

        spans.Sort();
        cpu?.Sort();
        return (spans, cpu);
    }

    private static string OnCpu(List<TimeSpan>? cpu) =>
        cpu is { Count: > 0 } ? QueryBenchmark.Describe(cpu) : "not measured (no thread CPU clock here)";

    /// <summary>The calling thread's time on a CPU so far (to the nanosecond); null where there is no such clock.</summary>
    private static TimeSpan? ThreadCpu() =>
        ThreadCpuClock.Available ? TimeSpan.FromTicks(ThreadCpuClock.Now() / 100) : null;
}
