namespace GraphExplorer.Core.Queries;

/// <summary>
/// An undirected weighted graph in compressed rows: node i's neighbours are Targets[Offsets[i]..Offsets[i+1]] (the arrays
/// may run on past Offsets[Nodes]; that slack is unused).
/// </summary>
internal sealed record WeightedGraph(int Nodes, int[] Offsets, int[] Targets, float[] Weights)
{
    /// <summary>Builds the rows from distinct pairs (a &lt; b, packed as a &lt;&lt; 32 | b) and their weights.</summary>
    public static WeightedGraph FromPairs(int nodes, ReadOnlySpan<long> pairs, ReadOnlySpan<float> weights)
    {
        var offsets = new int[nodes + 1];
        foreach (var pair in pairs)
        {
            offsets[(int)(pair >> 32) + 1]++;
            offsets[(int)(pair & 0xFFFFFFFF) + 1]++;
        }

        for (var i = 0; i < nodes; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var fill = offsets[..^1];
        var targets = new int[offsets[nodes]];
        var rowWeights = new float[offsets[nodes]];
        for (var p = 0; p < pairs.Length; p++)
        {
            var a = (int)(pairs[p] >> 32);
            var b = (int)(pairs[p] & 0xFFFFFFFF);
            targets[fill[a]] = b;
            rowWeights[fill[a]++] = weights[p];
            targets[fill[b]] = a;
            rowWeights[fill[b]++] = weights[p];
        }

        return new WeightedGraph(nodes, offsets, targets, rowWeights);
    }
}

/// <summary>
/// Louvain modularity optimisation (Blondel et al. 2008): move single nodes to the neighbouring community that raises
/// modularity most until nothing moves, fold each community into one node, repeat. Nodes are visited in an order
/// shuffled by the seed and ties keep the current community (then the first candidate met), so a seed always gives the
/// same communities for the same graph.
/// </summary>
internal static class Louvain
{
    /// <summary>Visits per node allowed in one level's local moving (a full sweep is one visit per node).</summary>
    private const int MaxSweeps = 32;
    private const int MaxLevels = 16;

    /// <summary>The community of each node (numbered 0.. in order of first member) and the partition's modularity.</summary>
    public static (int[] Community, double Modularity) Run(WeightedGraph graph, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var membership = new int[graph.Nodes];
        for (var i = 0; i < membership.Length; i++)
        {
            membership[i] = i;
        }

        var level = graph;
        var random = new Random(seed);
        for (var round = 0; round < MaxLevels; round++)
        {
            var community = MoveNodes(level, random, cancellationToken, out var moved);
            var count = Renumber(community);
            for (var i = 0; i < membership.Length; i++)
            {
                membership[i] = community[membership[i]];
            }

            if (!moved || count == level.Nodes)
            {
                break;
            }

            level = Aggregate(level, community, count);
        }

        Renumber(membership);
        return (membership, Modularity(graph, membership));
    }

    /// <summary>Newman's modularity of <paramref name="community"/> on <paramref name="graph"/>.</summary>
    public static double Modularity(WeightedGraph graph, int[] community)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(community);
        var communities = community.Length == 0 ? 0 : community.Max() + 1;
        var inside = new double[communities];
        var total = new double[communities];
        var twiceM = 0.0;
        for (var i = 0; i < graph.Nodes; i++)
        {
            for (var s = graph.Offsets[i]; s < graph.Offsets[i + 1]; s++)
            {
                double w = graph.Weights[s];
                twiceM += w;
                total[community[i]] += w;
                if (community[graph.Targets[s]] == community[i])
                {
                    inside[community[i]] += w;
                }
            }
        }

        if (twiceM == 0)
        {
            return 0;
        }

        var q = 0.0;
        for (var c = 0; c < communities; c++)
        {
            q += (inside[c] / twiceM) - ((total[c] / twiceM) * (total[c] / twiceM));
        }

        return q;
    }

