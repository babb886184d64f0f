using GraphExplorer.Cypher.Syntax;

namespace GraphExplorer.Cypher.Execution;

/// <summary>
/// Finds the bindings of patterns. Each pattern part starts from its cheapest node (a bound variable, then an index
/// seek on a label and property, then a label scan, then every node) and expands from there; relationships are never
/// used twice within one MATCH.
/// </summary>
internal sealed class Matcher(Executor executor)
{
    private readonly Dictionary<PatternPart, PatternPart> _reversed = new(ReferenceEqualityComparer.Instance);

    private ICypherGraphAccess Graph => executor.Graph;

    private Evaluator Eval => executor.Evaluator;

    public IEnumerable<Row> MatchPattern(IReadOnlyList<PatternPart> parts, Row row, Expr? where)
    {
        var binding = new Row(row);
        var used = new HashSet<long>();
        var hints = where is null ? null : SeekHints(where);
        foreach (var _ in MatchParts(parts, 0, binding, used, hints))
        {
            executor.Token.ThrowIfCancellationRequested();
            if (where is null || Evaluator.AsBool(Eval.Eval(where, binding)) == true)
            {
                yield return new Row(binding);
            }
        }
    }

    private IEnumerable<bool> MatchParts(IReadOnlyList<PatternPart> parts, int index, Row binding, HashSet<long> used, Dictionary<string, List<(string Key, Expr Value)>>? hints)
    {
        if (index == parts.Count)
        {
            yield return true;
            yield break;
        }

        foreach (var _ in MatchPart(parts[index], binding, used, hints))
        {
            foreach (var __ in MatchParts(parts, index + 1, binding, used, hints))
            {
                yield return true;
            }
        }
    }

    /// <summary>Equality conjuncts <c>v.key = literal-or-parameter</c> of a WHERE, usable to seek the start node.</summary>
    private static Dictionary<string, List<(string, Expr)>> SeekHints(Expr where)
    {
        var hints = new Dictionary<string, List<(string, Expr)>>(StringComparer.Ordinal);
        void Walk(Expr e)
        {
            if (e is Binary { Op: "AND" } and)
            {
                Walk(and.Left);
                Walk(and.Right);
            }
            else if (e is Binary { Op: "=" } eq)
            {
                if (eq.Left is Property { Target: Variable v } p && eq.Right is Literal or Parameter)
                {
                    Add(v.Name, p.Key, eq.Right);
                }
                else if (eq.Right is Property { Target: Variable v2 } p2 && eq.Left is Literal or Parameter)
                {
                    Add(v2.Name, p2.Key, eq.Left);
                }
            }
        }

        void Add(string variable, string key, Expr value)
        {
            if (!hints.TryGetValue(variable, out var list))
            {
                hints[variable] = list = [];
            }

            list.Add((key, value));
        }

        Walk(where);
        return hints;
    }

    private IEnumerable<bool> MatchPart(PatternPart part, Row binding, HashSet<long> used, Dictionary<string, List<(string Key, Expr Value)>>? hints)
    {
        if (part.Kind != PathKind.Normal)
        {
            return MatchShortest(part, binding, used);
        }

        var (anchored, reversed, candidates) = Plan(part, binding, hints);
        return MatchFromStart(anchored, reversed, candidates, binding, used);
    }

    /// <summary>The node a part is matched from (its first after reversing when that is its last) and that node's candidates.</summary>
    public (PatternPart Part, bool Reversed, IEnumerable<long> Candidates) Plan(PatternPart part, Row binding, Expr? where) =>
        Plan(part, binding, where is null ? null : SeekHints(where));

    private (PatternPart Part, bool Reversed, IEnumerable<long> Candidates) Plan(PatternPart part, Row binding, Dictionary<string, List<(string Key, Expr Value)>>? hints)
    {
        var nodes = part.Nodes.ToList();
        var anchor = ChooseAnchor(nodes, binding, hints, out var candidates);
        var reversed = false;
        if (anchor != 0)
        {
            if (anchor == nodes.Count - 1)
            {
                part = Reverse(part);
                reversed = true;
            }
            else
            {
                candidates = null;
            }
        }

        candidates ??= Candidates(part.Start, binding, hints);
        return (part, reversed, candidates);
    }

