using GraphExplorer.Cypher.Syntax;

namespace GraphExplorer.Cypher.Execution;

internal sealed partial class Executor
{
    private IEnumerable<Row> Create(CreateClause c, IEnumerable<Row> rows)
    {
        foreach (var row in rows)
        {
            var current = new Row(row);
            foreach (var part in c.Patterns)
            {
                CreatePart(part, current);
            }

            yield return current;
        }
    }

    private void CreatePart(PatternPart part, Row row, bool merging = false)
    {
        var nodes = new List<long> { CreateNode(part.Start, row) };
        var rels = new List<long>();
        foreach (var (rel, nodePattern) in part.Chain)
        {
            var node = CreateNode(nodePattern, row);
            if (rel.Types.Count != 1)
            {
                throw new CypherSemanticException("SyntaxError", "A single relationship type must be specified for CREATE") { Detail = "NoSingleRelationshipType" };
            }

            if (rel.Direction == Direction.Both && !merging)
            {
                throw new CypherSemanticException("SyntaxError", "Only directed relationships are supported in CREATE") { Detail = "RequiresDirectedRelationship" };
            }

            if (rel.Var is not null && row.ContainsKey(rel.Var))
            {
                throw new CypherSemanticException("SyntaxError", $"Can't create relationship `{rel.Var}` that is already declared") { Detail = "VariableAlreadyBound" };
            }

            var previous = nodes[^1];
            // MERGE creates an undirected relationship pointing left to right, as Neo4j does.
            var (start, end) = rel.Direction != Direction.Left ? (previous, node) : (node, previous);
            var id = Graph.CreateRelationship(rel.Types[0], start, end, PropertyMap(rel.Properties, row));
            if (rel.Var is not null)
            {
                row[rel.Var] = new RelRef(id);
            }

            nodes.Add(node);
            rels.Add(id);
        }

        if (part.PathVar is not null)
        {
            row[part.PathVar] = new PathValue(nodes, rels);
        }
    }

    private long CreateNode(NodePattern np, Row row)
    {
        if (np.Var is not null && row.TryGetValue(np.Var, out var existing))
        {
            if (np.Labels.Count > 0 || np.Properties is not null)
            {
                throw new CypherSemanticException("SyntaxError", $"Can't create node `{np.Var}` with labels or properties here. The variable is already declared in this context") { Detail = "VariableAlreadyBound" };
            }

            return existing is NodeRef n ? n.Id : throw new CypherRuntimeException("SemanticError", $"Expected {np.Var} to be a node");
        }

        var id = Graph.CreateNode(np.Labels, PropertyMap(np.Properties, row));
        if (np.Var is not null)
        {
            row[np.Var] = new NodeRef(id);
        }

        return id;
    }

    private Dictionary<string, object?> PropertyMap(Expr? properties, Row row)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (properties is null)
        {
            return result;
        }

        var value = Evaluator.Eval(properties, row);
        if (value is IReadOnlyDictionary<string, object?> map)
        {
            foreach (var (k, v) in map)
            {
                result[k] = CheckPropertyValue(v);
            }
        }

