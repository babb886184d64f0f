using GraphExplorer.Core.Graph;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Embedded.Tests;

/// <summary>A graph as text, to compare a store opened from its image with the same store rebuilt from its rows.</summary>
internal static class GraphSnapshot
{
    /// <summary>Opens <paramref name="dataPath"/> with the image turned off, so every row is read.</summary>
    public static async Task<string> FromRowsAsync(string dataPath, CancellationToken cancellationToken)
    {
        var options = Options.Create(new EmbeddedStoreOptions { DataPath = dataPath, GraphImage = false });
        await using var store = new EmbeddedGraphStore(options);
        await store.InitializeAsync(cancellationToken);
        Assert.False(store.LastOpening!.FromImage);
        return store.Read(Describe);
    }

    /// <summary>Everything a reader can ask of the graph, in an order that does not depend on how it was built.</summary>
    public static string Describe(TalentGraph graph)
    {
        var lines = new List<string> { $"revision {graph.Revision} people {graph.PeopleCount} labs {graph.LabCount} edges {graph.EdgeCount}" };
        for (var node = 0; node < graph.NodeCount; node++)
        {
            var kind = graph.KindOf(node);
            var byName = graph.TryFindByName(kind, graph.NameOf(node), out var named) ? graph.IdOf(named) : "-";
            var byAlias = string.Join(",", graph.AliasesOf(node).Select(a => graph.TryFindByName(kind, a, out var n) ? graph.IdOf(n) : "-"));
            var edges = string.Join(",", graph.EdgesOf(node).ToArray().Select(e => graph.EdgeAt(e).Id).Order(StringComparer.Ordinal));
            lines.Add($"{kind} {graph.IdOf(node)} '{graph.NameOf(node)}' [{string.Join(",", graph.AliasesOf(node))}] r{graph.RevisionOf(node)} name->{byName} aliases->{byAlias} edges {edges}");
        }

        for (var edge = 0; edge < graph.EdgeCount; edge++)
        {
            var view = graph.EdgeAt(edge);
            lines.Add($"{view.Id} role '{view.Role}' [{string.Join(",", view.Sources)}] r{view.Revision}");
        }

        lines.AddRange(graph.Articles.Values.Select(a => a.ToString()));
        return string.Join("\n", lines.Order(StringComparer.Ordinal));
    }
}