    private static int[] MoveNodes(WeightedGraph graph, Random random, CancellationToken cancellationToken, out bool movedAny)
    {
        var n = graph.Nodes;
        var community = new int[n];
        var degree = new double[n];
        var total = new double[n];
        var twiceM = 0.0;
        for (var i = 0; i < n; i++)
        {
            community[i] = i;
            for (var s = graph.Offsets[i]; s < graph.Offsets[i + 1]; s++)
            {
                degree[i] += graph.Weights[s];
            }

            total[i] = degree[i];
            twiceM += degree[i];
        }

        movedAny = false;
        if (twiceM == 0)
        {
            return community;
        }

        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        random.Shuffle(order);

        // Pruned local moving (as in Leiden's fast local move): every node once in shuffled order, then only the
        // neighbours of nodes that moved, first in first out, until nobody gains by moving. Far fewer visits than
        // repeated full sweeps, to the same kind of local optimum; the visit budget bounds pathological cases.
        var queue = new Queue<int>(order);
        var queued = new bool[n];
        Array.Fill(queued, true);
        var toCommunity = new double[n];
        Array.Fill(toCommunity, -1);
        var touched = new List<int>();
        var budget = (long)n * MaxSweeps;
        while (queue.Count > 0 && budget-- > 0)
        {
            if ((budget & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var node = queue.Dequeue();
            queued[node] = false;
            var own = community[node];
            touched.Clear();
            for (var s = graph.Offsets[node]; s < graph.Offsets[node + 1]; s++)
            {
                var neighbour = graph.Targets[s];
                if (neighbour == node)
                {
                    continue;
                }

                var c = community[neighbour];
                if (toCommunity[c] < 0)
                {
                    toCommunity[c] = 0;
                    touched.Add(c);
                }

                toCommunity[c] += graph.Weights[s];
            }

            var k = degree[node];
            total[own] -= k;
            var best = own;
            var bestGain = Math.Max(0, toCommunity[own]) - (total[own] * k / twiceM);
            foreach (var c in touched)
            {
                var gain = toCommunity[c] - (total[c] * k / twiceM);
                if (gain > bestGain + 1e-12)
                {
                    best = c;
                    bestGain = gain;
                }
            }

            total[best] += k;
            foreach (var c in touched)
            {
                toCommunity[c] = -1;
            }

            if (best == own)
            {
                continue;
            }

            community[node] = best;
            movedAny = true;
            for (var s = graph.Offsets[node]; s < graph.Offsets[node + 1]; s++)
            {
                var neighbour = graph.Targets[s];
                if (!queued[neighbour] && community[neighbour] != best)
                {
                    queued[neighbour] = true;
                    queue.Enqueue(neighbour);
                }
            }
        }

        return community;
    }

    /// <summary>Folds each community into one node; edges inside a community become its self-loop.</summary>
    private static WeightedGraph Aggregate(WeightedGraph graph, int[] community, int count)
    {
        var memberStart = new int[count + 1];
        foreach (var c in community)
        {
            memberStart[c + 1]++;
        }

        for (var c = 0; c < count; c++)
        {
            memberStart[c + 1] += memberStart[c];
        }

        var fill = memberStart[..^1];
        var members = new int[community.Length];
        for (var i = 0; i < community.Length; i++)
        {
            members[fill[community[i]]++] = i;
        }

        // Exactly sized: a first pass counts each community's distinct neighbours, the second writes them.
        var offsets = new int[count + 1];
        var toCommunity = new double[count];
        Array.Fill(toCommunity, -1);
        var touched = new List<int>();
        for (var c = 0; c < count; c++)
        {
            touched.Clear();
            for (var m = memberStart[c]; m < memberStart[c + 1]; m++)
            {
                var node = members[m];
                for (var s = graph.Offsets[node]; s < graph.Offsets[node + 1]; s++)
                {
                    var d = community[graph.Targets[s]];
                    if (toCommunity[d] < 0)
                    {
                        toCommunity[d] = 0;
                        touched.Add(d);
                    }
                }
            }

            offsets[c + 1] = offsets[c] + touched.Count;
            foreach (var d in touched)
            {
                toCommunity[d] = -1;
            }
        }

        var targets = new int[offsets[count]];
        var weights = new float[offsets[count]];
        for (var c = 0; c < count; c++)
        {
            touched.Clear();
            for (var m = memberStart[c]; m < memberStart[c + 1]; m++)
            {
                var node = members[m];
                for (var s = graph.Offsets[node]; s < graph.Offsets[node + 1]; s++)
                {
                    var d = community[graph.Targets[s]];
                    if (toCommunity[d] < 0)
                    {
                        toCommunity[d] = 0;
                        touched.Add(d);
                    }

                    toCommunity[d] += graph.Weights[s];
                }
            }

            touched.Sort();
            var write = offsets[c];
            foreach (var d in touched)
            {
                targets[write] = d;
                weights[write++] = (float)toCommunity[d];
                toCommunity[d] = -1;
            }
        }

        return new WeightedGraph(count, offsets, targets, weights);
    }

    /// <summary>Renumbers communities 0.. in order of their first node and returns how many there are.</summary>
    private static int Renumber(int[] community)
    {
        // Community numbers are node numbers of this level, so an array maps them (a dictionary of a million would not).
        var map = new int[community.Length];
        Array.Fill(map, -1);
        var count = 0;
        for (var i = 0; i < community.Length; i++)
        {
            if (map[community[i]] < 0)
            {
                map[community[i]] = count++;
            }

            community[i] = map[community[i]];
        }

        return count;
    }
}
