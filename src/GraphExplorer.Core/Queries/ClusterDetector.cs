using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Queries;

/// <summary>
/// Groups of people who move through the industry together. The weighted person graph links two people for each lab
/// where their stays overlapped (weight 1), each move together (2) and each follow (1), all by the rules of
/// <see cref="FollowRules"/>; <see cref="Louvain"/> then finds its communities. To keep a lab of 100,000 people from
/// producing billions of pairs, each stay is linked only to the next <see cref="ClusterOptions.NeighbourCap"/> stays in
/// start order that overlap it (its cohort), and each arrival only to the next few arrivals from the same earlier lab;
/// so the graph has O(stays × cap) edges however large the labs. Plain connected components of the person–lab graph
/// come alongside.
/// </summary>
internal static class ClusterDetector
{
    private const float OverlapWeight = 1f;
    private const float TogetherWeight = 2f;
    private const float FollowWeight = 1f;

    public static WeightedGraph BuildPersonGraph(SpellTable table, GraphIndex index, ClusterOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(options);
        var cap = Math.Max(1, options.NeighbourCap);
        var pairs = new PairBuffer(table.Spells.Length * cap);

        // Stays grouped by lab, each group in start order (unknown starts first): one sort of plain numbers.
        var keys = new long[table.Spells.Length];
        var byLab = new int[table.Spells.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = ((long)table.Spells[i].Lab << 32) | (uint)table.Spells[i].Start;
            byLab[i] = i;
        }

        Array.Sort(keys, byLab);
        keys = [];
        cancellationToken.ThrowIfCancellationRequested();
        var owner = table.Owner;
        for (var i = 0; i < byLab.Length; i++)
        {
            ref readonly var stay = ref table.Spells[byLab[i]];
            var linked = 0;
            for (var j = i + 1; j < byLab.Length && linked < cap; j++)
            {
                ref readonly var later = ref table.Spells[byLab[j]];
                if (later.Lab != stay.Lab)
                {
                    break;
                }

                // Later stays start later still: once one starts after this one ended, none overlaps.
                if (stay.End != 0 && later.Start != 0 && SpellBuilder.D(stay.End).IsBefore(SpellBuilder.D(later.Start)))
                {
                    break;
                }

                if (owner[byLab[j]] != owner[byLab[i]])
                {
                    pairs.Add(owner[byLab[i]], owner[byLab[j]], OverlapWeight);
                    linked++;
                }
            }
        }

        byLab = [];
        cancellationToken.ThrowIfCancellationRequested();
        AddMoves(table, index, options.WindowMonths, cap, pairs, cancellationToken);
        var count = pairs.Merge();
        return WeightedGraph.FromPairs(table.People, pairs.Keys.AsSpan(0, count), pairs.Weights.AsSpan(0, count));
    }

    /// <summary>Follows and moves together: dated arrivals at a lab grouped by an earlier lab, each tried against the next few.</summary>
    private static void AddMoves(SpellTable table, GraphIndex index, int window, int cap, PairBuffer pairs, CancellationToken cancellationToken)
    {
        // Each (arrival, earlier lab) once, keyed lab, earlier lab, start: lab ordinals take 18 bits each and a packed
        // date 27, so the key is one long and the grouping one sort of plain numbers.
        if (index.LabNodes.Length >= 1 << 18)
        {
            throw new NotSupportedException($"Clusters support up to {1 << 18} labs (this graph has {index.LabNodes.Length}).");
        }

        var count = 0;
        for (var p = 0; p < table.People; p++)
        {
            var career = table.Of(p);
            for (var y = 0; y < career.Length; y++)
            {
                for (var x = 0; x < career.Length && career[y].Start != 0; x++)
                {
                    count += career[x].Lab != career[y].Lab && Precedes(table, p, x, y) ? 1 : 0;
                }
            }
        }

        var keys = new long[count];
        var spell = new int[count];
        var prior = new int[count];
        var i = 0;
        for (var p = 0; p < table.People; p++)
        {
            var offset = table.Offsets[p];
            var career = table.Of(p);
            for (var y = 0; y < career.Length; y++)
            {
                for (var x = 0; x < career.Length && career[y].Start != 0; x++)
                {
                    if (career[x].Lab != career[y].Lab && Precedes(table, p, x, y))
                    {
                        keys[i] = ((long)index.LabOrdinal[career[y].Lab] << 45) | ((long)index.LabOrdinal[career[x].Lab] << 27) | (uint)career[y].Start;
                        spell[i] = offset + y;
                        prior[i++] = offset + x;
                    }
                }
            }
        }

        var order = new int[count];
        for (var k = 0; k < count; k++)
        {
            order[k] = k;
        }

        Array.Sort(keys, order);
        cancellationToken.ThrowIfCancellationRequested();
        const long GroupMask = ~((1L << 27) - 1);
        for (var k = 0; k < count; k++)
        {
            var a = order[k];
            var tried = 0;
            for (var l = k + 1; l < count && tried < cap; l++)
            {
                var b = order[l];
                if ((keys[l] & GroupMask) != (keys[k] & GroupMask)
                    || SpellBuilder.D(table.Spells[spell[a]].Start).MonthsUntil(SpellBuilder.D(table.Spells[spell[b]].Start)) > window + 12)
                {
                    break;
                }

                var (pa, pb) = (table.Owner[spell[a]], table.Owner[spell[b]]);
                if (pa == pb)
                {
                    continue;
                }

                tried++;
                var (oa, ob) = (table.Offsets[pa], table.Offsets[pb]);
                if (FollowRules.SharedBefore(table.Of(pa), table.MasksOf(pa), prior[a] - oa, spell[a] - oa, table.Of(pb), table.MasksOf(pb), prior[b] - ob, spell[b] - ob)
                    && FollowRules.TryOrder(table.Spells[spell[a]], table.Spells[spell[b]], window, sameReport: false, out var kind, out _, out _))
                {
                    pairs.Add(pa, pb, kind == FollowKind.Together ? TogetherWeight : FollowWeight);
                }
            }
        }
    }

