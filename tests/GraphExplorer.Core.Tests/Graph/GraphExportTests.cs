using System.Buffers;
using System.Text.Json;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Tests.Queries;

namespace GraphExplorer.Core.Tests.Graph;

/// <summary>The graph written as JSON from its arrays selects and writes what the record path builds.</summary>
public class GraphExportTests
{
    [Theory]
    [InlineData("2019")]
    [InlineData("2024-08")]
    [InlineData("2026")]
    public async Task ExportAsOf_SeedReadFromImage_SelectsWhatFilterKeeps(string asOf)
    {
        var graph = ThroughImage(await SeedGraph.GraphAsync());
        var date = PartialDate.Parse(asOf);

        using var document = JsonDocument.Parse(Write(graph, graph.ExportAsOf(date), int.MaxValue));

        var expected = AsOf.Filter(graph.ChangesSince(0), date);
        AssertSame(expected, document.RootElement);
    }

    [Fact]
    public async Task WriteExport_OneElementAPart_WritesTheSameDocumentAsAllAtOnce()
    {
        var graph = ThroughImage(await SeedGraph.GraphAsync());

        var inParts = Write(graph, graph.ExportChanges(0), 1);
        var atOnce = Write(graph, graph.ExportChanges(0), int.MaxValue);

        Assert.Equal(atOnce, inParts);
        using var document = JsonDocument.Parse(inParts);
        AssertSame(graph.ChangesSince(0), document.RootElement);
    }

    [Fact]
    public void ExportChanges_SinceARevision_SelectsOnlyWhatChangedAfterIt()
    {
        var graph = new TalentGraph();
        graph.Apply(graph.Plan(Batch("ann", "lab-a", "a1")), 1);
        graph.Apply(graph.Plan(Batch("bob", "lab-b", "a2")), 2);

        var export = graph.ExportChanges(1);
        using var document = JsonDocument.Parse(Write(graph, export, 2));

        Assert.False(export.IsSnapshot);
        AssertSame(graph.ChangesSince(1), document.RootElement);
        Assert.Equal(["bob", "lab-b"], Ids(document.RootElement, "nodes"));
    }

    [Theory]
    [InlineData(5, 1)] // a revision the graph never reached: start over
    [InlineData(1, 0)] // more changed than the client may be sent one by one
    public void ExportChanges_UnknownRevisionOrTooManyChanges_IsTheWholeGraph(long since, int maxChanges)
    {
        var graph = new TalentGraph();
        graph.Apply(graph.Plan(Batch("ann", "lab-a", "a1")), 1);
        graph.Apply(graph.Plan(Batch("bob", "lab-b", "a2")), 2);

        var export = graph.ExportChanges(since, maxChanges);

        Assert.True(export.IsSnapshot);
        Assert.Equal(0, export.FromRevision);
        Assert.Equal(4, export.NodeCount);
        Assert.Equal(2, export.EdgeCount);
    }

    [Fact]
    public void WriteExport_ExportOfAnotherGraph_Refuses()
    {
        var graph = new TalentGraph();
        var other = new TalentGraph();

        var error = Assert.Throws<InvalidOperationException>(() => Write(other, graph.ExportChanges(0), 10));

        Assert.Contains("another graph", error.Message, StringComparison.Ordinal);
    }

    private static GraphBatch Batch(string person, string lab, string article) => new(
        [new Entity(NodeKind.Person, person, person.ToUpperInvariant(), ["\"quoted\" <alias>"]), new Entity(NodeKind.Lab, lab, lab, [])],
        [new Edge(EdgeIdentity.IdOf(EdgeType.WorkedAt, person, lab, null, "Researcher", PartialDate.Of(2020), null, null), EdgeType.WorkedAt, person, lab, null, "Researcher", PartialDate.Of(2020), null, null, [article])],
        [new Article(article, "Title é", null, "en", PartialDate.Parse("2021-03"))]);

    private static TalentGraph ThroughImage(TalentGraph graph)
    {
        using var image = new MemoryStream();
        graph.WriteImage(new GraphImageWriter(image));
        image.Position = 0;
        return TalentGraph.ReadImage(new GraphImageReader(image));
    }

    private static byte[] Write(TalentGraph graph, GraphExport export, int perPart)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            var parts = 0;
            while (!graph.WriteExport(export, writer, perPart))
            {
                Assert.True(++parts < 1_000_000, "the export never finished");
            }
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void AssertSame(GraphDelta expected, JsonElement payload)
    {
        Assert.Equal(expected.FromRevision, payload.GetProperty("fromRevision").GetInt64());
        Assert.Equal(expected.Revision, payload.GetProperty("revision").GetInt64());
        Assert.Equal(expected.IsSnapshot, payload.GetProperty("isSnapshot").GetBoolean());
        Assert.Equal(expected.Entities.Select(e => e.Id), Ids(payload, "nodes"));
        Assert.Equal(expected.Entities.Select(e => e.Name), payload.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        Assert.Equal(
            expected.Entities.Select(e => string.Join('|', e.Aliases)),
            payload.GetProperty("nodes").EnumerateArray().Select(n => string.Join('|', n.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()))));
        Assert.Equal(expected.Edges.Select(e => e.Id), Ids(payload, "edges"));
        Assert.Equal(
            expected.Edges.Select(e => $"{e.PersonId}>{e.LabId}<{e.FromLabId}:{e.Role}:{e.Start}:{e.End}:{e.Date}:{string.Join('|', e.Sources)}"),
            payload.GetProperty("edges").EnumerateArray().Select(e =>
                $"{e.GetProperty("source").GetString()}>{e.GetProperty("target").GetString()}<{Text(e, "from")}:{Text(e, "role")}:{Text(e, "start")}:{Text(e, "end")}:{Text(e, "date")}:{string.Join('|', e.GetProperty("sources").EnumerateArray().Select(s => s.GetString()))}"));
        Assert.Equal(expected.Articles.Select(a => $"{a.Id}:{a.Title}:{a.Published}"), payload.GetProperty("articles").EnumerateArray().Select(a => $"{Text(a, "id")}:{Text(a, "title")}:{Text(a, "published")}"));
    }

    private static string? Text(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static IEnumerable<string?> Ids(JsonElement payload, string array) => payload.GetProperty(array).EnumerateArray().Select(e => e.GetProperty("id").GetString());
}
