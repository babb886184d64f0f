using GraphExplorer.Core.Facts;
using GraphExplorer.Ingest.Extraction;

namespace GraphExplorer.Ingest.Tests;

/// <summary>People a Japanese article names as reporters of its news draw no facts; self-written sentences only.</summary>
public class JapaneseReporterTests
{
    [Theory]
    [InlineData("テックニュースのケン・ワタナベ記者によると、ジョン・スミス氏はグーグルを退社し、メタに移籍した。", "ケン・ワタナベ")]
    [InlineData("Tom Baker氏の報道によれば、ジョン・スミス氏はグーグルを退社し、メタに移籍した。", "Tom Baker")]
    public void IsReporter_NameBeforeAReporterWord_IsTrue(string text, string person) =>
        Assert.True(JapaneseReporters.IsReporter(text, person));

    [Fact]
    public void IsReporter_NameBeforeAMoveVerb_IsFalse() =>
        Assert.False(JapaneseReporters.IsReporter("ジョン・スミス氏はグーグルを退社し、メタに移籍した。", "ジョン・スミス"));

    [Fact]
    public void Drop_FactsOfAReporter_AreRemovedAndOthersKept()
    {
        const string text = "Tom Baker氏の報道によれば、Ann Lee氏はメタに移籍した。";
        List<Fact> facts = [new WorkedAtFact("Tom Baker", "OpenAI", null, null, null), new WorkedAtFact("Ann Lee", "Meta", null, null, null)];

        var kept = JapaneseReporters.Drop(facts, text, "ja");

        Assert.Equal(["Ann Lee"], kept.OfType<WorkedAtFact>().Select(f => f.Person));
        Assert.Equal(2, JapaneseReporters.Drop(facts, text, "en").Count);
    }

    [Fact]
    public void Extract_ReporterNamedBesideAMove_GetsNoFact()
    {
        var result = TestData.Extract("Tom Baker氏の報道によると、OpenAIの研究者Ann Lee氏が先月Anthropicに移籍した。", "2025-03-20");

        Assert.DoesNotContain(result.Facts, f => f is WorkedAtFact { Person: "Tom Baker" } or LeftForFact { Person: "Tom Baker" });
    }
}
