using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Ingest.Extraction;

namespace GraphExplorer.Ingest.Tests;

/// <summary>Entity linking while ingesting into a store: names in the text link to the people the store holds; without a
/// store (what <c>ingest --dry-run</c> and the evaluation use) nothing changes.</summary>
public class StoreLinkingTests
{
    private static readonly GraphDelta s_store = new(0, 3, true,
    [
        new Entity(NodeKind.Person, "marta-oyelaran", "Marta Oyelaran", []),
        new Entity(NodeKind.Person, "lucja-brzeczyk", "Łucja Brzęczyk", []),
        new Entity(NodeKind.Person, "tomas-oyelaran", "Tomas Oyelaran", []),
        new Entity(NodeKind.Lab, "google-deepmind", "Google DeepMind", []),
        new Entity(NodeKind.Lab, "mistral-ai", "Mistral AI", []),
    ],
    [
        new Edge("e1", EdgeType.WorkedAt, "marta-oyelaran", "google-deepmind", null, "researcher", null, null, null, []),
        new Edge("e2", EdgeType.WorkedAt, "tomas-oyelaran", "mistral-ai", null, null, null, null, null, []),
    ],
    []);

    private static ExtractionResult Extract(ArticleExtractor extractor, string text) =>
        extractor.Extract(new ArticleInput(text, Published: PartialDate.Of(2025, 6, 1)));

    [Fact]
    public void Extract_SurnameOfStoredPersonAtANamedLab_LinksToThatPerson()
    {
        const string text = "Oyelaran left Google DeepMind in March 2025 to join Cohere.";
        var linked = StoreLinks.FromSnapshot(s_store).Apply(ArticleExtractor.Default);

        var plain = Extract(ArticleExtractor.Default, text);
        var result = Extract(linked, text);

        Assert.DoesNotContain(plain.Moves(), m => m.Person.Contains("Oyelaran", StringComparison.Ordinal));
        Assert.Contains(result.Moves(), m => m.Person == "Marta Oyelaran" && m.From == "Google DeepMind" && m.To == "Cohere");
    }

    [Fact]
    public void Extract_SurnameOfStoredPersonWithNoLabInTheArticle_StaysUnlinked()
    {
        // Two stored Oyelarans, neither tied to a lab this article names: the surname alone links nobody.
        var linked = StoreLinks.FromSnapshot(s_store).Apply(ArticleExtractor.Default);

        var result = Extract(linked, "Oyelaran joined Cohere in March 2025.");

        Assert.DoesNotContain(result.Facts.OfType<Core.Facts.LeftForFact>(), m => m.Person.Contains("Oyelaran", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Tenures(), t => t.Person.Contains("Oyelaran", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_FoldedSpellingOfStoredPerson_TakesTheStoredName()
    {
        const string text = "Lucja Brzeczyk left Google DeepMind in January 2025 and joined Anthropic as a research engineer.";
        var linked = StoreLinks.FromSnapshot(s_store).Apply(ArticleExtractor.Default);

        var result = Extract(linked, text);

        Assert.Contains(result.Moves(), m => m.Person == "Łucja Brzęczyk" && m.From == "Google DeepMind" && m.To == "Anthropic");
    }

    [Fact]
    public void FromSnapshot_OneWordPerson_IsNotLinkedBySpelling()
    {
        var store = s_store with { Entities = [.. s_store.Entities, new Entity(NodeKind.Person, "max", "Max", [])] };

        var links = StoreLinks.FromSnapshot(store);

        Assert.DoesNotContain(links.People, p => p.Name == "Max");
        Assert.Contains(links.People, p => p.Name == "Marta Oyelaran");
    }
}
