using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Queries;

/// <summary>
/// Names communities by what sets them apart rather than by the lab everyone shares: on a graph where most people
/// passed through one big lab, "Mostly OpenAI" names every cluster alike. A lab is distinctive for a cluster when its
/// members were there far more often than people overall (the lift of its share); the period is the span of the dated
/// facts that put the members at those labs. The same code names clusters on every store.
/// </summary>
public static class ClusterNaming
{
    private const int MaxDistinctive = 2;
    private const double MinLift = 1.5;

    /// <summary>Gives each cluster its name, distinctive labs and period, read from <paramref name="graph"/>.</summary>
    public static IReadOnlyList<Cluster> Describe(TalentGraph graph, IReadOnlyList<Cluster> clusters)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(clusters);
        if (clusters.Count == 0)
        {
            return clusters;
        }

        // How many people were ever at each lab, over the whole graph.
        var everyone = new Dictionary<int, int>();
        var labs = new HashSet<int>();
        foreach (var person in graph.Nodes(NodeKind.Person))
        {
            foreach (var lab in LabsOf(graph, person, labs))
            {
                everyone[lab] = everyone.GetValueOrDefault(lab) + 1;
            }
        }

        var people = Math.Max(1, graph.PeopleCount);

        // Each source list's earliest article date, worked out once: reading edges' sources and articles as objects
        // would leave them cached in the graph for every member of every cluster.
        var reported = graph.EarliestReportedByList();
        return clusters.Select(cluster => Describe(graph, cluster, everyone, people, reported)).ToList();
    }

    private static Cluster Describe(TalentGraph graph, Cluster cluster, Dictionary<int, int> everyone, int people, int[] reported)
    {
        var counts = new Dictionary<int, int>();
        var labs = new HashSet<int>();
        // Members listed by node number need no look-up by id (a million of them would decode a million strings).
        var nodes = cluster.Members is NodeIds known ? [.. known.Nodes] : new List<int>(cluster.Members.Count);
        if (cluster.Members is not NodeIds)
        {
            foreach (var id in cluster.Members)
            {
                if (graph.TryFindNode(id, out var person))
                {
                    nodes.Add(person);
                }
            }
        }

        foreach (var person in nodes)
        {
            foreach (var lab in LabsOf(graph, person, labs))
            {
                counts[lab] = counts.GetValueOrDefault(lab) + 1;
            }
        }

        // Shared by at least two members (one person's past says nothing about a group), ranked by how much more often
        // the members were there than people overall; a lab everyone passed through has a lift near 1.
        var size = Math.Max(1, nodes.Count);
        var ranked = counts
            .Where(c => c.Value >= Math.Min(2, size))
            .Select(c => (Lab: c.Key, Count: c.Value, Lift: ((double)c.Value / size) / ((double)everyone.GetValueOrDefault(c.Key, 1) / people)))
            .OrderByDescending(c => c.Lift)
            .ThenByDescending(c => c.Count)
            .ThenBy(c => graph.NameOf(c.Lab), StringComparer.Ordinal)
            .ToList();

        // The first lab always names the cluster; a second only when it too stands out (a lab half the graph passed
        // through would name every cluster alike).
        var distinctive = ranked.Take(1).Concat(ranked.Skip(1).Where(c => c.Lift >= MinLift).Take(MaxDistinctive - 1))
            .Select(c => new LabCount(graph.IdOf(c.Lab), graph.NameOf(c.Lab), c.Count))
            .ToList();

        var chosen = new HashSet<string>(distinctive.Select(l => l.LabId), StringComparer.Ordinal);
        PartialDate? from = null;
        PartialDate? until = null;
        PartialDate? reportedFrom = null;
        PartialDate? reportedUntil = null;
        foreach (var person in nodes)
        {
            foreach (var e in graph.EdgesOf(person))
            {
                var edge = graph.EdgeAt(e);
                if (edge.Person != person || !chosen.Contains(graph.IdOf(edge.Lab)))
                {
                    continue;
                }

                foreach (var date in new[] { edge.Arrival, edge.End })
                {
                    Widen(ref from, ref until, date);
                }

                graph.PackedDates(e, out _, out _, out _, out var sources);
                var earliest = sources < 0 ? 0 : reported[sources];
                Widen(ref reportedFrom, ref reportedUntil, earliest == 0 ? null : PartialDate.FromPacked(earliest));
            }
        }

        // Without a dated fact, the articles' dates are the only clock: said as such, never passed off as the period.
        var name = distinctive.Count == 0 ? $"Cluster {cluster.Id}" : string.Join(" & ", distinctive.Select(l => l.Name));
        if (from is { } start && until is { } end)
        {
            name += $" · {Years(start, end)}";
        }
        else if (reportedFrom is { } first && reportedUntil is { } last)
        {
            name += $" · reported {Years(first, last)}";
        }

        return cluster with { Name = name, DistinctiveLabs = distinctive, From = from, Until = until };
    }

    private static void Widen(ref PartialDate? from, ref PartialDate? until, PartialDate? date)
    {
        if (date is { } d)
        {
            from = from is { } f && f <= d ? f : d;
            until = until is { } u && u >= d ? u : d;
        }
    }

    private static string Years(PartialDate from, PartialDate until) => from.Year == until.Year ? $"{from.Year}" : $"{from.Year}–{until.Year}";

    private static HashSet<int> LabsOf(TalentGraph graph, int person, HashSet<int> labs)
    {
        labs.Clear();
        foreach (var e in graph.EdgesOf(person))
        {
            var edge = graph.EdgeAt(e);
            if (edge.Person == person)
            {
                labs.Add(edge.Lab);
                if (edge.FromLab >= 0)
                {
                    labs.Add(edge.FromLab);
                }
            }
        }

        return labs;
    }
}
