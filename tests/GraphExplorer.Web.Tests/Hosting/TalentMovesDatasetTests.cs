using System.Text.Json;
using GraphExplorer.Core.Model;
using GraphExplorer.Tests.Shared;
using GraphExplorer.Web.Tests.TestSupport;

namespace GraphExplorer.Web.Tests.Hosting;

/// <summary>The second built-in dataset: the labelled corpus's facts, loaded with the seed into an empty store.</summary>
public sealed class TalentMovesDatasetTests
{
    [Fact]
    public async Task GetGraph_TalentMovesOnForAnEmptyStore_ServesEveryCorpusArticleWithItsFacts()
    {
        await using var factory = new ExplorerFactory(new Dictionary<string, string?> { ["GraphExplorer:LoadTalentMovesWhenEmpty"] = "true" });
        using var client = factory.CreateClient();

        var graph = await client.GetGraphAsync();

        var manifest = CorpusManifest();
        var articles = graph.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var (id, url) in manifest)
        {
            Assert.True(articles.TryGetValue(id, out var article), $"corpus article {id} is not in the graph");
            Assert.Equal(url, article.Url);
        }

        // Every edge cites articles the graph holds, and every corpus edge links to its page.
        var corpusEdges = 0;
        foreach (var edge in graph.Edges)
        {
            Assert.NotEmpty(edge.Sources);
            Assert.All(edge.Sources, source => Assert.True(articles.ContainsKey(source), $"edge {edge.Id} cites unknown article {source}"));
            if (edge.Sources.Any(manifest.ContainsKey))
            {
                corpusEdges++;
                Assert.Contains(edge.Sources, s => articles[s].Url?.StartsWith("http", StringComparison.Ordinal) == true);
            }
        }

        // A real map, not a handful of nodes: the corpus reports far more people and labs than the seed.
        Assert.True(corpusEdges >= manifest.Count, $"{corpusEdges} edges for {manifest.Count} articles");
        Assert.True(graph.Nodes.Count(n => n.Kind == NodeKind.Person) >= 200, "fewer than 200 people");
        Assert.True(graph.Nodes.Count(n => n.Kind == NodeKind.Lab) >= 50, "fewer than 50 labs");
    }

    [Fact]
    public async Task GetGraph_TalentMovesOnForAStoreThatHasData_LoadsNothingMore()
    {
        using var folder = new TempFolder();
        var dataPath = Path.Combine(folder.Path, "graph.db");
        long revision;
        await using (var first = new ExplorerFactory(dataPath: dataPath))
        {
            using var client = first.CreateClient();
            revision = (await client.GetGraphAsync()).Revision;
        }

        await using var second = new ExplorerFactory(new Dictionary<string, string?> { ["GraphExplorer:LoadTalentMovesWhenEmpty"] = "true" }, dataPath: dataPath);
        using var secondClient = second.CreateClient();
        var graph = await secondClient.GetGraphAsync();

        Assert.Equal(revision, graph.Revision);
        Assert.DoesNotContain(graph.Articles, a => CorpusManifest().ContainsKey(a.Id));
    }

    /// <summary>Article id to URL, from the corpus manifests (data/corpus/*.articles.jsonl).</summary>
    private static Dictionary<string, string> CorpusManifest()
    {
        var manifest = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "data", "corpus"), "*.articles.jsonl"))
        {
            foreach (var line in File.ReadLines(file).Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                using var json = JsonDocument.Parse(line);
                manifest[json.RootElement.GetProperty("id").GetString()!] = json.RootElement.GetProperty("url").GetString()!;
            }
        }

        return manifest;
    }
}
