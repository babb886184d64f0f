using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;

namespace GraphExplorer.Core.Tests.Queries;

public class EntitySearchTests
{
    private static readonly InMemoryTalentQueries s_queries = new TestGraph()
        .Person("john-schulman", "John Schulman", "约翰·舒曼", "Schulman")
        .Person("jose-alvarez", "José Álvarez")
        .Person("john-smith", "John Smith")
        .Person("johanna-li", "Johanna Li")
        .Lab("openai", "OpenAI", "Openai")
        .Lab("john-labs", "John Labs")
        .Queries();

    [Theory]
    [InlineData("舒曼", "john-schulman")]
    [InlineData("SCHULMAN", "john-schulman")]
    [InlineData("jose alvarez", "jose-alvarez")]
    [InlineData("ÁLVAREZ", "jose-alvarez")]
    [InlineData("open", "openai")]
    [InlineData("ulma", "john-schulman")]
    [InlineData("openai", "openai")]
    public async Task Search_AnySpelling_FindsTheEntityFirst(string text, string expected)
    {
        var hits = await s_queries.SearchAsync(text, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(expected, hits[0].Entity.Id);
    }

    [Fact]
    public async Task Search_WordsAtTheEndsOfNeighbouringKeys_EachEndsWithItsOwnKey()
    {
        // Keys lie back to back in sorted order with no length kept: "zed quux" is the last key, "zed" a whole key just
        // before it, so a word or key read one character too far would run into its neighbour.
        var queries = new TestGraph().Person("zed", "Zed").Person("zed-quux", "Zed Quux").Person("ann-zed", "Ann Zed").Queries();

        var word = await queries.SearchAsync("quux", cancellationToken: TestContext.Current.CancellationToken);
        var exact = await queries.SearchAsync("zed", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["zed-quux"], word.Select(h => h.Entity.Id));
        Assert.Equal(0.692, word[0].Score); // a word match, less 0.002 for each of the key's four characters beyond the query
        Assert.Equal("zed", exact[0].Entity.Id);
        Assert.Equal(1.0, exact[0].Score);
        Assert.Equal(["ann-zed", "zed", "zed-quux"], exact.Select(h => h.Entity.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Search_Ranking_ExactThenPrefixThenWordThenSubstring()
    {
        var hits = await s_queries.SearchAsync("john", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["john-labs", "john-schulman", "john-smith"], hits.Take(3).Select(h => h.Entity.Id).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(hits, h => h.Entity.Id == "johanna-li");
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        var exact = await s_queries.SearchAsync("John Schulman", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal((1.0, "John Schulman"), (exact[0].Score, exact[0].Matched));
    }

    [Fact]
    public async Task Search_KindFilter_OnlyThatKind()
    {
        var hits = await s_queries.SearchAsync("john", kind: NodeKind.Lab, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("john-labs", Assert.Single(hits).Entity.Id);
    }

    [Fact]
    public async Task Search_NoLettersOrDigits_NoHits()
    {
        Assert.Empty(await s_queries.SearchAsync("·-·", cancellationToken: TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("john-shulman", "john-schulman")]
    [InlineData("jose-alvares", "jose-alvarez")]
    public async Task Person_UnknownId_SuggestsTheClosestNames(string id, string expected)
    {
        var result = await s_queries.PersonAsync(id, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Null(result.Value);
        Assert.Equal(("id", id), (result.Unknown!.Parameter, result.Unknown.Text));
        Assert.Equal(expected, result.Unknown.Suggestions[0].Entity.Id);
    }

    [Fact]
    public async Task Lab_UnknownId_SuggestsLabsOnly()
    {
        var result = await s_queries.LabAsync("open-ai", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("openai", result.Unknown!.Suggestions[0].Entity.Id);
        Assert.All(result.Unknown.Suggestions, s => Assert.Equal(NodeKind.Lab, s.Entity.Kind));
    }

    [Theory]
    [InlineData("ulma")]
    [InlineData("jose alvarez")]
    [InlineData("ÁLVAREZ")]
    [InlineData("jo")]
    [InlineData("labs")]
    public void Search_KeysKeptAsBytes_SameHitsAsKeysKeptAsChars(string text)
    {
        TestGraph Latin() => new TestGraph()
            .Person("john-schulman", "John Schulman", "Schulman")
            .Person("jose-alvarez", "José Álvarez")
            .Person("john-smith", "John Smith")
            .Lab("john-labs", "John Labs");
        var narrow = Latin().Build();
        var wide = Latin().Person("zhang-wei", "张伟").Build();

        static List<(string, string, double)> Hits(TalentGraph graph, string text) =>
            EntitySearch.Build(graph, TestContext.Current.CancellationToken).Search(text, 10).Select(h => (h.Entity.Id, h.Matched, h.Score)).ToList();

        Assert.NotEmpty(Hits(narrow, text));
        Assert.Equal(Hits(wide, text), Hits(narrow, text));
        Assert.Equal(EntitySearch.Build(wide, TestContext.Current.CancellationToken).Suggest("jon smyth", 5).Select(h => h.Entity.Id), EntitySearch.Build(narrow, TestContext.Current.CancellationToken).Suggest("jon smyth", 5).Select(h => h.Entity.Id));
    }

    [Fact]
    public void KeyText_LatinOrNot_NarrowOnlyWhenEveryCharFitsAByte()
    {
        var latin = KeyText.Of("alvarez josé".ToCharArray(), 6);
        var other = KeyText.Of("zhang 张伟".ToCharArray(), 5);

        Assert.True(latin.IsNarrow);
        Assert.False(other.IsNarrow);
        Assert.Equal("josé", latin.Slice(8, 4, latin.NewBuffer()).ToString());
        Assert.Equal("张伟", other.Slice(6, 2, other.NewBuffer()).ToString());
    }

    [Fact]
    public void Levenshtein_BoundedDistance()
    {
        Assert.Equal(1, EditDistance.Levenshtein("schulman", "shulman", 2));
        Assert.Equal(3, EditDistance.Levenshtein("abc", "xyz", 2));
        Assert.Equal(0, EditDistance.Levenshtein("舒曼", "舒曼", 1));
    }
}
