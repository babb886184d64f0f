namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// "A lost X (to B)" and "A a perdu X": the people a lab lost worked there, and went where "to"/"à" says. The sentences
/// and people are made up for these tests.
/// </summary>
public class LostPeopleTests
{
    [Theory]
    [InlineData("OpenAI has lost several researchers this year, including Omar Haddad, Lina Berg and Tomas Quill.")]
    [InlineData("OpenAI a perdu plusieurs chercheurs cette année, dont Omar Haddad, Lina Berg et Tomas Quill.")]
    public void Extract_LabLostAListOfPeople_EachWorkedThere(string text)
    {
        var result = TestData.Extract(text);

        foreach (var person in new[] { "Omar Haddad", "Lina Berg", "Tomas Quill" })
        {
            Assert.Contains(result.Tenures(), w => w.Person == person && w.Lab == "OpenAI");
        }
    }

    [Fact]
    public void Extract_LabLostAPersonToAnother_IsAMove()
    {
        var result = TestData.Extract("Meta lost Omar Haddad to OpenAI in March, the second departure this year.");

        Assert.Contains(result.Moves(), m => m.Person == "Omar Haddad" && m.From == "Meta" && m.To == "OpenAI");
    }

    [Theory]
    [InlineData("Anthropic lost two researchers to OpenAI: Maria Lopez and Tom Becker.", "Anthropic", "OpenAI")]
    [InlineData("In a single week Mistral AI lost three engineers to Google: Maria Lopez, Tom Becker and Ines Varga.", "Mistral AI", "Google")]
    [InlineData("Apple lost Maria Lopez and Tom Becker to Meta last month, according to people familiar with the matter.", "Apple", "Meta")]
    public void Extract_LabLostSeveralPeopleToAnother_EachMovesThere(string text, string from, string to)
    {
        var result = TestData.Extract(text);

        foreach (var person in new[] { "Maria Lopez", "Tom Becker" })
        {
            Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
            Assert.Contains(result.Tenures(), w => w.Person == person && w.Lab == from);
        }
    }

    [Fact]
    public void Extract_LossWithoutDestinationBeforeTheColon_MovesNoOneThere()
    {
        // The lab after "to" names a customer, not where the people went; without a colon right after it the people
        // listed later are no list of movers.
        var result = TestData.Extract("Google lost a contract to Amazon on Monday, and Maria Lopez said the team would regroup.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Maria Lopez");
    }

    [Fact]
    public void Extract_PersonSpeakingAfterALoss_WasNotLost()
    {
        var result = TestData.Extract("Google lost the antitrust case on Monday, said Maria Lopez, a lawyer at the firm Bracewell.");

        Assert.DoesNotContain(result.Tenures(), w => w.Person == "Maria Lopez" && w.Lab == "Google");
    }
}
