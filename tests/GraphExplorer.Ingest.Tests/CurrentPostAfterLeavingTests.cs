namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// "X, who left A last year, now works at B", "X was poached from A and is now at B" and the French, German and Spanish
/// forms state a move from A to B without a verb of joining: the present lab follows a phrase for "now" that ends in a
/// preposition. The lab must follow that phrase at once, so "now works at scale with B" gives no move. The sentences
/// and people are made up for these tests.
/// </summary>
public class CurrentPostAfterLeavingTests
{
    [Theory]
    [InlineData("Nadia Osei, who left Apple last year, now works at OpenAI, according to her profile.", "Nadia Osei", "Apple", "OpenAI")]
    [InlineData("Ines Albrecht was poached from Amazon in May and is now at Google DeepMind, a person familiar with the matter said.", "Ines Albrecht", "Amazon", "Google DeepMind")]
    [InlineData("Hugo Marchand, qui a quitté Google l'an dernier, travaille désormais chez Mistral AI, selon son profil.", "Hugo Marchand", "Google", "Mistral AI")]
    [InlineData("Lena Vogt, die Siemens im Frühjahr verlassen hat, arbeitet inzwischen bei Aleph Alpha, wie das Unternehmen mitteilte.", "Lena Vogt", "Siemens", "Aleph Alpha")]
    [InlineData("Mateo Ibarra, que dejó Telefónica el año pasado, ahora trabaja en OpenAI, según la empresa.", "Mateo Ibarra", "Telefónica", "OpenAI")]
    public void Extract_LeftThenNowWorksAt_GivesTheMove(string text, string person, string from, string to)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Fact]
    public void Extract_NowWorksAtFollowedByOtherWords_GivesNoMove()
    {
        var result = TestData.Extract("Tariq Bello left Apple in March, and the group now works at scale with OpenAI on new models.");

        Assert.DoesNotContain(result.Moves(), m => m.To == "OpenAI");
    }
}
