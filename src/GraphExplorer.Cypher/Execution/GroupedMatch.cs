using GraphExplorer.Cypher.Syntax;

namespace GraphExplorer.Cypher.Execution;

/// <summary>
/// A MATCH of one single-hop pattern followed by an aggregating WITH or RETURN, run as one operator. A match is three
/// numbers (start node, relationship, end node) in slots; grouping keys and aggregate arguments that are the pattern's
/// variables, their properties, literals or parameters are read from the slots, and a row is built only for what needs
/// one (a WHERE, any other expression, and a row per group when the projection reads more than keys and aggregates).
/// Matches are found in the same order as the matcher finds them, so the groups come out in the same order too.
/// </summary>
internal sealed partial class Executor
{
    private bool TryGroupedMatch(Clause clause, Clause next, IEnumerable<Row> rows, List<string> scope, List<string> columns, out IEnumerable<Row> result)
    {
        result = [];
        if (clause is not MatchClause { Optional: false, Patterns: [{ Kind: PathKind.Normal, PathVar: null, Chain: [var (rel, end)] } part] } match
            || rel.VarLength)
        {
            return false;
        }

        var projection = next switch
        {
            ReturnClause r => r.Projection,
            WithClause w => w.Projection,
            _ => null,
        };
        if (projection is null || !projection.Items.Any(i => Aggregates.Contains(i.Expr)))
        {
            return false;
        }

        string?[] slots = [part.Start.Var, rel.Var, end.Var];
        var vars = slots.OfType<string>().ToList();
        if (vars.Distinct(StringComparer.Ordinal).Count() != vars.Count || vars.Any(scope.Contains))
        {
            return false;
        }

        // Property maps that read the pattern's own variables depend on the order the matcher binds them in.
        if (new[] { part.Start.Properties, rel.Properties, end.Properties }.Any(p => p is not null && Aggregates.Free(p).Any(vars.Contains)))
        {
            return false;
        }

        scope.AddRange(vars);
        var (projected, names) = Project(projection, rows, scope, (next as WithClause)?.Where, plan => GroupMatches(match, part, slots, plan, rows));
        if (next is WithClause)
        {
            scope.Clear();
            scope.AddRange(names);
        }
        else
        {
            columns.AddRange(names);
        }

        result = projected;
        return true;
    }

    private GroupTable GroupMatches(MatchClause match, PatternPart part, string?[] vars, GroupPlan plan, IEnumerable<Row> rows)
    {
        var keyReaders = plan.KeyItems.Select(i => SlotReader(i.Expr, vars)).ToArray();
        var argReaders = plan.Calls.Select(c => c.Star || c.Args.Count != 1 ? null : SlotReader(c.Args[0], vars)).ToArray();
        var needsBinding = match.Where is not null || keyReaders.Any(r => r is null) || plan.Calls.Where((c, i) => !c.Star && argReaders[i] is null).Any();
        var groups = new GroupTable(plan);
        var key = new object?[keyReaders.Length];
        var slots = new long[3];
        var buffer = new List<long>();
        var visited = 0;
        foreach (var input in rows)
        {
            Token.ThrowIfCancellationRequested();
            var binding = new Row(input);
            var (anchored, reversed, candidates) = Matcher.Plan(part, binding, match.Where);
            var (rp, np) = anchored.Chain[0];
            var direction = Matcher.DirectionOf(rp);
            foreach (var node in candidates)
            {
                if (!Matcher.NodeMatches(anchored.Start, node, binding))
                {
                    continue;
                }

                buffer.Clear();
                Graph.RelationshipsOf(node, direction, buffer);
                foreach (var rel in buffer)
                {
                    if ((++visited & 4095) == 0)
                    {
                        Token.ThrowIfCancellationRequested();
                    }

                    if (!Matcher.RelMatches(rp, rel, binding))
                    {
                        continue;
                    }

                    var other = Matcher.OtherEnd(rel, node);
                    if (!Matcher.NodeMatches(np, other, binding))
                    {
                        continue;
                    }

                    slots[0] = reversed ? other : node;
                    slots[1] = rel;
                    slots[2] = reversed ? node : other;
                    if (needsBinding)
                    {
                        Bind(binding, vars, slots);
                    }

                    if (match.Where is not null && Evaluator.AsBool(Evaluator.Eval(match.Where, binding)) != true)
                    {
                        continue;
                    }

                    for (var i = 0; i < key.Length; i++)
                    {
                        key[i] = keyReaders[i] is { } read ? read(slots) : Evaluator.Eval(plan.KeyItems[i].Expr, binding);
                    }

                    if (!groups.TryFind(key, out var group))
                    {
                        group = groups.Insert(key, plan.NeedsRow ? Bind(new Row(input), vars, slots) : null);
                    }

                    for (var i = 0; i < plan.Calls.Count; i++)
                    {
                        var call = plan.Calls[i];
                        var value = call.Star ? null : argReaders[i] is { } read ? read(slots) : Evaluator.Eval(call.Args[0], binding);
                        groups.Add(group, i, value, this, binding);
                    }
                }
            }
        }

        return groups;
    }

    private static Row Bind(Row row, string?[] vars, long[] slots)
    {
        if (vars[0] is { } start)
        {
            row[start] = new NodeRef(slots[0]);
        }

        if (vars[1] is { } rel)
        {
            row[rel] = new RelRef(slots[1]);
        }

        if (vars[2] is { } end)
        {
            row[end] = new NodeRef(slots[2]);
        }

        return row;
    }

    /// <summary>Reads <paramref name="expr"/> straight from a match's slots, or null when it needs a row.</summary>
    private Func<long[], object?>? SlotReader(Expr expr, string?[] vars)
    {
        switch (expr)
        {
            case Literal literal:
                return _ => literal.Value;
            case Parameter parameter when Parameters.TryGetValue(parameter.Name, out var value):
                return _ => value;
            case Variable variable when Array.IndexOf(vars, variable.Name) is var slot and >= 0:
                return slot == 1 ? s => new RelRef(s[1]) : s => new NodeRef(s[slot]);
            case Property { Target: Variable variable } property when Array.IndexOf(vars, variable.Name) is var slot and >= 0:
                {
                    var graph = Graph;
                    var name = property.Key;
                    return slot == 1 ? s => graph.RelationshipProperty(s[1], name) : s => graph.NodeProperty(s[slot], name);
                }

            default:
                return null;
        }
    }
}
