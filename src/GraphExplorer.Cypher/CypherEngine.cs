using System.Text.Json;
using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Syntax;

namespace GraphExplorer.Cypher;

/// <summary>Parses, checks and runs openCypher queries against an <see cref="ICypherGraph"/>.</summary>
public sealed class CypherEngine
{
    private readonly ICypherGraph _graph;
    private readonly Lock _registering = new();

    // Replaced whole on each registration, so a query running meanwhile keeps the set it started with.
    private Dictionary<string, CypherProcedure> _procedures = new(StringComparer.Ordinal);

    public CypherEngine(ICypherGraph graph) => _graph = graph ?? throw new ArgumentNullException(nameof(graph));

    /// <summary>Makes <paramref name="procedure"/> callable with <c>CALL</c>; a name registered twice is an <see cref="ArgumentException"/>.</summary>
    public void Register(CypherProcedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        lock (_registering)
        {
            if (_procedures.ContainsKey(procedure.Name))
            {
                throw new ArgumentException($"A procedure named '{procedure.Name}' is already registered", nameof(procedure));
            }

            _procedures = new Dictionary<string, CypherProcedure>(_procedures, StringComparer.Ordinal) { [procedure.Name] = procedure };
        }
    }

    /// <summary>
    /// Parses, checks and runs <paramref name="query"/>; rows are materialised up to <see cref="CypherRunOptions.MaxRows"/>
    /// (<see cref="CypherResult.Truncated"/> says whether more existed).
    /// </summary>
    public CypherResult Run(string query, IReadOnlyDictionary<string, object?>? parameters, CypherRunOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        cancellationToken.ThrowIfCancellationRequested();
        Query parsed;
        bool updating;
        var procedures = _procedures;
        try
        {
            parsed = Parser.Parse(query);
            SemanticChecker.Check(parsed, procedures, parameters?.Keys.ToHashSet(StringComparer.Ordinal) ?? []);
            updating = Executor.IsUpdating(parsed);
            if (updating && options.ReadOnly)
            {
                throw new CypherWriteRefusedException("Writing in read access mode not allowed. Attempted write operation in this query.");
            }
        }
        catch (CypherException e)
        {
            // Nothing has run yet: whatever failed here failed before execution started.
            e.Phase = CypherErrorPhase.CompileTime;
            throw;
        }

        var normalised = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in parameters ?? new Dictionary<string, object?>())
        {
            normalised[key] = ValueConversion.FromClient(value);
        }

        return _graph.Read(access =>
        {
            if (updating && !access.CanWrite)
            {
                throw new CypherWriteRefusedException("Writing in read access mode not allowed: this graph is read-only.");
            }

            var executor = new Executor(access, normalised, cancellationToken) { ProcedureRegistry = procedures };
            var (columns, rows) = executor.Run(parsed);
            var result = new List<IReadOnlyList<object?>>();
            var truncated = false;
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (result.Count >= options.MaxRows)
                {
                    truncated = true;
                    break;
                }

                var values = new List<object?>(columns.Count);
                foreach (var column in columns)
                {
                    values.Add(ValueConversion.ToClient(row.GetValueOrDefault(column), access));
                }

                result.Add(values);
            }

            return new CypherResult(columns, result, truncated);
        });
    }
}

/// <summary>Values between the engine's inner form and what callers pass and receive.</summary>
internal static class ValueConversion
{
    public static object? FromClient(object? value) => value switch
    {
        null => null,
        bool or long or double or string => value,
        int i => (long)i,
        short s => (long)s,
        byte b => (long)b,
        uint u => (long)u,
        float f => (double)f,
        decimal d => (double)d,
        JsonElement e => FromJson(e),
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => FromClient(p.Value), StringComparer.Ordinal),
        System.Collections.IDictionary map => map.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => FromClient(map[k]), StringComparer.Ordinal),
        System.Collections.IEnumerable list => list.Cast<object?>().Select(FromClient).ToList(),
        _ => value,
    };

    private static object? FromJson(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out var l) ? l : e.GetDouble(),
        JsonValueKind.Array => e.EnumerateArray().Select(FromJson).ToList(),
        _ => e.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value), StringComparer.Ordinal),
    };

    public static object? ToClient(object? value, ICypherGraphAccess graph) => value switch
    {
        NodeRef n => Node(n.Id, graph),
        RelRef r => Relationship(r.Id, graph),
        PathValue p => new CypherPath(p.Nodes.Select(n => Node(n, graph)).ToList(), p.Rels.Select(r => Relationship(r, graph)).ToList()),
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => ToClient(p.Value, graph), StringComparer.Ordinal),
        IReadOnlyList<object?> list => list.Select(v => ToClient(v, graph)).ToList(),
        _ => value,
    };

    private static CypherNode Node(long id, ICypherGraphAccess graph) => graph.NodeExists(id)
        ? new CypherNode(graph.NodeElementId(id), graph.NodeLabels(id).ToList(), Copy(graph.NodeProperties(id)))
        : new CypherNode(graph.NodeElementId(id), [], new Dictionary<string, object?>());

    private static CypherRelationship Relationship(long id, ICypherGraphAccess graph) => graph.RelationshipExists(id)
        ? new CypherRelationship(graph.RelationshipElementId(id), graph.TypeOf(id), graph.NodeElementId(graph.StartOf(id)), graph.NodeElementId(graph.EndOf(id)), Copy(graph.RelationshipProperties(id)))
        : new CypherRelationship(graph.RelationshipElementId(id), string.Empty, string.Empty, string.Empty, new Dictionary<string, object?>());

    private static Dictionary<string, object?> Copy(IReadOnlyDictionary<string, object?> properties) =>
        properties.ToDictionary(p => p.Key, p => p.Value is IReadOnlyList<object?> l ? l.ToList() : p.Value, StringComparer.Ordinal);
}
