using System.Globalization;
using System.Text;
using Gherkin.Ast;

namespace GraphExplorer.Cypher.Tck;

public enum TckOutcome
{
    Passed,
    Failed,
    Skipped,
}

public sealed record TckScenarioResult(string Folder, string Feature, string Scenario, TckOutcome Outcome, string? Message);

/// <summary>Pass/fail/skip counts per feature folder and overall.</summary>
public sealed record TckReport(IReadOnlyList<TckScenarioResult> Results)
{
    public int Passed => Results.Count(r => r.Outcome == TckOutcome.Passed);

    public int Total => Results.Count;

    public string FormatTable()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| folder | passed | failed | skipped | total | pass rate |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var group in Results.GroupBy(r => r.Folder).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Row(group.Key, group.ToList());
        }

        Row("**overall**", Results);
        return sb.ToString();

        void Row(string name, IReadOnlyCollection<TckScenarioResult> rows)
        {
            var passed = rows.Count(r => r.Outcome == TckOutcome.Passed);
            var failed = rows.Count(r => r.Outcome == TckOutcome.Failed);
            var skipped = rows.Count(r => r.Outcome == TckOutcome.Skipped);
            var rate = rows.Count == 0 ? 0 : 100.0 * passed / rows.Count;
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {passed} | {failed} | {skipped} | {rows.Count} | {rate:F1}% |");
        }
    }
}

/// <summary>
/// Runs the openCypher TCK's feature files against <see cref="CypherEngine"/>: every scenario (outlines expanded) on a
/// fresh scratch graph, results compared in the TCK's value syntax, side effects by diffing the graph.
/// </summary>
public static class TckRunner
{
    // Only a guard against a runaway query: far above any scenario's real cost, so results do not depend on load.
    private static readonly TimeSpan SafetyTimeout = TimeSpan.FromSeconds(120);

    private const string ProcedureStep = "there exists a procedure ";

