namespace GraphExplorer.Ingest.Tests;

/// <summary>First-person announcements in quotes: the speaker named outside the quote joins the lab.</summary>
public class QuotedMoveTests
{
    [Theory]
    [InlineData("\"I'm joining Anthropic to work on interpretability,\" Helena Voss wrote on Monday.", "Helena Voss", "Anthropic")]
    [InlineData("« Je rejoins Mistral AI pour diriger la recherche », a déclaré Camille Dufresne lundi.", "Camille Dufresne", "Mistral AI")]
    [InlineData("Lucía Ferrer lo anunció en redes sociales: \"Me uno a OpenAI para trabajar en agentes\".", "Lucía Ferrer", "OpenAI")]
    [InlineData("Rafael Moura escreveu na segunda-feira: \"Vou para a Anthropic trabalhar com interpretabilidade\".", "Rafael Moura", "Anthropic")]
    [InlineData("„Ich wechsle zu Anthropic, weil mich die Forschung reizt“, sagte Jonas Brandt.", "Jonas Brandt", "Anthropic")]
    public void Extract_FirstPersonJoiningInQuotes_SpeakerJoinsTheLab(string text, string person, string lab)
    {
        var result = TestData.Extract(text, published: "2025-06-10");

        Assert.Contains(result.Facts, f => f is Core.Facts.WorkedAtFact w && w.Person == person && w.Lab == lab
            || f is Core.Facts.LeftForFact m && m.Person == person && m.To == lab);
    }

    [Fact]
    public void Extract_QuoteAboutSomeoneElseJoining_SpeakerDoesNotJoin()
    {
        // The speaker welcomes another person: the first person is no subject of the joining.
        var result = TestData.Extract("\"I am delighted that Mara Quint is joining Anthropic,\" Helena Voss said.", published: "2025-06-10");

        Assert.DoesNotContain(result.Facts, f => f is Core.Facts.WorkedAtFact { Person: "Helena Voss" } or Core.Facts.LeftForFact { Person: "Helena Voss" });
    }

    [Fact]
    public void Extract_FirstPersonLeavingThenJoining_MovesTheSpeaker()
    {
        var result = TestData.Extract("Helena Voss is a researcher at Google DeepMind. \"I'm joining Anthropic next month,\" Voss said on Monday.", published: "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == "Helena Voss" && m.From == "Google DeepMind" && m.To == "Anthropic");
    }
}
