namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// A post signed under its headline and written in the first person: "I" outside quotes is the author. A report signed
/// by a journalist, whose first person stands only in quotes, gives the journalist nothing. The posts, people and
/// companies of these tests are made up.
/// </summary>
public class AuthorFirstPersonTests
{
    private const string Post = "Why I left Stripe to build tools for farmers\n\nBy Ingrid Halvorsen\n\nI have left Stripe after six years, and this week my co-founder Omar Diallo and I are launching Furrow, a company that builds software for small farms. I'm the CEO.\n\nI joined Stripe in 2019 as an engineer. My manager, Paul Reyes, still leads the payments team there.";

    [Fact]
    public void Extract_SignedFirstPersonPost_AuthorLeftForTheNewCompany()
    {
        var result = TestData.Extract(Post, "2026-11-01");

        Assert.Contains(result.Moves(), m => m.Person == "Ingrid Halvorsen" && m.From == "Stripe" && m.To == "Furrow");
    }

    [Fact]
    public void Extract_SignedFirstPersonPost_AuthorFoundedTheCompany()
    {
        var result = TestData.Extract(Post, "2026-11-01");

        Assert.Contains(result.Foundings(), f => f.Person == "Ingrid Halvorsen" && f.Lab == "Furrow");
    }

    [Fact]
    public void Extract_ReportSignedByJournalist_FirstPersonOnlyInQuotes_JournalistGetsNothing()
    {
        var result = TestData.Extract("Furrow hires a Stripe engineer\n\nBy Ingrid Halvorsen\n\nFurrow has hired Lena Marsh from Stripe. \"I have wanted to work on farming for years,\" Marsh said. \"I think the timing is right.\"", "2026-11-01");

        Assert.DoesNotContain(result.Facts, f => f is GraphExplorer.Core.Facts.LeftForFact { Person: "Ingrid Halvorsen" } or GraphExplorer.Core.Facts.WorkedAtFact { Person: "Ingrid Halvorsen" });
        Assert.Contains(result.Moves(), m => m.Person == "Lena Marsh" && m.To == "Furrow");
    }

    [Fact]
    public void Extract_UnsignedFirstPersonPost_NoOneGetsTheFirstPersonsMoves()
    {
        var result = TestData.Extract("Why I left Stripe to build tools for farmers\n\nI have left Stripe after six years, and this week I am launching Furrow, a company that builds software for small farms.", "2026-11-01");

        Assert.DoesNotContain(result.Moves(), m => m.From == "Stripe" && m.To == "Furrow");
    }
}