        return result;
    }

    private static object? CheckPropertyValue(object? value)
    {
        switch (value)
        {
            case null or bool or long or double or string:
                return value;
            case IReadOnlyList<object?> list:
                if (list.Any(v => v is IReadOnlyList<object?> or IReadOnlyDictionary<string, object?> or NodeRef or RelRef or PathValue))
                {
                    throw Evaluator.TypeError("Property values can only be of primitive types or arrays thereof", "InvalidPropertyType");
                }

                return list.ToList();
            default:
                if (Temporal.IsTemporal(value))
                {
                    return value;
                }

                throw Evaluator.TypeError("Property values can only be of primitive types or arrays thereof", "InvalidPropertyType");
        }
    }

    private IEnumerable<Row> Merge(MergeClause m, IEnumerable<Row> rows)
    {
        foreach (var row in rows)
        {
            foreach (var (what, properties) in m.Pattern.Nodes.Select(n => ("node", n.Properties)).Concat(m.Pattern.Chain.Select(c => ("relationship", c.Rel.Properties))))
            {
                if (properties is not null && Evaluator.Eval(properties, row) is IReadOnlyDictionary<string, object?> props && props.Values.Any(v => v is null))
                {
                    throw new CypherRuntimeException("SemanticError", $"Cannot merge the following {what} because of null property value") { Detail = "MergeReadOwnWrites" };
                }
            }

            var matches = Matcher.MatchPattern([m.Pattern], row, null).ToList();
            if (matches.Count > 0)
            {
                foreach (var match in matches)
                {
                    ApplySet(m.OnMatch, match);
                    yield return match;
                }

                continue;
            }

            var created = new Row(row);
            CreatePart(m.Pattern, created, merging: true);
            ApplySet(m.OnCreate, created);
            yield return created;
        }
    }

    private IEnumerable<Row> Set(IReadOnlyList<SetItem> items, IEnumerable<Row> rows)
    {
        foreach (var row in rows)
        {
            ApplySet(items, row);
            yield return row;
        }
    }

    private void ApplySet(IReadOnlyList<SetItem> items, Row row)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case SetProperty sp:
                    {
                        var target = Evaluator.Eval(sp.Target.Target, row);
                        var value = CheckPropertyValue(sp.Value is null ? null : Evaluator.Eval(sp.Value, row));
                        SetProp(target, sp.Target.Key, value);
                        break;
                    }

                case SetAllProperties sa:
                    {
                        var target = row.GetValueOrDefault(sa.Var);
                        if (target is null)
                        {
                            break;
                        }

                        var value = Evaluator.Eval(sa.Value, row);
                        IReadOnlyDictionary<string, object?> map = value switch
                        {
                            null => new Dictionary<string, object?>(),
                            NodeRef or RelRef => new Dictionary<string, object?>(Evaluator.PropertiesOf(value)),
                            IReadOnlyDictionary<string, object?> d => d,
                            _ => throw Evaluator.TypeError($"Type mismatch: expected a map but was {Values.TypeName(value)}"),
                        };
                        if (!sa.Merge)
                        {
                            foreach (var key in Evaluator.PropertiesOf(target).Keys.ToList())
                            {
                                if (!map.ContainsKey(key))
                                {
                                    SetProp(target, key, null);
                                }
                            }
                        }

                        foreach (var (k, v) in map)
                        {
                            SetProp(target, k, CheckPropertyValue(v));
                        }

                        break;
                    }

                case SetLabels sl:
                    {
                        var target = row.GetValueOrDefault(sl.Var);
                        if (target is NodeRef n)
                        {
                            foreach (var label in sl.Labels)
                            {
                                Graph.AddLabel(n.Id, label);
                            }
                        }

                        break;
                    }
            }
        }
    }

    private void SetProp(object? target, string key, object? value)
    {
        switch (target)
        {
            case null:
                return;
            case NodeRef n:
                Graph.SetNodeProperty(n.Id, key, value);
                return;
            case RelRef r:
                Graph.SetRelationshipProperty(r.Id, key, value);
                return;
            default:
                throw Evaluator.TypeError($"Type mismatch: expected Node or Relationship but was {Values.TypeName(target)}");
        }
    }

    private IEnumerable<Row> Remove(IReadOnlyList<SetItem> items, IEnumerable<Row> rows)
    {
        foreach (var row in rows)
        {
            foreach (var item in items)
            {
                switch (item)
                {
                    case SetProperty sp:
                        SetProp(Evaluator.Eval(sp.Target.Target, row), sp.Target.Key, null);
                        break;
                    case SetLabels sl:
                        if (row.GetValueOrDefault(sl.Var) is NodeRef n)
                        {
                            foreach (var label in sl.Labels)
                            {
                                Graph.RemoveLabel(n.Id, label);
                            }
                        }

                        break;
                }
            }

            yield return row;
        }
    }

    private IEnumerable<Row> Delete(DeleteClause d, IEnumerable<Row> rows)
    {
        var list = rows.ToList();
        var nodes = new List<long>();
        var rels = new List<long>();
        foreach (var row in list)
        {
            foreach (var target in d.Targets)
            {
                Collect(Evaluator.Eval(target, row));
            }
        }

        void Collect(object? value)
        {
            switch (value)
            {
                case null:
                    break;
                case NodeRef n:
                    nodes.Add(n.Id);
                    break;
                case RelRef r:
                    rels.Add(r.Id);
                    break;
                case PathValue p:
                    nodes.AddRange(p.Nodes);
                    rels.AddRange(p.Rels);
                    break;
                case IReadOnlyList<object?> l:
                    foreach (var v in l)
                    {
                        Collect(v);
                    }

                    break;
                default:
                    throw Evaluator.TypeError($"Type mismatch: expected Node, Relationship or Path but was {Values.TypeName(value)}");
            }
        }

        foreach (var rel in rels.Distinct())
        {
            if (Graph.RelationshipExists(rel))
            {
                Graph.DeleteRelationship(rel);
            }
        }

        foreach (var node in nodes.Distinct())
        {
            if (!Graph.NodeExists(node))
            {
                continue;
            }

            if (!d.Detach && Graph.RelationshipsOf(node, CypherDirection.Both).Any())
            {
                throw new CypherRuntimeException("ConstraintVerificationFailed", $"Cannot delete node<{node}>, because it still has relationships. To delete this node, you must first delete its relationships.") { Detail = "DeleteConnectedNode" };
            }

            Graph.DeleteNode(node);
        }

        return list;
    }
}
