using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Tests.Graph;

/// <summary>
/// Strings read from an image stay UTF-8 and are compared with a lookup's .NET string where they lie: ASCII byte for
/// char, anything else by decoding. Both ways must agree with ordinal string equality.
/// </summary>
public sealed class GraphStringsLookupTests
{
    [Theory]
    [InlineData("ada-abe", "ada-abe", true)]
    [InlineData("ada-abe", "ada-abf", false)]
    [InlineData("ada-abe", "ada-ab", false)]
    [InlineData("zoë-łukasz", "zoë-łukasz", true)]
    [InlineData("zoë-łukasz", "zoe-lukasz", false)]
    [InlineData("zoe-lukasz", "zoë-łukasz", false)]
    [InlineData("zoë-łukasz", "zoë-łukasy", false)]
    [InlineData("深度求索", "深度求索", true)]
    [InlineData("深度求索", "深度求", false)]
    [InlineData("🤖 lab", "🤖 lab", true)]
    [InlineData("🤖 lab", "🤖 lax", false)]
    public void Equals_StringReadFromImage_AgreesWithOrdinalEquality(string stored, string looked, bool expected)
    {
        var written = new GraphStrings();
        written.Add("before");
        written.Add(stored);
        using var image = new MemoryStream();
        written.Write(new GraphImageWriter(image));
        image.Position = 0;

        var read = GraphStrings.Read(new GraphImageReader(image));

        Assert.Equal(expected, read.Equals(1, looked));
        Assert.Equal(stored, read[1]);
        Assert.Equal(expected, read.Equals(1, looked));
    }

    [Fact]
    public void TryFindNode_GraphReadFromImage_FindsNonAsciiIdsAndNamesAndNotTheirLookalikes()
    {
        var graph = new TalentGraph();
        Entity[] entities =
        [
            new(NodeKind.Person, "zoë-łukasz", "Zoë Łukasz", []),
            new(NodeKind.Person, "ada-abe", "Ada Abe", []),
            new(NodeKind.Lab, "深度求索", "深度求索", ["DeepSeek"]),
        ];
        graph.Apply(graph.Plan(new GraphBatch(entities, [], [])), 1);
        using var image = new MemoryStream();
        graph.WriteImage(new GraphImageWriter(image));
        image.Position = 0;

        var read = TalentGraph.ReadImage(new GraphImageReader(image));

        foreach (var entity in entities)
        {
            Assert.True(read.TryFindNode(entity.Id, out var node), entity.Id);
            Assert.Equal(entity.Id, read.IdOf(node));
            Assert.True(read.TryFindByName(entity.Kind, entity.Name, out var named), entity.Name);
            Assert.Equal(node, named);
        }

        Assert.True(read.TryFindByName(NodeKind.Lab, "DeepSeek", out var alias) && read.IdOf(alias) == "深度求索");
        Assert.False(read.TryFindNode("zoe-lukasz", out _));
        Assert.False(read.TryFindNode("深度求", out _));
    }
}
