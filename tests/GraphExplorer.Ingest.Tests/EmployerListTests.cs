namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// "worked at Google DeepMind and OpenAI", "a travaillé chez Google et Meta": a tenure verb followed by a list of labs
/// worked at every one of them, not only the first. The sentences and people are made up for these tests.
/// </summary>
public class EmployerListTests
{
    [Theory]
    [InlineData("Before joining Anthropic, Elena Petrova worked at Google DeepMind and OpenAI.", "Elena Petrova", "Google DeepMind|OpenAI")]
    [InlineData("Jonas Weber previously worked at Microsoft, Amazon and Apple.", "Jonas Weber", "Microsoft|Amazon|Apple")]
    [InlineData("Jonas Weber previously worked at Microsoft, Amazon, and Apple before that.", "Jonas Weber", "Microsoft|Amazon|Apple")]
    [InlineData("Avant de rejoindre Mistral AI, Camille Durand a travaillé chez Google et Meta.", "Camille Durand", "Google|Meta")]
    [InlineData("O pesquisador Rafael Costa deixou a Meta. Antes, Rafael Costa trabalhou no Google e na Microsoft.", "Rafael Costa", "Google|Microsoft")]
    [InlineData("La investigadora española Lucía Moreno trabajó en Microsoft y en Amazon antes de llegar a Anthropic, según informó el diario.", "Lucía Moreno", "Microsoft|Amazon")]
    public void Extract_TenureVerbBeforeAListOfLabs_WorkedAtEachLab(string text, string person, string labs)
    {
        var result = TestData.Extract(text);

        foreach (var lab in labs.Split('|'))
        {
            Assert.Contains(result.Tenures(), w => w.Person == person && w.Lab == lab);
        }
    }

    [Theory]
    [InlineData("Petrova worked at Google and Meta hired her two years later.", "Meta")]
    [InlineData("Elena Petrova worked at Google, Microsoft said in a statement.", "Microsoft")]
    public void Extract_LabThatOpensAnotherClause_IsNoEmployer(string text, string notEmployer)
    {
        var result = TestData.Extract("Elena Petrova is a research scientist. " + text);

        Assert.Contains(result.Tenures(), w => w.Person == "Elena Petrova" && w.Lab == "Google");
        Assert.DoesNotContain(result.Tenures(), w => w.Person == "Elena Petrova" && w.Lab == notEmployer);
    }

    [Theory]
    [InlineData("Julien Marchand est chercheur en apprentissage automatique. Passé par Meta et Microsoft, il a rejoint Mistral AI en 2023.", "Julien Marchand", "Meta|Microsoft")]
    [InlineData("Nora Feldmann is a machine learning researcher. Previously at Google and Amazon, she joined Cohere in 2023.", "Nora Feldmann", "Google|Amazon")]
    public void Extract_OpeningTenureClauseThenAPronoun_WorkedThereForThePersonMeant(string text, string person, string labs)
    {
        var result = TestData.Extract(text);

        foreach (var lab in labs.Split('|'))
        {
            Assert.Contains(result.Tenures(), w => w.Person == person && w.Lab == lab);
        }
    }
}
