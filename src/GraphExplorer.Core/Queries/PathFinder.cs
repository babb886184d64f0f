using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Queries;

/// <summary>Node sequences of the shortest paths found, or why there are none.</summary>
internal sealed record PathSearch(IReadOnlyList<int[]> Paths, int? Length, bool Capped, string? Reason);

/// <summary>
/// Shortest paths between two nodes over the undirected person–lab graph (every WORKED_AT, FOUNDED and LEFT_FOR edge
/// joins a person and the lab they were at; the lab a LEFT_FOR leaves is not joined). Bidirectional breadth-first
/// search that always grows the side whose frontier has fewer edges to scan, so a path through a lab of 100,000 people
/// scans that lab once at most. With <c>all</c> it finishes the meeting level and enumerates every shortest path, up
/// to a cap. As-of searches skip edges that did not exist at the date (<see cref="AsOf"/>).
/// </summary>
internal sealed class PathFinder(GraphIndex index)
{
    private const int DegreeSample = 256;

    public PathSearch Find(int source, int target, int maxHops, bool all, PartialDate? asOf, int cap = PathQuery.MaxPaths)
    {
        if (source == target)
        {
            return new PathSearch([[source]], 0, false, null);
        }

        var scratch = index.RentScratch();
        try
        {
            return Search(scratch, source, target, maxHops, all, asOf, cap);
        }
        finally
        {
            index.ReturnScratch(scratch);
        }
    }

    private PathSearch Search(BfsScratch scratch, int source, int target, int maxHops, bool all, PartialDate? asOf, int cap)
    {
        var generation = scratch.NextGeneration();
        var side = new[]
        {
            new Side(scratch.SeenA, scratch.DistA, scratch.ParentA, scratch.FrontierA),
            new Side(scratch.SeenB, scratch.DistB, scratch.ParentB, scratch.FrontierB),
        };
        side[0].Frontier.Clear();
        side[1].Frontier.Clear();
        side[0].Visit(source, 0, -1, generation);
        side[1].Visit(target, 0, -1, generation);
        side[0].Frontier.Add(source);
        side[1].Frontier.Add(target);
        side[0].FrontierDegree = index.Degree(source);
        side[1].FrontierDegree = index.Degree(target);
        var meets = new List<int>();
        var next = scratch.Next;
        while (true)
        {
            if (side[0].Frontier.Count == 0 || side[1].Frontier.Count == 0)
            {
                var when = asOf is { } date ? $" as of {date}" : string.Empty;
                return new PathSearch([], null, false, $"no path: the two are not connected{when}");
            }

            if (side[0].Depth + side[1].Depth + 1 > maxHops)
            {
                return new PathSearch([], null, false, $"no path within {maxHops} hops");
            }

            var grow = side[0].FrontierDegree <= side[1].FrontierDegree ? 0 : 1;
            var (mine, other) = (side[grow], side[1 - grow]);
            var depth = mine.Depth + 1;
            var nextDegree = 0L;
            next.Clear();
            foreach (var node in mine.Frontier)
            {
                var neighbours = index.Neighbours(node);
                var edges = index.NeighbourEdges(node);
                for (var i = 0; i < neighbours.Length; i++)
                {
                    var neighbour = neighbours[i];
                    if (mine.Seen[neighbour] == generation || (asOf is { } date && !index.Existed(edges[i], date)))
                    {
                        continue;
                    }

                    mine.Visit(neighbour, depth, node, generation);
                    next.Add(neighbour);

                    // Reading every new node's degree is a random read each, as costly as the scan itself on a big
                    // lab's people; the first few stand for the rest when choosing which side to grow next.
                    if (next.Count <= DegreeSample)
                    {
                        nextDegree += index.Degree(neighbour);
                    }
                    if (other.Seen[neighbour] == generation)
                    {
                        if (!all)
                        {
                            var path = Join(side, neighbour);
                            return new PathSearch([path], path.Length - 1, false, null);
                        }

                        meets.Add(neighbour);
                    }
                }
            }

            mine.Frontier.Clear();
            mine.Frontier.AddRange(next);
            mine.FrontierDegree = next.Count <= DegreeSample ? nextDegree : nextDegree * next.Count / DegreeSample;
            mine.Depth = depth;
            if (meets.Count > 0)
            {
                return Enumerate(side, meets, generation, asOf, cap);
            }
        }
    }