    public static TckReport RunAll(string featuresDirectory, Func<string, bool>? filter = null)
    {
        var graphsDirectory = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(featuresDirectory).TrimEnd(Path.DirectorySeparatorChar))!, "graphs");
        var results = new List<TckScenarioResult>();
        foreach (var file in Directory.EnumerateFiles(featuresDirectory, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(featuresDirectory, file).Replace('\\', '/');
            if (filter is not null && !filter(relative))
            {
                continue;
            }

            var parts = relative.Split('/');
            var folder = parts.Length > 2 ? parts[0] + "/" + parts[1] : parts[0];
            var document = new Gherkin.Parser().Parse(file);
            var feature = document.Feature;
            var background = feature.Children.OfType<Background>().FirstOrDefault();
            foreach (var scenario in feature.Children.OfType<Scenario>())
            {
                foreach (var (name, steps) in Expand(scenario))
                {
                    var allSteps = (background?.Steps ?? []).Select(s => new ExpandedStep(s.Text, s.DocString?.Content, Table(s.DataTable))).Concat(steps).ToList();
                    var (outcome, message) = RunScenario(allSteps, graphsDirectory);
                    results.Add(new TckScenarioResult(folder, relative, name, outcome, message));
                }
            }
        }

        return new TckReport(results);
    }

    private static IEnumerable<(string Name, List<ExpandedStep> Steps)> Expand(Scenario scenario)
    {
        var examples = scenario.Examples.ToList();
        if (examples.Count == 0)
        {
            yield return (scenario.Name, scenario.Steps.Select(s => new ExpandedStep(s.Text, s.DocString?.Content, Table(s.DataTable))).ToList());
            yield break;
        }

        foreach (var example in examples)
        {
            var header = example.TableHeader.Cells.Select(c => c.Value).ToList();
            var index = 0;
            foreach (var row in example.TableBody)
            {
                index++;
                var values = row.Cells.Select(c => c.Value).ToList();
                string Sub(string? text)
                {
                    if (text is null)
                    {
                        return null!;
                    }

                    for (var i = 0; i < header.Count; i++)
                    {
                        text = text.Replace("<" + header[i] + ">", values[i], StringComparison.Ordinal);
                    }

                    return text;
                }

                var steps = scenario.Steps.Select(s => new ExpandedStep(
                    Sub(s.Text),
                    s.DocString is null ? null : Sub(s.DocString.Content),
                    Table(s.DataTable)?.Select(r => r.Select(Sub).ToList()).ToList())).ToList();
                yield return ($"{scenario.Name} #{index}", steps);
            }
        }
    }

    private static List<List<string>>? Table(DataTable? table) =>
        table?.Rows.Select(r => r.Cells.Select(c => c.Value).ToList()).ToList();

    private sealed record ExpandedStep(string Text, string? DocString, List<List<string>>? Table);

    private static (TckOutcome, string?) RunScenario(List<ExpandedStep> steps, string graphsDirectory)
    {
        var graph = new InMemoryCypherGraph();
        var engine = new CypherEngine(graph);
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        CypherResult? result = null;
        CypherException? error = null;
        Exception? crash = null;
        GraphState? before = null;
        var options = new CypherRunOptions(ReadOnly: false, MaxRows: int.MaxValue);
        try
        {
            foreach (var step in steps)
            {
                var text = step.Text.Trim();
                if (text is "an empty graph" or "any graph")
                {
                    continue;
                }

                if (text.StartsWith("the ", StringComparison.Ordinal) && text.EndsWith(" graph", StringComparison.Ordinal))
                {
                    var name = text[4..^6];
                    var script = File.ReadAllText(Path.Combine(graphsDirectory, name, name + ".cypher"));
                    Run(engine, script, parameters, options);
                    continue;
                }

                if (text.StartsWith("having executed", StringComparison.Ordinal))
                {
                    Run(engine, step.DocString!, parameters, options);
                    continue;
                }

                if (text.StartsWith("parameters are", StringComparison.Ordinal))
                {
                    foreach (var row in step.Table!)
                    {
                        parameters[row[0]] = ToEngineValue(TckValues.Parse(row[1]));
                    }

                    continue;
                }

                if (text.StartsWith(ProcedureStep, StringComparison.Ordinal))
                {
                    engine.Register(TableProcedure(text[ProcedureStep.Length..].Trim().TrimEnd(':').Trim(), step.Table));
                    continue;
                }

                if (text.StartsWith("executing query", StringComparison.Ordinal) || text.StartsWith("executing control query", StringComparison.Ordinal))
                {
                    before = GraphState.Of(graph);
                    result = null;
                    error = null;
                    try
                    {
                        using var timeout = new CancellationTokenSource(SafetyTimeout);
                        result = engine.Run(step.DocString!, parameters, options, timeout.Token);
                    }
                    catch (CypherException e)
                    {
                        error = e;
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        crash = e;
                    }

                    continue;
                }

                if (crash is not null)
                {
                    return (TckOutcome.Failed, "crash: " + crash.GetType().Name + ": " + crash.Message);
                }

                if (text.StartsWith("the result should be empty", StringComparison.Ordinal))
                {
                    if (error is not null)
                    {
                        return (TckOutcome.Failed, $"error {error.Kind}: {error.Message}");
                    }

                    if (result!.Rows.Count != 0)
                    {
                        return (TckOutcome.Failed, $"expected no rows, got {result.Rows.Count}");
                    }

                    continue;
                }

                if (text.StartsWith("the result should be", StringComparison.Ordinal))
                {
                    if (error is not null)
                    {
                        return (TckOutcome.Failed, $"error {error.Kind}: {error.Message}");
                    }

                    var failure = CompareResult(result!, step.Table!, text.Contains("in order", StringComparison.Ordinal) && !text.Contains("any order", StringComparison.Ordinal), text.Contains("ignoring element order", StringComparison.Ordinal));
                    if (failure is not null)
                    {
                        return (TckOutcome.Failed, failure);
                    }

                    continue;
                }

                if (text == "no side effects" || text.StartsWith("the side effects should be", StringComparison.Ordinal))
                {
                    if (error is not null)
                    {
                        return (TckOutcome.Failed, $"error {error.Kind}: {error.Message}");
                    }

                    var expected = new Dictionary<string, long>(StringComparer.Ordinal);
                    foreach (var row in step.Table ?? [])
                    {
                        expected[row[0].Trim()] = long.Parse(row[1].Trim(), CultureInfo.InvariantCulture);
                    }

                    var actual = GraphState.Diff(before!, GraphState.Of(graph));
                    foreach (var key in expected.Keys.Concat(actual.Keys).Distinct())
                    {
                        if (expected.GetValueOrDefault(key) != actual.GetValueOrDefault(key))
                        {
                            return (TckOutcome.Failed, $"side effect {key}: expected {expected.GetValueOrDefault(key)}, got {actual.GetValueOrDefault(key)}");
                        }
                    }

                    continue;
                }

                if (text.StartsWith("a ", StringComparison.Ordinal) && text.Contains(" should be raised", StringComparison.Ordinal))
                {
                    var failure = CheckError(text, error, before!, graph);
                    if (failure is not null)
                    {
                        return (TckOutcome.Failed, failure);
                    }

                    continue;
                }

                return (TckOutcome.Skipped, "unknown step: " + text);
            }

            return crash is null ? (TckOutcome.Passed, null) : (TckOutcome.Failed, "crash: " + crash.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (TckOutcome.Failed, "setup: " + e.GetType().Name + ": " + e.Message);
        }
    }

    /// <summary>
    /// Checks an expected error strictly: its type, its phase (compile time: before the query ran; runtime: while it
    /// ran; any time: either) and its detail (<c>*</c>: any), and that the failed query left the graph unchanged.
    /// </summary>
    private static string? CheckError(string text, CypherException? error, GraphState before, InMemoryCypherGraph graph)
    {
        var kind = text[2..text.IndexOf(' ', 2)];
        var at = text.IndexOf(" should be raised at ", StringComparison.Ordinal);
        var rest = at < 0 ? string.Empty : text[(at + " should be raised at ".Length)..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        var phase = (colon < 0 ? rest : rest[..colon]).Trim();
        var detail = colon < 0 ? "*" : rest[(colon + 1)..].Trim();
        if (error is null)
        {
            return $"expected {kind}, but the query succeeded";
        }

        var got = $"{error.Kind} at {(error.Phase == CypherErrorPhase.CompileTime ? "compile time" : "runtime")}: {error.Detail ?? "(no detail)"} ({error.Message})";
        if (!string.Equals(error.Kind, kind, StringComparison.Ordinal))
        {
            return $"expected {kind}, got {got}";
        }

        var phaseMatches = phase switch
        {
            "compile time" => error.Phase == CypherErrorPhase.CompileTime,
            "runtime" => error.Phase == CypherErrorPhase.Runtime,
            "any time" => true,
            _ => false,
        };
        if (!phaseMatches)
        {
            return $"expected {kind} at {phase}, got {got}";
        }

        if (detail != "*" && !string.Equals(error.Detail, detail, StringComparison.Ordinal))
        {
            return $"expected {kind}: {detail}, got {got}";
        }

        var changes = GraphState.Diff(before, GraphState.Of(graph));
        return changes.Count == 0
            ? null
            : "the failed query changed the graph: " + string.Join(", ", changes.Select(c => c.Key + " " + c.Value));
    }

    /// <summary>
    /// The TCK's test procedure: its signature, and a table whose first columns are the inputs and the rest the outputs;
    /// a call yields, in table order, the outputs of the rows whose inputs equal the arguments (null equals null).
    /// </summary>
    private static CypherProcedure TableProcedure(string signature, List<List<string>>? table)
    {
        var rows = (table ?? []).Where(r => r.Count > 0).ToList();
        var parsed = CypherProcedure.Parse(signature, (_, _) => []);
        if (rows.Count > 0 && !rows[0].SequenceEqual(parsed.Inputs.Concat(parsed.Outputs).Select(f => f.Name)))
        {
            throw new InvalidDataException($"The table of procedure {parsed.Name} has columns [{string.Join(", ", rows[0])}], not its inputs and outputs");
        }

        var inputs = parsed.Inputs.Count;
        var data = rows.Skip(1).Select(r => r.Select(c => ToEngineValue(TckValues.Parse(c))).ToList()).ToList();
        return parsed with
        {
            Body = (arguments, _) => data
                .Where(r => Enumerable.Range(0, inputs).All(i => TckValues.Canonical(r[i]) == TckValues.Canonical(arguments[i])))
                .Select(r => (IReadOnlyList<object?>)r.Skip(inputs).ToList()),
        };
    }

    private static void Run(CypherEngine engine, string query, Dictionary<string, object?> parameters, CypherRunOptions options)
    {
        using var timeout = new CancellationTokenSource(SafetyTimeout);
        engine.Run(query, parameters, options, timeout.Token);
    }

    private static object? ToEngineValue(object? value) => value;

    private static string? CompareResult(CypherResult result, List<List<string>> table, bool ordered, bool ignoreListOrder)
    {
        var header = table[0];
        var missing = header.FirstOrDefault(h => !result.Columns.Contains(h));
        if (missing is not null || header.Count != result.Columns.Count)
        {
            return $"columns differ: expected [{string.Join(", ", header)}], got [{string.Join(", ", result.Columns)}]";
        }

        var indexes = header.Select(h => result.Columns.ToList().IndexOf(h)).ToList();
        var expected = table.Skip(1).Select(r => string.Join(" | ", r.Select(c => TckValues.Canonical(TckValues.Parse(c), ignoreListOrder)))).ToList();
        var actual = result.Rows.Select(r => string.Join(" | ", indexes.Select(i => TckValues.Canonical(r[i], ignoreListOrder)))).ToList();
        if (!ordered)
        {
            expected.Sort(StringComparer.Ordinal);
            actual.Sort(StringComparer.Ordinal);
        }

        if (expected.SequenceEqual(actual))
        {
            return null;
        }

        return $"rows differ:\n  expected: {string.Join("\n            ", expected.Take(10))}\n  actual:   {string.Join("\n            ", actual.Take(10))}";
    }

    private sealed record GraphState(HashSet<string> Nodes, HashSet<string> Rels, HashSet<string> Labels, HashSet<string> Properties)
    {
        public static GraphState Of(InMemoryCypherGraph graph) => graph.Read(access =>
        {
            var nodes = new HashSet<string>(StringComparer.Ordinal);
            var labels = new HashSet<string>(StringComparer.Ordinal);
            var properties = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in access.AllNodes())
            {
                var id = access.NodeElementId(node);
                nodes.Add(id);
                labels.UnionWith(access.NodeLabels(node));
                foreach (var (k, v) in access.NodeProperties(node))
                {
                    properties.Add(id + "." + k + "=" + TckValues.Canonical(v));
                }
            }

            var rels = new HashSet<string>(StringComparer.Ordinal);
            foreach (var rel in access.AllRelationships())
            {
                var id = access.RelationshipElementId(rel);
                rels.Add(id);
                foreach (var (k, v) in access.RelationshipProperties(rel))
                {
                    properties.Add(id + "." + k + "=" + TckValues.Canonical(v));
                }
            }

            return new GraphState(nodes, rels, labels, properties);
        });

        public static Dictionary<string, long> Diff(GraphState before, GraphState after)
        {
            var diff = new Dictionary<string, long>(StringComparer.Ordinal);
            void Add(string key, long n)
            {
                if (n != 0)
                {
                    diff[key] = n;
                }
            }

            Add("+nodes", after.Nodes.Except(before.Nodes).Count());
            Add("-nodes", before.Nodes.Except(after.Nodes).Count());
            Add("+relationships", after.Rels.Except(before.Rels).Count());
            Add("-relationships", before.Rels.Except(after.Rels).Count());
            Add("+labels", after.Labels.Except(before.Labels).Count());
            Add("-labels", before.Labels.Except(after.Labels).Count());
            Add("+properties", after.Properties.Except(before.Properties).Count());
            Add("-properties", before.Properties.Except(after.Properties).Count());
            return diff;
        }
    }
}
