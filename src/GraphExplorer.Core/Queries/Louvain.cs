namespace GraphExplorer.Core.Queries;

/// <summary>
/// An undirected weighted graph in compressed rows: node i's links are the entries Offsets[i]..Offsets[i+1] (the arrays
/// may run on past Offsets[Nodes]; that slack is unused), entry s joining <see cref="Target"/>(s) with weight
/// <see cref="Weight"/>(s). The weights lie in a float array beside the targets or, when every weight is a small whole
/// number (as the person graph's are), in the low bits of the target's own entry: at a million people that is a float
/// fewer per link, some 70 MB less at the clusters' peak.
/// </summary>
internal sealed class WeightedGraph
{
    private readonly int[] _entries;
    private readonly float[] _weights;
    private readonly int _weightBits;
    private readonly int _weightMask;

    /// <summary>A graph whose weights lie in <paramref name="weights"/>, beside <paramref name="targets"/>.</summary>
    public WeightedGraph(int nodes, int[] offsets, int[] targets, float[] weights)
        : this(nodes, offsets, targets, weights, 0)
    {
    }

    private WeightedGraph(int nodes, int[] offsets, int[] entries, float[] weights, int weightBits)
    {
        Nodes = nodes;
        Offsets = offsets;
        _entries = entries;
        _weights = weights;
        _weightBits = weightBits;
        _weightMask = (1 << weightBits) - 1;
    }

    public int Nodes { get; }

    public int[] Offsets { get; }

    /// <summary>
    /// How many low bits of an entry a packed weight may take for <paramref name="nodes"/> nodes (the target takes the
    /// rest, below the sign bit); 0 when too few are left to be worth it.
    /// </summary>
    public static int PackedWeightBits(int nodes)
    {
        var bits = 31 - (32 - System.Numerics.BitOperations.LeadingZeroCount((uint)Math.Max(1, nodes - 1)));
        return bits >= 4 ? bits : 0;
    }

