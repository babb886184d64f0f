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

        if (table.People >= 1 << 30)
        {
            throw new NotSupportedException($"Clusters support up to {1 << 30} people (this graph has {table.People}).");
        }

        // The pairs are generated twice, once to count each person's links and once to write them into their rows, so
        // no list of pairs (the largest thing the clusters would make) ever exists beside the rows.
        var pairs = new PairSource(table, index, Math.Max(1, options.NeighbourCap), options.WindowMonths, cancellationToken);
        var counter = new DegreeCounter(new int[table.People]);
        pairs.Emit(ref counter);
        var offsets = new int[table.People + 1];
        for (var p = 0; p < table.People; p++)
        {
            offsets[p + 1] = checked(offsets[p] + counter.Degree[p]);
        }

        // Each raw link is one int, the neighbour and whether it weighs two (LinkOf): no weight array beside
        // the raw links, which outnumber the distinct neighbours only a little. Weights exist only for distinct ones.
        var writer = new RowWriter(offsets[..^1], new int[offsets[^1]]);
        pairs.Emit(ref writer);
        cancellationToken.ThrowIfCancellationRequested();

        // Each row sorted by neighbour (a link of weight two just after one of weight one), then counted, with the
        // heaviest sum a neighbour gets.
        var links = writer.Links;
        var distinct = 0;
        var heaviest = 0;
        for (var p = 0; p < table.People; p++)
        {
            var (from, to) = (offsets[p], offsets[p + 1]);
            Array.Sort(links, from, to - from);
            var sum = 0;
            for (var i = from; i < to; i++)
            {
                var first = i == from || links[i - 1] >>> 1 != links[i] >>> 1;
                distinct += first ? 1 : 0;
                sum = (first ? 0 : sum) + (int)WeightOf(links[i]);
                heaviest = Math.Max(heaviest, sum);
            }
        }

        // Repeated neighbours summed and the rows packed to the left in place; the links array keeps the slack. The
        // sums are whole numbers, so when the heaviest fits below the neighbour's bits each goes into its own link and
        // no float array is made beside them.
        var bits = WeightedGraph.PackedWeightBits(table.People);
        var packed = bits > 0 && heaviest < 1 << bits;
        var weights = packed ? [] : new float[distinct];
        var write = 0;
        for (var p = 0; p < table.People; p++)
        {
            var (from, to) = (offsets[p], offsets[p + 1]);
            offsets[p] = write;
            for (var i = from; i < to; i++)
            {
                var (target, weight) = (links[i] >>> 1, WeightOf(links[i]));
                if (packed)
                {
                    if (write > offsets[p] && links[write - 1] >>> bits == target)
                    {
                        links[write - 1] += (int)weight;
                    }
                    else
                    {
                        links[write++] = (target << bits) | (int)weight;
                    }
                }
                else if (write > offsets[p] && links[write - 1] == target)
                {
                    weights[write - 1] += weight;
                }
                else
                {
                    links[write] = target;
                    weights[write++] = weight;
                }
            }
        }

        offsets[table.People] = write;
        return packed ? WeightedGraph.Packed(table.People, offsets, links, bits) : new WeightedGraph(table.People, offsets, links, weights);
    }

    private interface IPairSink
    {
        void Add(int a, int b, float weight);
    }

    private struct DegreeCounter(int[] degree) : IPairSink
    {
        public readonly int[] Degree => degree;

        public readonly void Add(int a, int b, float weight)
        {
            degree[a]++;
            degree[b]++;
        }
    }

    private struct RowWriter(int[] fill, int[] links) : IPairSink
    {
        public readonly int[] Links => links;

        public readonly void Add(int a, int b, float weight)
        {
            links[fill[a]++] = LinkOf(b, weight);
            links[fill[b]++] = LinkOf(a, weight);
        }
    }

    /// <summary>The weight of a raw link (see <see cref="LinkOf"/>).</summary>
    private static float WeightOf(int link) => (link & 1) != 0 ? TogetherWeight : OverlapWeight;

    /// <summary>A raw link to <paramref name="neighbour"/>: its number shifted left, the low bit set for weight two.</summary>
    private static int LinkOf(int neighbour, float weight)
    {
        // Every weight the pairs use is one of these two; a third would need another bit.
        System.Diagnostics.Debug.Assert(weight is OverlapWeight or TogetherWeight, "only weights one and two are encoded");
        return (neighbour << 1) | (weight == TogetherWeight ? 1 : 0);
    }

    /// <summary>
    /// The weighted pairs of the person graph, in a fixed order: cohorts (stays at one lab in start order, each linked to
    /// the next few that overlap it), then follows and moves together (dated arrivals at a lab grouped by an earlier lab,
    /// each tried against the next few). The sorts behind both are done once, here.
    /// </summary>
    private sealed class PairSource
    {
        private readonly SpellTable _table;
        private readonly int _cap;
        private readonly int _window;
        private readonly CancellationToken _cancellationToken;
        private readonly int[] _byLab;
        private readonly long[] _arrivalKeys;
        private readonly int[] _arrivalOrder;
        private readonly int[] _arrivalSpell;
        private readonly int[] _arrivalPrior;

        public PairSource(SpellTable table, GraphIndex index, int cap, int window, CancellationToken cancellationToken)
        {
            _table = table;
            _cap = cap;
            _window = window;
            _cancellationToken = cancellationToken;

            // Stays grouped by lab, each group in start order (unknown starts first): one sort of plain numbers.
            var keys = new long[table.Spells.Length];
            _byLab = new int[table.Spells.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = ((long)table.Spells[i].Lab << 32) | (uint)table.Spells[i].Start;
                _byLab[i] = i;
            }

            Array.Sort(keys, _byLab);
            cancellationToken.ThrowIfCancellationRequested();

            // Each (dated arrival, earlier lab) once, keyed lab, earlier lab, start: lab ordinals take 18 bits each and
            // a packed date 27, so the key is one long and the grouping one sort of plain numbers.
            if (index.LabNodes.Length >= 1 << 18)
            {
                throw new NotSupportedException($"Clusters support up to {1 << 18} labs (this graph has {index.LabNodes.Length}).");
            }

            var count = 0;
            ForEachArrival((_, _, _) => count++);
            _arrivalKeys = new long[count];
            _arrivalSpell = new int[count];
            _arrivalPrior = new int[count];
            _arrivalOrder = new int[count];
            var n = 0;
            ForEachArrival((p, x, y) =>
            {
                var (spell, prior) = (table.Offsets[p] + y, table.Offsets[p] + x);
                _arrivalKeys[n] = ((long)index.LabOrdinal[table.Spells[spell].Lab] << 45) | ((long)index.LabOrdinal[table.Spells[prior].Lab] << 27) | (uint)table.Spells[spell].Start;
                _arrivalSpell[n] = spell;
                _arrivalPrior[n] = prior;
                _arrivalOrder[n] = n;
                n++;
            });
            Array.Sort(_arrivalKeys, _arrivalOrder);
        }

        public void Emit<TSink>(ref TSink sink)
            where TSink : struct, IPairSink
        {
            EmitCohorts(ref sink);
            _cancellationToken.ThrowIfCancellationRequested();
            EmitMoves(ref sink);
        }

        private void ForEachArrival(Action<int, int, int> visit)
        {
            for (var p = 0; p < _table.People; p++)
            {
                var career = _table.Of(p);
                for (var y = 0; y < career.Length; y++)
                {
                    for (var x = 0; x < career.Length && career[y].Start != 0; x++)
                    {
                        if (career[x].Lab != career[y].Lab && Precedes(_table, p, x, y))
                        {
                            visit(p, x, y);
                        }
                    }
                }
            }
        }

        private void EmitCohorts<TSink>(ref TSink sink)
            where TSink : struct, IPairSink
        {
            var (spells, owner, byLab) = (_table.Spells, _table.Owner, _byLab);
            for (var i = 0; i < byLab.Length; i++)
            {
                ref readonly var stay = ref spells[byLab[i]];
                var linked = 0;
                for (var j = i + 1; j < byLab.Length && linked < _cap; j++)
                {
                    ref readonly var later = ref spells[byLab[j]];
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
                        sink.Add(owner[byLab[i]], owner[byLab[j]], OverlapWeight);
                        linked++;
                    }
                }
            }
        }

        private void EmitMoves<TSink>(ref TSink sink)
            where TSink : struct, IPairSink
        {
            const long GroupMask = ~((1L << 27) - 1);
            var table = _table;
            for (var k = 0; k < _arrivalKeys.Length; k++)
            {
                var a = _arrivalOrder[k];
                var tried = 0;
                for (var l = k + 1; l < _arrivalKeys.Length && tried < _cap; l++)
                {
                    var b = _arrivalOrder[l];
                    var (sa, sb) = (_arrivalSpell[a], _arrivalSpell[b]);
                    if ((_arrivalKeys[l] & GroupMask) != (_arrivalKeys[k] & GroupMask)
                        || SpellBuilder.D(table.Spells[sa].Start).MonthsUntil(SpellBuilder.D(table.Spells[sb].Start)) > _window + 12)
                    {
                        break;
                    }

                    var (pa, pb) = (table.Owner[sa], table.Owner[sb]);
                    if (pa == pb)
                    {
                        continue;
                    }

                    tried++;
                    var (oa, ob) = (table.Offsets[pa], table.Offsets[pb]);
                    if (FollowRules.SharedBefore(table.Of(pa), table.MasksOf(pa), _arrivalPrior[a] - oa, sa - oa, table.Of(pb), table.MasksOf(pb), _arrivalPrior[b] - ob, sb - ob)
                        && FollowRules.TryOrder(table.Spells[sa], table.Spells[sb], _window, sameReport: false, out var kind, out _, out _))
                    {
                        sink.Add(pa, pb, kind == FollowKind.Together ? TogetherWeight : FollowWeight);
                    }
                }
            }
        }
    }

    private static bool Precedes(SpellTable table, int person, int x, int y) =>
        x < 64 && y < 64 ? (table.MasksOf(person)[y] & (1UL << x)) != 0 : SpellBuilder.Precedes(table.Of(person), x, y);

    /// <summary>
    /// The component of every node of the person–lab graph (numbered from 0 in node order), as the index's revision has
    /// it. Joined edge by edge from the graph's edge array (every edge joins its person and the lab it names, which is
    /// exactly what the traversal arrays list), not from the traversal arrays: the clusters read the edges anyway, and
    /// walking the traversal arrays of a mapped image made 60 MB of them resident at a million people for this alone.
    /// Run it under the graph's read lock: it reads the graph's own arrays.
    /// </summary>
    public static int[] Components(GraphIndex index, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        var graph = index.Graph;
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

        // The graph only grows and an edge never changes its ends, so the index's first edges are the revision's edges.
        for (var e = 0; e < index.EdgeCount; e++)
        {
            if ((e & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var edge = graph.EdgeAt(e);
            var (a, b) = (Find(edge.Person), Find(edge.Lab));
            if (a != b)
            {
                parent[Math.Max(a, b)] = Math.Min(a, b);
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
    public static ClusterResult Summarize(TalentGraph graph, SpellTable table, int personEdges, int[] community, double modularity, int[] componentOfNode, ClusterOptions options, long revision)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(community);
        ArgumentNullException.ThrowIfNull(componentOfNode);
        ArgumentNullException.ThrowIfNull(options);
        // Members and component nodes grouped by counting sort into one array each: at a million people a list per
        // community (most of them singletons) was a hundred megabytes of small objects at the clusters' peak.
        var members = Grouping.Of(community);

        // (community, lab) once per member and lab, as plain numbers: one sort, then each run is a count.
        var memberLabs = new List<long>(table.Spells.Length);
        for (var p = 0; p < community.Length; p++)
        {
            if (members.Size(community[p]) < 2)
            {
                continue;
            }

            var first = memberLabs.Count;
            foreach (var spell in table.Of(p))
            {
                var key = ((long)community[p] << 32) | (uint)spell.Lab;
                var repeated = false;
                for (var i = first; i < memberLabs.Count && !repeated; i++)
                {
                    repeated = memberLabs[i] == key;
                }

                if (!repeated)
                {
                    memberLabs.Add(key);
                }
            }
        }

        memberLabs.Sort();
        var labCounts = new Dictionary<int, List<(int Lab, int Count)>>();
        for (var i = 0; i < memberLabs.Count;)
        {
            var j = i;
            while (j < memberLabs.Count && memberLabs[j] == memberLabs[i])
            {
                j++;
            }

            var c = (int)(memberLabs[i] >> 32);
            if (!labCounts.TryGetValue(c, out var counts))
            {
                labCounts[c] = counts = [];
            }

            counts.Add(((int)(memberLabs[i] & 0xFFFFFFFF), j - i));
            i = j;
        }

        var dominant = labCounts.ToDictionary(
            c => c.Key,
            c => c.Value.OrderByDescending(l => l.Count).ThenBy(l => graph.NameOf(l.Lab), StringComparer.Ordinal).Take(5)
                .Select(l => new LabCount(graph.IdOf(l.Lab), graph.NameOf(l.Lab), l.Count)).ToList());
        var clusters = members.Groups(minimumSize: 2)
            .Select((c, i) => new Cluster(i + 1, new NodeIds(graph, members.Select(c, p => table.PersonNodes[p])), dominant.GetValueOrDefault(c) ?? []))
            .ToList();

        var componentNodes = Grouping.Of(componentOfNode);
        var components = componentNodes.Groups(minimumSize: 1)
            .Select((c, i) => new Component(
                i + 1,
                new NodeIds(graph, componentNodes.Where(c, n => graph.KindOf(n) == NodeKind.Person)),
                new NodeIds(graph, componentNodes.Where(c, n => graph.KindOf(n) == NodeKind.Lab))))
            .ToList();
        return new ClusterResult("louvain", options.Seed, revision, Math.Round(modularity, 6), table.People, personEdges, ClusterNaming.Describe(graph, clusters), components);
    }
}
