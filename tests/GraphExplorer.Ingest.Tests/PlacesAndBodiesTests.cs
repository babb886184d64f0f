namespace GraphExplorer.Ingest.Tests;

/// <summary>Places, public bodies, schools named before their noun and newsroom bylines are no people and no employers;
/// self-written sentences only.</summary>
public class PlacesAndBodiesTests
{
    [Fact]
    public void Extract_CityAfterALocativePreposition_IsNoPerson()
    {
        var result = TestData.Extract("Curitiba — A Stone anunciou nesta quarta-feira a contratação de Otávio Ramalho Prado como diretor de dados. "
            + "O engenheiro passou cinco anos na Amazon, em Mountain Shore, onde liderou a equipe de previsão do Alexa.", "2025-03-05");

        Assert.DoesNotContain(Names(result), n => n.Contains("Mountain", StringComparison.Ordinal));
        Assert.Contains(result.Tenures(), t => t is { Person: "Otávio Ramalho Prado", Lab: "Amazon" });
    }

    [Fact]
    public void Extract_PersonAfterALocativePrepositionWithAGivenName_IsStillAPerson()
    {
        var result = TestData.Extract("The board placed its trust in Daniel Verhoeven, who left Google for Cohere in March.", "2025-03-05");

        Assert.Contains(result.Moves(), m => m is { Person: "Daniel Verhoeven", From: "Google", To: "Cohere" });
    }

    [Fact]
    public void Extract_ParliamentAfterASlotWord_IsNoEmployer()
    {
        var result = TestData.Extract("Madrid — Lorena Aguirre, investigadora de la Universidad Carlos III, opinó que la ley se votará pronto en el Senado.", "2025-03-05");

        Assert.Empty(result.Tenures());
    }

    [Fact]
    public void Extract_SchoolNamedBeforeItsNoun_IsNoEmployer()
    {
        var result = TestData.Extract("Oslo — Sigrid Haugland worked at Spotify until 2018, then went back to the Danish Technical University for a doctorate. "
            + "She joined Anthropic last spring.", "2025-03-05");

        Assert.DoesNotContain(Names(result), n => n.Contains("Danish", StringComparison.Ordinal));
        Assert.Contains(result.Tenures(), t => t is { Person: "Sigrid Haugland", Lab: "Spotify" });
    }

    [Fact]
    public void Extract_NewsroomInTheDateline_IsNoPerson()
    {
        var result = TestData.Extract("LONDON, June 2 (Markets Desk) - Cohere has hired Naomi Achterberg, a research scientist at Google DeepMind, to run its safety team.", "2025-06-02");

        Assert.DoesNotContain(Names(result), n => n.Contains("Desk", StringComparison.Ordinal));
        Assert.Contains(result.Moves(), m => m is { Person: "Naomi Achterberg", From: "Google DeepMind", To: "Cohere" });
    }

    [Fact]
    public void Extract_IndonesianThreePartName_KeepsItsFirstGivenName()
    {
        var result = TestData.Extract("Jakarta — Perusahaan rintisan Kopi Nusa AI didirikan oleh Rangga Aditya Pratama, mantan insinyur Tokopedia.", "2025-03-05");

        Assert.Contains(result.Foundings(), f => f.Person == "Rangga Aditya Pratama");
        Assert.DoesNotContain(result.Foundings(), f => f.Person == "Aditya Pratama");
    }

    // The people and labs the facts name (not their evidence, which quotes the sentence).
    private static IEnumerable<string> Names(ExtractionResult result) =>
        result.Moves().SelectMany(m => new[] { m.Person, m.From, m.To })
            .Concat(result.Tenures().SelectMany(t => new[] { t.Person, t.Lab }))
            .Concat(result.Foundings().SelectMany(f => new[] { f.Person, f.Lab }));
}
