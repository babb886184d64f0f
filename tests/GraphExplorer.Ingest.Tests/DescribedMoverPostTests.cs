namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// A title that describes the mover, written before the lab they went to in the sentence that tells the move ("X, que
/// era engenheira, foi para B", "L'ingénieure X a rejoint B"), is the post held before the move, not one at B. A title
/// introduced as the post taken ("a rejoint B en tant que …", "joined B as …") stays at B. Self-written sentences.
/// </summary>
public class DescribedMoverPostTests
{
    [Theory]
    [InlineData("Renata Gouveia, que era engenheira de dados na equipe de busca, foi para a OpenAI.", "Renata Gouveia", "OpenAI")]
    [InlineData("L'ingénieure Margot Lacaze a, elle, rejoint la filiale londonienne d'Anthropic.", "Margot Lacaze", "Anthropic")]
    public void Extract_TitleDescribingTheMoverBeforeTheDestination_IsNoTitleAtTheDestination(string text, string person, string destination)
    {
        var result = TestData.Extract(text, "2025-06-01");

        Assert.DoesNotContain(result.Tenures(), w => w.Person == person && w.Lab == destination && w.Role is not null);
    }

    [Fact]
    public void Extract_TitleIntroducedAsThePostTaken_StaysAtTheDestination()
    {
        var result = TestData.Extract("Margot Lacaze a quitté Cohere et a rejoint Anthropic en tant que directrice de la recherche.", "2025-06-01");

        Assert.Contains(result.Tenures(), w => w.Person == "Margot Lacaze" && w.Lab == "Anthropic" && w.Role is not null);
    }
}