    /// <summary>A graph whose every entry is its target shifted left by <paramref name="weightBits"/>, its whole weight below.</summary>
    public static WeightedGraph Packed(int nodes, int[] offsets, int[] entries, int weightBits)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(weightBits, PackedWeightBits(nodes));
        return new(nodes, offsets, entries, [], weightBits);
    }

    /// <summary>The node entry <paramref name="entry"/> leads to.</summary>
    public int Target(int entry) => _entries[entry] >>> _weightBits;

    /// <summary>The weight of entry <paramref name="entry"/>.</summary>
    public float Weight(int entry) => _weightBits == 0 ? _weights[entry] : _entries[entry] & _weightMask;

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

        // Every level has at most as many nodes as the first, so one set of work arrays serves them all: at a million
        // nodes a fresh set per level (and per fold) was a few hundred MB of garbage at the clusters' peak.
        var scratch = new Scratch(graph.Nodes);
        var level = graph;
        var random = new Random(seed);
        for (var round = 0; round < MaxLevels; round++)
        {
            var community = MoveNodes(level, random, scratch, cancellationToken, out var moved);
            var count = Renumber(community, scratch.Order);
            for (var i = 0; i < membership.Length; i++)
            {
                membership[i] = community[membership[i]];
            }

            if (!moved || count == level.Nodes)
            {
                break;
            }

            level = Aggregate(level, community, count, scratch);
        }

        Renumber(membership, scratch.Order);
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
                double w = graph.Weight(s);
                twiceM += w;
                total[community[i]] += w;
                if (community[graph.Target(s)] == community[i])
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

    /// <summary>Local moving on one level; the communities it returns lie in the scratch's array until the next level.</summary>
    private static Span<int> MoveNodes(WeightedGraph graph, Random random, Scratch scratch, CancellationToken cancellationToken, out bool movedAny)
    {
        var n = graph.Nodes;
        var community = scratch.Community.AsSpan(0, n);
        var (degree, total) = (scratch.Degree, scratch.Total);
        var twiceM = 0.0;
        for (var i = 0; i < n; i++)
        {
            community[i] = i;
            degree[i] = 0;
            for (var s = graph.Offsets[i]; s < graph.Offsets[i + 1]; s++)
            {
                degree[i] += graph.Weight(s);
            }

            total[i] = degree[i];
            twiceM += degree[i];
        }

        movedAny = false;
        if (twiceM == 0)
        {
            return community;
        }

        var order = scratch.Order.AsSpan(0, n);
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        random.Shuffle(order);

        // Pruned local moving (as in Leiden's fast local move): every node once in shuffled order, then only the
        // neighbours of nodes that moved, first in first out, until nobody gains by moving. Far fewer visits than
        // repeated full sweeps, to the same kind of local optimum; the visit budget bounds pathological cases.
        // A node is queued at most once at a time, so a ring of n slots holds the queue.
        var queue = scratch.Queue;
        order.CopyTo(queue);
        var (head, queuedCount) = (0, n);
        var queued = scratch.Queued.AsSpan(0, n);
        queued.Fill(true);
        var toCommunity = scratch.ToCommunity;
        toCommunity.AsSpan(0, n).Fill(-1);
        var touched = scratch.Touched;
        var budget = (long)n * MaxSweeps;
        while (queuedCount > 0 && budget-- > 0)
        {
            if ((budget & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var node = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            queuedCount--;
            queued[node] = false;
            var own = community[node];
            touched.Clear();
            for (var s = graph.Offsets[node]; s < graph.Offsets[node + 1]; s++)
            {
                var neighbour = graph.Target(s);
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

                toCommunity[c] += graph.Weight(s);
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
                var neighbour = graph.Target(s);
                if (!queued[neighbour] && community[neighbour] != best)
                {
                    queued[neighbour] = true;
                    var tail = head + queuedCount;
                    queue[tail >= n ? tail - n : tail] = neighbour;
                    queuedCount++;
                }
            }
        }

        return community;
    }

    /// <summary>Folds each community into one node; edges inside a community become its self-loop.</summary>
    private static WeightedGraph Aggregate(WeightedGraph graph, ReadOnlySpan<int> community, int count, Scratch scratch)
    {
        var memberStart = scratch.Queue.AsSpan(0, count + 1);
        memberStart.Clear();
        foreach (var c in community)
        {
            memberStart[c + 1]++;
        }

        for (var c = 0; c < count; c++)
        {
            memberStart[c + 1] += memberStart[c];
        }

        var fill = scratch.Order.AsSpan(0, count);
        memberStart[..^1].CopyTo(fill);
        var members = scratch.Members;
        for (var i = 0; i < community.Length; i++)
        {
            members[fill[community[i]]++] = i;
        }

        // Exactly sized: a first pass counts each community's distinct neighbours, the second writes them. Local moving
        // left every entry of toCommunity at -1.
        var offsets = new int[count + 1];
        var toCommunity = scratch.ToCommunity;
        var touched = scratch.Touched;
        for (var c = 0; c < count; c++)
        {
            touched.Clear();
            for (var m = memberStart[c]; m < memberStart[c + 1]; m++)
            {
                var node = members[m];
                for (var s = graph.Offsets[node]; s < graph.Offsets[node + 1]; s++)
                {
                    var d = community[graph.Target(s)];
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
                    var d = community[graph.Target(s)];
                    if (toCommunity[d] < 0)
                    {
                        toCommunity[d] = 0;
                        touched.Add(d);
                    }

                    toCommunity[d] += graph.Weight(s);
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
    private static int Renumber(Span<int> community, int[] map)
    {
        // Community numbers are node numbers of this level, so an array maps them (a dictionary of a million would not).
        map.AsSpan(0, community.Length).Fill(-1);
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

    /// <summary>The work arrays of one run, sized for its first (largest) level.</summary>
    private sealed class Scratch(int nodes)
    {
        public int[] Community { get; } = new int[nodes];

        public double[] Degree { get; } = new double[nodes];

        public double[] Total { get; } = new double[nodes];

        /// <summary>Gets the visiting order; also the renumbering map and the fold's fill positions.</summary>
        public int[] Order { get; } = new int[nodes];

        /// <summary>Gets the ring of queued nodes; also the fold's member starts (hence one more slot).</summary>
        public int[] Queue { get; } = new int[nodes + 1];

        public bool[] Queued { get; } = new bool[nodes];

        /// <summary>Gets each community's link weight from the node at hand, -1 when untouched (so between uses).</summary>
        public double[] ToCommunity { get; } = new double[nodes];

        public int[] Members { get; } = new int[nodes];

        public List<int> Touched { get; } = [];
    }
}