    private static bool Precedes(SpellTable table, int person, int x, int y) =>
        x < 64 && y < 64 ? (table.MasksOf(person)[y] & (1UL << x)) != 0 : SpellBuilder.Precedes(table.Of(person), x, y);

    /// <summary>The component of every node of the person–lab graph (numbered from 0 in node order).</summary>
    public static int[] Components(GraphIndex index, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        var parent = new int[index.NodeCount];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        for (var node = 0; node < index.NodeCount; node++)
        {
            if ((node & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            foreach (var neighbour in index.Neighbours(node))
            {
                var (a, b) = (Find(node), Find(neighbour));
                if (a != b)
                {
                    parent[Math.Max(a, b)] = Math.Min(a, b);
                }
            }
        }

        var component = new int[parent.Length];
        var numbers = new Dictionary<int, int>();
        for (var node = 0; node < parent.Length; node++)
        {
            var root = Find(node);
            if (!numbers.TryGetValue(root, out var number))
            {
                numbers[root] = number = numbers.Count;
            }

            component[node] = number;
        }

        return component;
    }

    /// <summary>Turns node numbers into the answer: communities of two or more, largest first, with their dominant labs; components likewise.</summary>
    public static ClusterResult Summarize(TalentGraph graph, SpellTable table, WeightedGraph personGraph, int[] community, double modularity, int[] componentOfNode, ClusterOptions options, long revision)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(personGraph);
        ArgumentNullException.ThrowIfNull(community);
        ArgumentNullException.ThrowIfNull(componentOfNode);
        ArgumentNullException.ThrowIfNull(options);
        var members = new Dictionary<int, List<int>>();
        for (var p = 0; p < community.Length; p++)
        {
            if (!members.TryGetValue(community[p], out var list))
            {
                members[community[p]] = list = [];
            }

            list.Add(p);
        }

        var labCounts = new Dictionary<(int Community, int Lab), int>();
        var seen = new HashSet<int>();
        for (var p = 0; p < community.Length; p++)
        {
            if (members[community[p]].Count < 2)
            {
                continue;
            }

            seen.Clear();
            foreach (var spell in table.Of(p))
            {
                if (seen.Add(spell.Lab))
                {
                    var key = (community[p], spell.Lab);
                    labCounts[key] = labCounts.GetValueOrDefault(key) + 1;
                }
            }
        }

        var dominant = labCounts
            .GroupBy(c => c.Key.Community)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(c => c.Value).ThenBy(c => graph.NameOf(c.Key.Lab), StringComparer.Ordinal).Take(5)
                    .Select(c => new LabCount(graph.IdOf(c.Key.Lab), graph.NameOf(c.Key.Lab), c.Value)).ToList());
        var clusters = members.Values
            .Where(m => m.Count >= 2)
            .OrderByDescending(m => m.Count)
            .ThenBy(m => m[0])
            .Select((m, i) => new Cluster(i + 1, m.Select(p => graph.IdOf(table.PersonNodes[p])).ToList(), dominant.GetValueOrDefault(community[m[0]]) ?? []))
            .ToList();

        var componentNodes = new Dictionary<int, List<int>>();
        for (var node = 0; node < componentOfNode.Length; node++)
        {
            if (!componentNodes.TryGetValue(componentOfNode[node], out var list))
            {
                componentNodes[componentOfNode[node]] = list = [];
            }

            list.Add(node);
        }

        var components = componentNodes.Values
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c[0])
            .Select((nodes, i) => new Component(
                i + 1,
                nodes.Where(n => graph.KindOf(n) == NodeKind.Person).Select(graph.IdOf).ToList(),
                nodes.Where(n => graph.KindOf(n) == NodeKind.Lab).Select(graph.IdOf).ToList()))
            .ToList();
        return new ClusterResult("louvain", options.Seed, revision, Math.Round(modularity, 6), table.People, personGraph.Targets.Length / 2, clusters, components);
    }

    /// <summary>Weighted person pairs, appended freely, then sorted and summed per pair in place.</summary>
    private sealed class PairBuffer(int capacity)
    {
        private int _count;

        public long[] Keys { get; private set; } = new long[Math.Max(16, capacity)];

        public float[] Weights { get; private set; } = new float[Math.Max(16, capacity)];

        public void Add(int a, int b, float weight)
        {
            if (_count == Keys.Length)
            {
                // Half again, not double: these arrays are the largest the clusters make.
                var size = Keys.Length + (Keys.Length / 2);
                var keys = Keys;
                var weights = Weights;
                Array.Resize(ref keys, size);
                Array.Resize(ref weights, size);
                (Keys, Weights) = (keys, weights);
            }

            Keys[_count] = a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
            Weights[_count++] = weight;
        }

        /// <summary>Sorts, sums the weights of repeated pairs, and returns how many distinct pairs lead the arrays.</summary>
        public int Merge()
        {
            Array.Sort(Keys, Weights, 0, _count);
            var distinct = 0;
            for (var i = 0; i < _count; i++)
            {
                if (distinct > 0 && Keys[distinct - 1] == Keys[i])
                {
                    Weights[distinct - 1] += Weights[i];
                }
                else
                {
                    Keys[distinct] = Keys[i];
                    Weights[distinct++] = Weights[i];
                }
            }

            return distinct;
        }
    }
}
