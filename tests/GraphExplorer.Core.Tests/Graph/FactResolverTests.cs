using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Tests.Graph;

public sealed class FactResolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ResolveAsync_TwoCasingsOfOneLab_GiveOneLab()
    {
        var store = new InMemoryGraphStore();
        Fact[] facts =
        [
            new WorkedAtFact("Ada Abe", "OpenAI", null, PartialDate.Parse("2020"), null),
            new WorkedAtFact("Alan Abe", "Openai", null, PartialDate.Parse("2021"), null),
        ];

        var batch = await FactResolver.ResolveAsync(facts, store, Ct);

        var lab = Assert.Single(batch.Entities, e => e.Kind == NodeKind.Lab);
        Assert.Equal("openai", lab.Id);
        Assert.Equal("OpenAI", lab.Name);
        Assert.Equal(["Openai"], lab.Aliases);
        Assert.All(batch.Edges, e => Assert.Equal("openai", e.LabId));
    }

    [Fact]
    public async Task ResolveAsync_EdgesNotNamed_LeavesIdsEmptyAndKeepsContent()
    {
        var store = new InMemoryGraphStore();
        Fact[] facts =
        [
            new WorkedAtFact("Ada Abe", "OpenAI", " Researcher ", PartialDate.Parse("2020"), null) { Sources = ["a1"] },
            new LeftForFact("Ada Abe", "OpenAI", "Anthropic", PartialDate.Parse("2024-08")),
        ];

        var named = await FactResolver.ResolveAsync(facts, store, Ct);
        var unnamed = await FactResolver.ResolveAsync(facts, store, nameEdges: false, Ct);

        Assert.All(unnamed.Edges, e => Assert.Equal(string.Empty, e.Id));
        Assert.Equal(named.Edges, unnamed.Edges.Select(e => e with { Id = EdgeIdentity.IdOf(e) }));
        Assert.Equal("Researcher", unnamed.Edges[0].Role);
    }

    [Fact]
    public async Task ResolveAsync_LabKnownToStore_UsesStoredIdForAnotherCasing()
    {
        var store = new InMemoryGraphStore();
        await store.ApplyAsync(await FactResolver.ResolveAsync([new AliasFact(NodeKind.Lab, "OpenAI", "openai", ["Open AI"])], store, Ct), Ct);

        var batch = await FactResolver.ResolveAsync([new WorkedAtFact("Ada Abe", "open ai", null, null, null)], store, Ct);

        Assert.Equal("openai", Assert.Single(batch.Edges).LabId);
    }

    [Fact]
    public async Task ResolveAsync_AliasFactInBatch_GroupsSpellingsUnderDeclaredId()
    {
        var store = new InMemoryGraphStore();
        Fact[] facts =
        [
            new AliasFact(NodeKind.Person, "John Schulman", "john-schulman", ["Schulman", "约翰·舒曼"]),
            new LeftForFact("约翰·舒曼", "OpenAI", "Anthropic", PartialDate.Parse("2024-08")),
            new WorkedAtFact("Schulman", "Anthropic", null, PartialDate.Parse("2024-08"), null),
        ];

        var batch = await FactResolver.ResolveAsync(facts, store, Ct);

        var person = Assert.Single(batch.Entities, e => e.Kind == NodeKind.Person);
        Assert.Equal("john-schulman", person.Id);
        Assert.All(batch.Edges, e => Assert.Equal("john-schulman", e.PersonId));
    }

    [Fact]
    public async Task ResolveAsync_NameWithoutLatinLetters_GetsStableHashedId()
    {
        var store = new InMemoryGraphStore();

        var first = await FactResolver.ResolveAsync([new WorkedAtFact("约翰·舒曼", "OpenAI", null, null, null)], store, Ct);
        var second = await FactResolver.ResolveAsync([new WorkedAtFact("约翰·舒曼", "OpenAI", null, null, null)], store, Ct);

        var id = Assert.Single(first.Entities, e => e.Kind == NodeKind.Person).Id;
        Assert.StartsWith("person-", id, StringComparison.Ordinal);
        Assert.Equal(id, Assert.Single(second.Entities, e => e.Kind == NodeKind.Person).Id);
    }

    [Fact]
    public async Task ResolveAsync_SameFactTwice_GivesEdgesWithTheSameId()
    {
        var store = new InMemoryGraphStore();
        var fact = new LeftForFact("Ada Abe", "OpenAI", "Anthropic", PartialDate.Parse("2024-08")) { Sources = ["a1"] };

        var batch = await FactResolver.ResolveAsync([fact, fact with { Sources = ["a2"] }], store, Ct);

        Assert.Equal(2, batch.Edges.Count);
        Assert.Equal(batch.Edges[0].Id, batch.Edges[1].Id);
        Assert.Equal("openai", batch.Edges[0].FromLabId);
        Assert.Equal("anthropic", batch.Edges[0].LabId);
    }

    [Fact]
    public async Task ResolveThenApply_SameFactsTwice_SecondApplyChangesNothing()
    {
        var store = new InMemoryGraphStore();
        Fact[] facts =
        [
            new ArticleFact("a1", "Title", null, "en", null),
            new WorkedAtFact("Ada Abe", "OpenAI", "Engineer", PartialDate.Parse("2020-01"), PartialDate.Parse("2022-02")) { Sources = ["a1"] },
            new FoundedFact("Ada Abe", "Ada Labs", PartialDate.Parse("2022-02")) { Sources = ["a1"] },
        ];

        var first = await store.ApplyAsync(await FactResolver.ResolveAsync(facts, store, Ct), Ct);
        var second = await store.ApplyAsync(await FactResolver.ResolveAsync(facts, store, Ct), Ct);

        Assert.Equal(new LoadCounts(1, 0, 2, 0, 2, 0, 1, 0), first.Counts);
        Assert.Equal(new LoadCounts(0, 1, 0, 2, 0, 2, 0, 1), second.Counts);
        Assert.Equal(first.Revision, second.Revision);
        Assert.True(second.Delta.IsEmpty);
    }

    [Fact]
    public async Task ResolveAsync_SpellingsWithAndWithoutPolishL_GiveOnePerson()
    {
        var store = new InMemoryGraphStore();
        await store.ApplyAsync(await FactResolver.ResolveAsync([new WorkedAtFact("Łukasz Kaiser", "Google Brain", null, PartialDate.Parse("2013"), null)], store, Ct), Ct);

        var inOneBatch = await FactResolver.ResolveAsync(
            [new WorkedAtFact("Lukasz Kaiser", "OpenAI", null, PartialDate.Parse("2021"), null), new WorkedAtFact("ŁUKASZ KAISER", "OpenAI", null, null, null)], store, Ct);
        await store.ApplyAsync(inOneBatch, Ct);

        Assert.All(inOneBatch.Edges, e => Assert.Equal("lukasz-kaiser", e.PersonId));
        Assert.Equal(1, store.Graph.PeopleCount);
    }

    [Fact]
    public async Task ResolveAsync_PersonStoredUnderTheOldSlug_KeepsThatId()
    {
        // Before names were folded through AnyAscii, "Łukasz Kaiser" lost its first letter in the slug; stores written
        // then hold that id, and the new spellings must keep landing on it.
        var store = new InMemoryGraphStore();
        await store.ApplyAsync(await FactResolver.ResolveAsync([new AliasFact(NodeKind.Person, "Łukasz Kaiser", "ukasz-kaiser", [])], store, Ct), Ct);

        var batch = await FactResolver.ResolveAsync([new WorkedAtFact("Lukasz Kaiser", "OpenAI", null, null, null)], store, Ct);

        Assert.Equal("ukasz-kaiser", Assert.Single(batch.Edges).PersonId);
        Assert.True(store.Graph.TryFindByName(NodeKind.Person, "ukasz-kaiser", out _));
        Assert.True(store.Graph.TryFindByName(NodeKind.Person, "Lukasz Kaiser", out _));
    }
}
