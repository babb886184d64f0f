using System.Runtime.InteropServices;
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

    public static WeightedGraph BuildPersonGraph(SpellTable table, ClusterOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        var cap = Math.Max(1, options.NeighbourCap);
        var pairs = new PairBuffer(table.Spells.Length * cap);
        var owner = new int[table.Spells.Length];
        for (var p = 0; p < table.People; p++)
        {
            owner.AsSpan(table.Offsets[p], table.Offsets[p + 1] - table.Offsets[p]).Fill(p);
        }

        // Stays grouped by lab, each group in start order (unknown starts first).
        var byLab = Enumerable.Range(0, table.Spells.Length).ToArray();
        Array.Sort(byLab, (a, b) =>
        {
            var lab = table.Spells[a].Lab.CompareTo(table.Spells[b].Lab);
            return lab != 0 ? lab : table.Spells[a].Start != table.Spells[b].Start ? table.Spells[a].Start.CompareTo(table.Spells[b].Start) : a.CompareTo(b);
        });
        cancellationToken.ThrowIfCancellationRequested();
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
        AddMoves(table, owner, options.WindowMonths, cap, pairs, cancellationToken);
        var (keys, weights) = pairs.Merge();
        return WeightedGraph.FromPairs(table.People, keys, weights);
    }

    /// <summary>Follows and moves together: dated arrivals at a lab grouped by an earlier lab, each tried against the next few.</summary>
    private static void AddMoves(SpellTable table, int[] owner, int window, int cap, PairBuffer pairs, CancellationToken cancellationToken)
    {
        var arrivals = new List<Arrival>(table.Spells.Length);
        for (var p = 0; p < table.People; p++)
        {
            var start = table.Offsets[p];
            var end = table.Offsets[p + 1];
            for (var y = start; y < end; y++)
            {
                if (table.Spells[y].Start == 0)
                {
                    continue;
                }

                var career = table.Of(p);
                for (var x = start; x < end; x++)
                {
                    if (table.Spells[x].Lab != table.Spells[y].Lab && SpellBuilder.Precedes(career, x - start, y - start))
                    {
                        arrivals.Add(new Arrival(table.Spells[y].Lab, table.Spells[x].Lab, table.Spells[y].Start, y, x));
                    }
                }
            }
        }

        var sorted = CollectionsMarshal.AsSpan(arrivals);
        sorted.Sort();
        cancellationToken.ThrowIfCancellationRequested();
        for (var i = 0; i < sorted.Length; i++)
        {
            ref readonly var a = ref sorted[i];
            var tried = 0;
            for (var j = i + 1; j < sorted.Length && tried < cap; j++)
            {
                ref readonly var b = ref sorted[j];
                if (b.Lab != a.Lab || b.Prior != a.Prior
                    || SpellBuilder.D(a.Start).MonthsUntil(SpellBuilder.D(b.Start)) > window + 12)
                {
                    break;
                }

                if (owner[a.Spell] == owner[b.Spell])
                {
                    continue;
                }

                tried++;
                var (pa, pb) = (owner[a.Spell], owner[b.Spell]);
                var (oa, ob) = (table.Offsets[pa], table.Offsets[pb]);
                if (FollowRules.SharedBefore(table.Of(pa), a.PriorSpell - oa, a.Spell - oa, table.Of(pb), b.PriorSpell - ob, b.Spell - ob)
                    && FollowRules.TryOrder(table.Spells[a.Spell], table.Spells[b.Spell], window, sameReport: false, out var kind, out _, out _))
                {
                    pairs.Add(owner[a.Spell], owner[b.Spell], kind == FollowKind.Together ? TogetherWeight : FollowWeight);
                }
            }
        }
    }

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

    [StructLayout(LayoutKind.Auto)]
    private readonly record struct Arrival(int Lab, int Prior, int Start, int Spell, int PriorSpell) : IComparable<Arrival>
    {
        public int CompareTo(Arrival other)
        {
            var c = Lab.CompareTo(other.Lab);
            if (c == 0)
            {
                c = Prior.CompareTo(other.Prior);
            }

            if (c == 0)
            {
                c = Start.CompareTo(other.Start);
            }

            return c != 0 ? c : Spell.CompareTo(other.Spell);
        }
    }

    /// <summary>Weighted person pairs, appended freely, then sorted and summed per pair.</summary>
    private sealed class PairBuffer(int capacity)
    {
        private long[] _keys = new long[Math.Max(16, capacity)];
        private float[] _weights = new float[Math.Max(16, capacity)];
        private int _count;

        public void Add(int a, int b, float weight)
        {
            if (_count == _keys.Length)
            {
                Array.Resize(ref _keys, _keys.Length * 2);
                Array.Resize(ref _weights, _weights.Length * 2);
            }

            _keys[_count] = a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
            _weights[_count++] = weight;
        }

        public (long[] Keys, float[] Weights) Merge()
        {
            Array.Sort(_keys, _weights, 0, _count);
            var distinct = 0;
            for (var i = 0; i < _count; i++)
            {
                if (distinct > 0 && _keys[distinct - 1] == _keys[i])
                {
                    _weights[distinct - 1] += _weights[i];
                }
                else
                {
                    _keys[distinct] = _keys[i];
                    _weights[distinct++] = _weights[i];
                }
            }

            return (_keys[..distinct], _weights[..distinct]);
        }
    }
}