    /// <summary>The path through <paramref name="meet"/>, following each side's parents back to its root.</summary>
    private static int[] Join(Side[] side, int meet)
    {
        var path = new List<int>();
        for (var node = meet; node >= 0; node = side[0].Parent[node])
        {
            path.Add(node);
        }

        path.Reverse();
        for (var node = side[1].Parent[meet]; node >= 0; node = side[1].Parent[node])
        {
            path.Add(node);
        }

        return [.. path];
    }

    /// <summary>
    /// Every shortest path passes through exactly one meeting node (a node of the level just reached that the other side
    /// had reached too), so the paths are, per meeting node, each way back to the source times each way on to the target.
    /// </summary>
    private PathSearch Enumerate(Side[] side, List<int> meets, int generation, PartialDate? asOf, int cap)
    {
        meets.Sort();
        var length = side[0].Dist[meets[0]] + side[1].Dist[meets[0]];
        var paths = new List<int[]>();
        var predecessors = new[] { new Dictionary<int, int[]>(), new Dictionary<int, int[]>() };
        foreach (var meet in meets)
        {
            var toSource = Chains(side[0], predecessors[0], meet, generation, asOf, cap + 1);
            var toTarget = Chains(side[1], predecessors[1], meet, generation, asOf, cap + 1);
            foreach (var back in toSource)
            {
                foreach (var forward in toTarget)
                {
                    var path = new int[length + 1];
                    for (var i = 0; i < back.Length; i++)
                    {
                        path[back.Length - 1 - i] = back[i];
                    }

                    forward.AsSpan(1).CopyTo(path.AsSpan(back.Length));
                    paths.Add(path);
                    if (paths.Count > cap)
                    {
                        paths.RemoveAt(cap);
                        return new PathSearch(paths, length, true, null);
                    }
                }
            }
        }

        return new PathSearch(paths, length, false, null);
    }

    /// <summary>Up to <paramref name="limit"/> chains from <paramref name="start"/> down to the side's root, each step one level closer.</summary>
    private List<int[]> Chains(Side side, Dictionary<int, int[]> memo, int start, int generation, PartialDate? asOf, int limit)
    {
        var chains = new List<int[]>();
        var chain = new int[side.Dist[start] + 1];
        void Walk(int node, int position)
        {
            chain[position] = node;
            if (side.Dist[node] == 0)
            {
                chains.Add((int[])chain.Clone());
                return;
            }

            foreach (var previous in Predecessors(side, memo, node, generation, asOf))
            {
                if (chains.Count >= limit)
                {
                    return;
                }

                Walk(previous, position + 1);
            }
        }

        Walk(start, 0);
        return chains;
    }

    private int[] Predecessors(Side side, Dictionary<int, int[]> memo, int node, int generation, PartialDate? asOf)
    {
        if (memo.TryGetValue(node, out var known))
        {
            return known;
        }

        var wanted = side.Dist[node] - 1;
        var found = new SortedSet<int>();
        var neighbours = index.Neighbours(node);
        var edges = index.NeighbourEdges(node);
        for (var i = 0; i < neighbours.Length; i++)
        {
            var n = neighbours[i];
            if (side.Seen[n] == generation && side.Dist[n] == wanted && (asOf is not { } date || index.Existed(edges[i], date)))
            {
                found.Add(n);
            }
        }

        return memo[node] = [.. found];
    }

    private sealed class Side(int[] seen, int[] dist, int[] parent, List<int> frontier)
    {
        public int[] Seen { get; } = seen;

        public int[] Dist { get; } = dist;

        public int[] Parent { get; } = parent;

        public List<int> Frontier { get; } = frontier;

        public long FrontierDegree { get; set; }

        public int Depth { get; set; }

        public void Visit(int node, int dist, int parent, int generation)
        {
            Seen[node] = generation;
            Dist[node] = dist;
            Parent[node] = parent;
        }
    }
}
