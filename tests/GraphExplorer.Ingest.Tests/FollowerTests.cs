namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// "She will be followed next month by X", "X will follow her", "X l'a suivie": the follower makes the leader's latest
/// move, to the same lab, from the lab the sentence describes them at. Following anything else, or someone who moved
/// nowhere, is no move. The sentences and people are made up for these tests.
/// </summary>
public class FollowerTests
{
    [Theory]
    [InlineData("Priya Raman left OpenAI for Anthropic on Monday. She will be followed next month by Daniel Osei, a former Google engineer.", "Daniel Osei", "Google", "Anthropic")]
    [InlineData("Priya Raman left OpenAI for Anthropic on Monday. Daniel Osei, a former Google engineer, will follow her next month.", "Daniel Osei", "Google", "Anthropic")]
    [InlineData("Claire Vasseur a quitté Criteo pour rejoindre Mistral AI en janvier. Julien Marchetti, un ancien de Dataiku, l'a suivie deux mois plus tard.", "Julien Marchetti", "Dataiku", "Mistral AI")]
    public void Extract_FollowerOfAMover_MovedToTheSameLab(string text, string follower, string from, string to)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == follower && m.From == from && m.To == to);
    }

    [Theory]
    [InlineData("Priya Raman left OpenAI for Anthropic on Monday. Daniel Osei, a former Google engineer, followed the negotiations closely.")]
    [InlineData("Priya Raman has worked at OpenAI since 2019. Daniel Osei, a former Google engineer, will follow her lead on safety.")]
    public void Extract_FollowingNoMove_NoMoveForTheFollower(string text)
    {
        var result = TestData.Extract(text);

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Daniel Osei");
    }
}