    private IEnumerable<bool> MatchFromStart(PatternPart part, bool reversed, IEnumerable<long> candidates, Row binding, HashSet<long> used)
    {
        var pathNodes = new List<long>();
        var pathRels = new List<long>();
        foreach (var candidate in candidates)
        {
            executor.Token.ThrowIfCancellationRequested();
            if (!TryBindNode(part.Start, candidate, binding, out var bound))
            {
                continue;
            }

            pathNodes.Add(candidate);
            foreach (var _ in Expand(part, 0, candidate, binding, used, pathNodes, pathRels, reversed))
            {
                yield return true;
            }

            pathNodes.RemoveAt(pathNodes.Count - 1);
            if (bound)
            {
                binding.Remove(part.Start.Var!);
            }
        }
    }

    private int ChooseAnchor(List<NodePattern> nodes, Row binding, Dictionary<string, List<(string Key, Expr Value)>>? hints, out IEnumerable<long>? candidates)
    {
        candidates = null;
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Var is { } v && binding.ContainsKey(v))
            {
                return i;
            }
        }

        for (var i = 0; i < nodes.Count; i++)
        {
            if ((i == 0 || i == nodes.Count - 1) && Seek(nodes[i], binding, hints) is { } seek)
            {
                candidates = seek;
                return i;
            }
        }

        if (nodes[0].Labels.Count == 0)
        {
            for (var i = nodes.Count - 1; i > 0; i--)
            {
                if (nodes[i].Labels.Count > 0 && i == nodes.Count - 1)
                {
                    return i;
                }
            }
        }

        return 0;
    }

    private IEnumerable<long>? Seek(NodePattern node, Row binding, Dictionary<string, List<(string Key, Expr Value)>>? hints)
    {
        if (node.Labels.Count == 0)
        {
            return null;
        }

        var pairs = new List<(string, Expr)>();
        if (node.Properties is MapLiteral map)
        {
            pairs.AddRange(map.Entries.Select(e => (e.Key, e.Value)));
        }

        if (node.Var is { } v && hints is not null && hints.TryGetValue(v, out var extra))
        {
            pairs.AddRange(extra);
        }

        foreach (var (key, expr) in pairs)
        {
            if (expr is not (Literal or Parameter or Variable or Property))
            {
                continue;
            }

            object? value;
            try
            {
                value = Eval.Eval(expr, binding);
            }
            catch (CypherException)
            {
                continue;
            }

            if (value is null)
            {
                return [];
            }

            foreach (var label in node.Labels)
            {
                if (Graph.SeekNodes(label, key, value) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private IEnumerable<long> Candidates(NodePattern node, Row binding, Dictionary<string, List<(string Key, Expr Value)>>? hints)
    {
        if (node.Var is { } v && binding.TryGetValue(v, out var value))
        {
            return value is NodeRef n ? [n.Id] : [];
        }

        if (Seek(node, binding, hints) is { } seek)
        {
            return seek;
        }

        return node.Labels.Count > 0 ? Graph.NodesWithLabel(node.Labels[0]) : Graph.AllNodes();
    }

    private PatternPart Reverse(PatternPart part)
    {
        if (_reversed.TryGetValue(part, out var reversed))
        {
            return reversed;
        }

        var nodes = part.Nodes.ToList();
        var chain = new List<(RelPattern, NodePattern)>();
        for (var i = part.Chain.Count - 1; i >= 0; i--)
        {
            var rel = part.Chain[i].Rel;
            var flipped = rel with { Direction = rel.Direction == Direction.Right ? Direction.Left : rel.Direction == Direction.Left ? Direction.Right : Direction.Both };
            chain.Add((flipped, nodes[i]));
        }

        reversed = new PatternPart(part.PathVar, part.Kind, nodes[^1], chain, part.Offset);
        _reversed[part] = reversed;
        return reversed;
    }

    private bool TryBindNode(NodePattern np, long node, Row binding, out bool bound)
    {
        bound = false;
        if (np.Var is { } v && binding.TryGetValue(v, out var existing))
        {
            if (existing is not NodeRef n || n.Id != node)
            {
                return false;
            }

            return NodeMatches(np, node, binding);
        }

        if (!NodeMatches(np, node, binding))
        {
            return false;
        }

        if (np.Var is not null)
        {
            binding[np.Var] = new NodeRef(node);
            bound = true;
        }

        return true;
    }

    public bool NodeMatches(NodePattern np, long node, Row binding)
    {
        // An index loop: enumerating the list through its interface would allocate for every node tried.
        for (var i = 0; i < np.Labels.Count; i++)
        {
            if (!Graph.HasLabel(node, np.Labels[i]))
            {
                return false;
            }
        }

        return np.Properties is null || NodePropertiesMatch(np.Properties, node, binding);
    }

    // Apart from the callers, so that the lambda's closure is allocated only when there are properties to compare.
    private bool NodePropertiesMatch(Expr properties, long node, Row binding) => PropertiesMatch(properties, binding, key => Graph.NodeProperty(node, key));

    private bool RelPropertiesMatch(Expr properties, long rel, Row binding) => PropertiesMatch(properties, binding, key => Graph.RelationshipProperty(rel, key));

    private bool PropertiesMatch(Expr properties, Row binding, Func<string, object?> get)
    {
        var map = Eval.Eval(properties, binding);
        if (map is null)
        {
            return true;
        }

        if (map is not IReadOnlyDictionary<string, object?> m)
        {
            throw Evaluator.TypeError("Type mismatch: expected a map of properties");
        }

        foreach (var (key, value) in m)
        {
            if (Values.Equal(get(key), value) != true)
            {
                return false;
            }
        }

        return true;
    }

    public bool RelMatches(RelPattern rp, long rel, Row binding)
    {
        if (rp.Types.Count > 0 && !rp.Types.Contains(Graph.TypeOf(rel)))
        {
            return false;
        }

        return rp.Properties is null || RelPropertiesMatch(rp.Properties, rel, binding);
    }

    public static CypherDirection DirectionOf(RelPattern rp) => rp.Direction switch
    {
        Direction.Right => CypherDirection.Outgoing,
        Direction.Left => CypherDirection.Incoming,
        _ => CypherDirection.Both,
    };

    /// <summary>The node across <paramref name="rel"/> from <paramref name="node"/>.</summary>
    public long OtherEnd(long rel, long node)
    {
        var start = Graph.StartOf(rel);
        return start == node ? Graph.EndOf(rel) : start;
    }

    // Buffers for the relationships of the nodes being expanded, one per level of the search in progress, reused
    // across nodes so that expanding a node allocates nothing.
    private readonly Stack<List<long>> _buffers = new();

    private List<long> Rent() => _buffers.TryPop(out var buffer) ? buffer : new List<long>(16);

    private void Return(List<long> buffer)
    {
        buffer.Clear();
        _buffers.Push(buffer);
    }

    private IEnumerable<(long Rel, long Other)> Steps(RelPattern rp, long node)
    {
        var buffer = Rent();
        Graph.RelationshipsOf(node, DirectionOf(rp), buffer);
        try
        {
            foreach (var rel in buffer)
            {
                yield return (rel, OtherEnd(rel, node));
            }
        }
        finally
        {
            Return(buffer);
        }
    }

    private IEnumerable<bool> Expand(PatternPart part, int index, long current, Row binding, HashSet<long> used, List<long> pathNodes, List<long> pathRels, bool reversed)
    {
        if (index == part.Chain.Count)
        {
            if (part.PathVar is not null)
            {
                binding[part.PathVar] = reversed
                    ? new PathValue(Enumerable.Reverse(pathNodes).ToList(), Enumerable.Reverse(pathRels).ToList())
                    : new PathValue(pathNodes.ToList(), pathRels.ToList());
                yield return true;
                binding.Remove(part.PathVar);
            }
            else
            {
                yield return true;
            }

            yield break;
        }

        var (rp, np) = part.Chain[index];
        if (!rp.VarLength)
        {
            object? boundRel = null;
            var relBound = rp.Var is not null && binding.TryGetValue(rp.Var, out boundRel);
            if (relBound && boundRel is not RelRef)
            {
                yield break;
            }

            foreach (var (rel, other) in Graph.CanWrite ? Steps(rp, current).ToList() : Steps(rp, current))
            {
                if (used.Contains(rel) || (relBound && ((RelRef)boundRel!).Id != rel) || !RelMatches(rp, rel, binding))
                {
                    continue;
                }

                if (!TryBindNode(np, other, binding, out var nodeBound))
                {
                    continue;
                }

                used.Add(rel);
                if (rp.Var is not null && !relBound)
                {
                    binding[rp.Var] = new RelRef(rel);
                }

                pathNodes.Add(other);
                pathRels.Add(rel);
                foreach (var _ in Expand(part, index + 1, other, binding, used, pathNodes, pathRels, reversed))
                {
                    yield return true;
                }

                pathNodes.RemoveAt(pathNodes.Count - 1);
                pathRels.RemoveAt(pathRels.Count - 1);
                if (rp.Var is not null && !relBound)
                {
                    binding.Remove(rp.Var);
                }

                used.Remove(rel);
                if (nodeBound)
                {
                    binding.Remove(np.Var!);
                }
            }

            yield break;
        }

        var min = rp.MinHops ?? 1;
        var max = rp.MaxHops ?? int.MaxValue;
        IReadOnlyList<object?>? boundList = null;
        if (rp.Var is not null && binding.TryGetValue(rp.Var, out var bl))
        {
            boundList = bl as IReadOnlyList<object?>;
            if (boundList is null)
            {
                yield break;
            }
        }

        var segment = new List<long>();
        foreach (var _ in VarExpand(part, index, rp, np, current, 0, min, max, segment, binding, used, pathNodes, pathRels, reversed, boundList))
        {
            yield return true;
        }
    }

    private IEnumerable<bool> VarExpand(PatternPart part, int index, RelPattern rp, NodePattern np, long current, int depth, int min, int max, List<long> segment, Row binding, HashSet<long> used, List<long> pathNodes, List<long> pathRels, bool reversed, IReadOnlyList<object?>? boundList)
    {
        executor.Token.ThrowIfCancellationRequested();
        if (depth >= min && (boundList is null || boundList.Count == depth))
        {
            if (TryBindNode(np, current, binding, out var nodeBound))
            {
                if (rp.Var is not null && boundList is null)
                {
                    var rels = segment.Select(r => (object?)new RelRef(r)).ToList();
                    if (reversed)
                    {
                        rels.Reverse();
                    }

                    binding[rp.Var] = rels;
                }

                foreach (var _ in Expand(part, index + 1, current, binding, used, pathNodes, pathRels, reversed))
                {
                    yield return true;
                }

                if (rp.Var is not null && boundList is null)
                {
                    binding.Remove(rp.Var);
                }

                if (nodeBound)
                {
                    binding.Remove(np.Var!);
                }
            }
        }

        if (depth >= max)
        {
            yield break;
        }

        foreach (var (rel, other) in Graph.CanWrite ? Steps(rp, current).ToList() : Steps(rp, current))
        {
            if (used.Contains(rel) || !RelMatches(rp, rel, binding))
            {
                continue;
            }

            if (boundList is not null && (depth >= boundList.Count || boundList[reversed ? boundList.Count - 1 - depth : depth] is not RelRef br || br.Id != rel))
            {
                continue;
            }

            used.Add(rel);
            segment.Add(rel);
            pathNodes.Add(other);
            pathRels.Add(rel);
            foreach (var _ in VarExpand(part, index, rp, np, other, depth + 1, min, max, segment, binding, used, pathNodes, pathRels, reversed, boundList))
            {
                yield return true;
            }

            pathNodes.RemoveAt(pathNodes.Count - 1);
            pathRels.RemoveAt(pathRels.Count - 1);
            segment.RemoveAt(segment.Count - 1);
            used.Remove(rel);
        }
    }

    private IEnumerable<bool> MatchShortest(PatternPart part, Row binding, HashSet<long> used)
    {
        if (part.Chain.Count != 1)
        {
            throw new CypherSemanticException("SyntaxError", "shortestPath(...) requires a pattern containing a single relationship");
        }

        var (rp, endPattern) = part.Chain[0];
        var starts = Candidates(part.Start, binding, null).ToList();
        foreach (var start in starts)
        {
            if (!TryBindNode(part.Start, start, binding, out var startBound))
            {
                continue;
            }

            var ends = Candidates(endPattern, binding, null).ToList();
            foreach (var end in ends)
            {
                executor.Token.ThrowIfCancellationRequested();
                if (!TryBindNode(endPattern, end, binding, out var endBound))
                {
                    continue;
                }

                foreach (var (nodes, rels) in ShortestPaths(rp, start, end, part.Kind == PathKind.AllShortest, binding))
                {
                    if (rels.Any(used.Contains))
                    {
                        continue;
                    }

                    if (rp.Var is not null)
                    {
                        binding[rp.Var] = rp.VarLength ? rels.Select(r => (object?)new RelRef(r)).ToList() : new RelRef(rels[0]);
                    }

                    if (part.PathVar is not null)
                    {
                        binding[part.PathVar] = new PathValue(nodes, rels);
                    }

                    yield return true;
                    if (rp.Var is not null)
                    {
                        binding.Remove(rp.Var);
                    }

                    if (part.PathVar is not null)
                    {
                        binding.Remove(part.PathVar);
                    }
                }

                if (endBound)
                {
                    binding.Remove(endPattern.Var!);
                }
            }

            if (startBound)
            {
                binding.Remove(part.Start.Var!);
            }
        }
    }

    /// <summary>
    /// One shortest path by breadth-first search from both ends at once, always growing the frontier with fewer
    /// relationships to follow: on a graph whose largest labs have a tenth of all people, growing by node count would
    /// step into such a lab whenever one end worked there, while growing by degree reaches the other end through the
    /// small side first. Each level reuses one buffer for a node's relationships and checks types by name only once per
    /// relationship, so a search allocates little beyond its visited sets.
    /// </summary>
    private (List<long> Nodes, List<long> Rels)? Bidirectional(RelPattern rp, long start, long end, int max, Row binding)
    {
        var forward = DirectionOf(rp);
        var backward = forward switch
        {
            CypherDirection.Outgoing => CypherDirection.Incoming,
            CypherDirection.Incoming => CypherDirection.Outgoing,
            _ => CypherDirection.Both,
        };
        var fromStart = new Dictionary<long, (long Prev, long Rel)> { [start] = (-1, -1) };
        var fromEnd = new Dictionary<long, (long Next, long Rel)> { [end] = (-1, -1) };
        var front = new List<long> { start };
        var back = new List<long> { end };
        var buffer = new List<long>();
        var depth = 0;
        while (front.Count > 0 && back.Count > 0 && depth < max)
        {
            depth++;
            var growFront = Degree(front, forward) <= Degree(back, backward);
            var frontier = growFront ? front : back;
            var seen = growFront ? fromStart : fromEnd;
            var other = growFront ? fromEnd : fromStart;
            var direction = growFront ? forward : backward;
            var next = new List<long>();
            long meet = -1;
            foreach (var node in frontier)
            {
                executor.Token.ThrowIfCancellationRequested();
                buffer.Clear();
                Graph.RelationshipsOf(node, direction, buffer);
                foreach (var rel in buffer)
                {
                    var neighbour = OtherEnd(rel, node);
                    if (seen.ContainsKey(neighbour) || !RelMatches(rp, rel, binding))
                    {
                        continue;
                    }

                    seen[neighbour] = (node, rel);
                    next.Add(neighbour);
                    if (other.ContainsKey(neighbour))
                    {
                        meet = neighbour;
                        break;
                    }
                }

                if (meet >= 0)
                {
                    break;
                }
            }

            if (meet >= 0)
            {
                var nodes = new List<long>();
                var rels = new List<long>();
                for (var n = meet; n != start; n = fromStart[n].Prev)
                {
                    nodes.Add(n);
                    rels.Add(fromStart[n].Rel);
                }

                nodes.Add(start);
                nodes.Reverse();
                rels.Reverse();
                for (var n = meet; n != end; n = fromEnd[n].Next)
                {
                    rels.Add(fromEnd[n].Rel);
                    nodes.Add(fromEnd[n].Next);
                }

                return (nodes, rels);
            }

            if (growFront)
            {
                front = next;
            }
            else
            {
                back = next;
            }
        }

        return null;
    }

    private long Degree(List<long> frontier, CypherDirection direction)
    {
        var total = 0L;
        foreach (var node in frontier)
        {
            total += Graph.DegreeOf(node, direction);
        }

        return total;
    }

    /// <summary>Breadth-first search from <paramref name="start"/> to <paramref name="end"/>; every shortest path when <paramref name="all"/>.</summary>
    public IEnumerable<(List<long> Nodes, List<long> Rels)> ShortestPaths(RelPattern rp, long start, long end, bool all, Row binding)
    {
        var min = rp.VarLength ? rp.MinHops ?? 1 : 1;
        var max = rp.VarLength ? rp.MaxHops ?? int.MaxValue : 1;
        if (start == end)
        {
            if (min == 0)
            {
                yield return ([start], []);
            }

            yield break;
        }

        if (!all)
        {
            var single = Bidirectional(rp, start, end, max, binding);
            if (single is { } found1 && found1.Rels.Count >= min)
            {
                yield return found1;
            }

            yield break;
        }

        var preds = new Dictionary<long, List<(long Prev, long Rel)>> { [start] = [] };
        var frontier = new List<long> { start };
        var depth = 0;
        var found = false;
        while (frontier.Count > 0 && depth < max && !found)
        {
            depth++;
            var layer = new Dictionary<long, List<(long, long)>>();
            foreach (var node in frontier)
            {
                executor.Token.ThrowIfCancellationRequested();
                foreach (var (rel, other) in Steps(rp, node))
                {
                    if (preds.ContainsKey(other) || !RelMatches(rp, rel, binding))
                    {
                        continue;
                    }

                    if (!layer.TryGetValue(other, out var list))
                    {
                        layer[other] = list = [];
                    }

                    list.Add((node, rel));
                    if (other == end)
                    {
                        found = true;
                    }
                }
            }

            foreach (var (node, list) in layer)
            {
                preds[node] = list;
            }

            frontier = [.. layer.Keys];
        }

        if (!found || depth < min)
        {
            yield break;
        }

        var nodesRev = new List<long> { end };
        var relsRev = new List<long>();
        foreach (var path in Unwind(end))
        {
            yield return path;
            if (!all)
            {
                yield break;
            }
        }

        IEnumerable<(List<long>, List<long>)> Unwind(long node)
        {
            if (node == start)
            {
                var n = Enumerable.Reverse(nodesRev).ToList();
                var r = Enumerable.Reverse(relsRev).ToList();
                yield return (n, r);
                yield break;
            }

            foreach (var (prev, rel) in preds[node])
            {
                nodesRev.Add(prev);
                relsRev.Add(rel);
                foreach (var p in Unwind(prev))
                {
                    yield return p;
                }

                nodesRev.RemoveAt(nodesRev.Count - 1);
                relsRev.RemoveAt(relsRev.Count - 1);
            }
        }
    }
}
