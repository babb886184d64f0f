using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Cypher;

namespace GraphExplorer.Cli.Bench;

/// <summary>
/// <c>bench open --warm</c>: every kind of query the explorer serves, run once each in a fresh process after the first
/// answer, with the memory each step takes. On Linux the kernel's high-water mark of the resident set is reset before
/// each step (<c>/proc/self/clear_refs</c>), so each line shows that step's own peak, not the largest before it; the
/// process's peak is the largest of them. Resident memory includes the pages of the mapped graph image a step reads.
/// </summary>
internal static class WarmSteps
{
    public static async Task<long> RunAsync(TextWriter output, ITalentGraphReader reader, InMemoryTalentQueries queries, string from, string to, CancellationToken cancellationToken)
    {
        var (lab, bigLab) = reader.Read(g =>
        {
            var labs = g.Nodes(NodeKind.Lab).ToArray();
            var largest = labs.MaxBy(l => g.EdgesOf(l).Length);
            return (g.IdOf(labs[0]), g.IdOf(largest));
        });
        var cypher = new CypherEngine(new TalentCypherGraph(reader));
        var run = new CypherRunOptions(ReadOnly: true, MaxRows: int.MaxValue);
        (string Name, Func<Task<string>> Step)[] steps =
        [
            ("person + lab", async () =>
            {
                var person = await queries.PersonAsync(from, cancellationToken);
                var detail = await queries.LabAsync(bigLab, cancellationToken: cancellationToken);
                return $"{person.Value?.Tenures.Count ?? 0} stays; largest lab {detail.Value?.PeopleCount ?? 0:N0} people";
            }),
            ("followers", async () => $"{(await queries.FollowersOfPersonAsync(from, cancellationToken: cancellationToken)).Value?.Followers.Count ?? 0} followers"),
            ("lab waves", async () => $"{(await queries.FollowersOfLabAsync(lab, cancellationToken: cancellationToken)).Value?.Waves.Count ?? 0} waves"),
            ("clusters", async () =>
            {
                var clusters = await queries.ClustersAsync(cancellationToken: cancellationToken);
                return $"{clusters.Clusters.Count:N0} clusters, modularity {clusters.Modularity.ToString("F4", CultureInfo.InvariantCulture)}";
            }),
            ("flows", async () => $"{(await queries.FlowsAsync(new FlowQuery(), cancellationToken)).Pairs.Count:N0} pairs"),
            ("paths as of", async () => $"{(await queries.FindPathsAsync(new PathQuery(from, to, AsOf: PartialDate.Of(2015)), cancellationToken)).Value?.Length?.ToString(CultureInfo.InvariantCulture) ?? "no"} hops as of 2015"),
            ("search", async () =>
            {
                var hits = await queries.SearchAsync("Ada", cancellationToken: cancellationToken);
                var unknown = await queries.PersonAsync("no-such-person-adaa", cancellationToken);
                return $"{hits.Count} hits; {unknown.Unknown?.Suggestions.Count ?? 0} suggestions";
            }),
            ("cypher", () =>
            {
                var rows = cypher.Run("MATCH (p:Person {id: $id})-[r]-(l) RETURN p.name, type(r), l.name", new Dictionary<string, object?> { ["id"] = from }, run, cancellationToken).Rows.Count;
                var pairs = cypher.Run("MATCH (p:Person)-[r:LEFT_FOR]->(l:Lab) RETURN r.from, l.id, count(*)", null, run, cancellationToken).Rows.Count;
                var path = cypher.Run("MATCH (a:Person {id: $a}), (b:Person {id: $b}) MATCH p = shortestPath((a)-[:WORKED_AT|LEFT_FOR*..6]-(b)) RETURN length(p)", new Dictionary<string, object?> { ["a"] = from, ["b"] = to }, run, cancellationToken).Rows.Count;
                return Task.FromResult($"{rows} rows, {pairs:N0} pairs, {path} path");
            }),
            ("graph as of", () =>
            {
                // What the page's time slider asks the web host for (GET /api/graph?asOf=2015), written as the host
                // writes it (from the graph's arrays, a part at a time under the read lock), to nowhere.
                var export = reader.Read(g => g.ExportAsOf(PartialDate.Of(2015)));
                using var json = new Utf8JsonWriter(Stream.Null);
                while (!reader.Read(g => g.WriteExport(export, json, 4096)))
                {
                    json.Flush();
                }

                json.Flush();
                return Task.FromResult($"{export.NodeCount:N0} entities, {export.EdgeCount:N0} edges as of 2015; {json.BytesCommitted:N0} bytes of JSON");
            }),
        ];

        var peak = PeakResident();
        await BenchText.Line(output, "warm start", $"peak so far {BenchText.Mb(peak)}; resident {BenchText.Mb(Environment.WorkingSet)}; managed heap {BenchText.Mb(GC.GetTotalMemory(false))}");
        var total = Stopwatch.StartNew();
        foreach (var (name, step) in steps)
        {
            ResetPeak();
            var before = Environment.WorkingSet;
            var watch = Stopwatch.StartNew();
            var said = await step();
            var stepPeak = PeakResident();
            peak = Math.Max(peak, stepPeak);
            await BenchText.Line(output, $"warm {name}", $"{watch.Elapsed.TotalSeconds:F1} s; peak {BenchText.Mb(stepPeak)} (resident before {BenchText.Mb(before)}, after {BenchText.Mb(Environment.WorkingSet)}); managed heap {BenchText.Mb(GC.GetTotalMemory(false))}; {said}");
        }

        await output.WriteLineAsync($"warm: every kind of query in {total.Elapsed.TotalSeconds:F1} s");
        return peak;
    }

    /// <summary>The process's peak resident set since start or since the last <see cref="ResetPeak"/> (VmHWM).</summary>
    public static long PeakResident()
    {
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64;
    }

    // Writing 5 to clear_refs resets the peak resident set to the current one (Linux 4.0 and later); elsewhere the
    // peaks stay cumulative, which only makes each step's figure an upper bound.
    private static void ResetPeak()
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                File.WriteAllText("/proc/self/clear_refs", "5");
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
