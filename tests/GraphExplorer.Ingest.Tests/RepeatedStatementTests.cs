namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// A long article that says the same thing about a person again and again (a live blog, a digest) gives the facts it
/// gives when said once: the per-person reasoning folds repeated events, which is what keeps its time linear in the
/// article's length (measured by `bench ingest --articles 2 --chars N`, not here). The sentences and people are made up.
/// </summary>
public class RepeatedStatementTests
{
    private const string Headline = "Anthropic hires a Google DeepMind researcher\n\n";

    private const string Story =
        "Priya Raman, a research scientist at Google DeepMind, joined Anthropic in March 2024 as head of interpretability. " +
        "She left Google DeepMind in February 2024. ";

    [Fact]
    public void Extract_SameStoryRepeatedFortyTimes_GivesTheFactsOfTellingItOnce()
    {
        var once = TestData.Extract(Headline + Story, "2024-06-01");
        var repeated = TestData.Extract(Headline + string.Concat(Enumerable.Repeat(Story, 40)), "2024-06-01");

        Assert.NotEmpty(once.Moves());
        Assert.Equal(Keys(once), Keys(repeated));
    }

    private static List<string> Keys(ExtractionResult result) =>
        result.Moves().Select(m => $"LEFT_FOR {m.Person} {m.From} {m.To} {m.Date}")
            .Concat(result.Tenures().Select(t => $"WORKED_AT {t.Person} {t.Lab} {t.Role} {t.Start} {t.End}"))
            .Concat(result.Foundings().Select(f => $"FOUNDED {f.Person} {f.Lab} {f.Date}"))
            .Order(StringComparer.Ordinal).ToList();
}
