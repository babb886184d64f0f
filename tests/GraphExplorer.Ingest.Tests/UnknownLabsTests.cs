namespace GraphExplorer.Ingest.Tests;

/// <summary>Organisations no list knows, named right after the noun news introduces a young company with ("the startup
/// X", "das Start-up X", "初创公司X"), and people named in an arrival's sentence only by a past post, who made that move.</summary>
public class UnknownLabsTests
{
    [Fact]
    public void Extract_EnglishStartupNoun_NamesAnUnknownLab()
    {
        var result = TestData.Extract("Priya Raman left Google last month to join the startup Quillbrook as its first engineer.", published: "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == "Priya Raman" && m.From == "Google" && m.To == "Quillbrook");
    }

    [Fact]
    public void Extract_FrenchLaStartup_NamesAnUnknownLab()
    {
        var result = TestData.Extract("Élodie Marchand a quitté Meta pour rejoindre la startup Vendrix, selon nos informations.", published: "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == "Élodie Marchand" && m.From == "Meta" && m.To == "Vendrix");
    }

    [Fact]
    public void Extract_GermanStartUpNoun_NamesAnUnknownLab()
    {
        var result = TestData.Extract("Jana Keller verlässt SAP und wechselt zum Start-up Talvio nach Berlin.", published: "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == "Jana Keller" && m.From == "SAP" && m.To == "Talvio");
    }

    [Fact]
    public void Extract_GermanStartUpNamedAgainAfterRelativePronoun_StaysAnUnknownLab()
    {
        var result = TestData.Extract(
            "Lukas Brenner hat in Hamburg das Start-up Nordvolt gegründet. Brenner, der Nordvolt seit dem Frühjahr führt, sucht weitere Entwickler.",
            published: "2025-06-10");

        Assert.Contains(result.Foundings(), f => f.Person == "Lukas Brenner" && f.Lab == "Nordvolt");
    }

    [Fact]
    public void Extract_GermanNounAfterAnArticleAndStartUpNoun_IsNoLab()
    {
        var result = TestData.Extract(
            "Lukas Brenner hat für das Start-up Berater gewonnen. Die Berater kommen aus München, sagte Brenner.",
            published: "2025-06-10");

        Assert.DoesNotContain(result.Foundings(), f => f.Lab == "Berater");
        Assert.DoesNotContain(result.Tenures(), t => t.Lab == "Berater");
        Assert.DoesNotContain(result.Moves(), m => m.To == "Berater");
    }

    [Fact]
    public void Extract_ChineseStartupNounBeforeLatinName_NamesAnUnknownLab()
    {
        var result = TestData.Extract("据悉，前百度工程师王立新已加入初创公司Novaro，担任首席技术官。", published: "2025-06-10");

        Assert.Contains(result.Moves(), m => m.From == "Baidu" && m.To == "Novaro");
    }

    [Fact]
    public void Extract_FieldAcronymAfterStartupNoun_IsNoLab()
    {
        var result = TestData.Extract("Claire Dumont a cofondé une startup IA appelée Lumora Labs l’an dernier.", published: "2025-06-10");

        Assert.DoesNotContain(result.Foundings(), f => f.Lab == "IA");
        Assert.DoesNotContain(result.Tenures(), t => t.Lab == "IA");
    }

    [Fact]
    public void Extract_FormerStaffNamedInAHiringSentence_MovedToTheHiringLab()
    {
        var result = TestData.Extract("Rafael Costa entrou na Meta, ao lado de Daniel Okafor (ex-Stripe) e Lena Brandt (ex-GitLab).", published: "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == "Lena Brandt" && m.From == "GitLab" && m.To == "Meta");
        Assert.Contains(result.Tenures(), t => t.Person == "Lena Brandt" && t.Lab == "GitLab");
    }

    [Fact]
    public void Extract_FormerStaffAlongsideAHire_MovedToTheHiringLab()
    {
        var result = TestData.Extract("Meta has hired Maya Lindqvist, and also former Stripe CTO Daniel Okafor.", published: "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == "Daniel Okafor" && m.From == "Stripe" && m.To == "Meta");
    }

    [Fact]
    public void Extract_FormerStaffInAnotherSentence_MadeNoMove()
    {
        var result = TestData.Extract("Maya Lindqvist joined Anthropic on Monday. Tom Becker, a former OpenAI researcher, said the move was expected.", published: "2025-06-10");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Tom Becker");
        Assert.Contains(result.Tenures(), t => t.Person == "Tom Becker" && t.Lab == "OpenAI");
    }

    [Theory]
    [InlineData("Vantix hires Quillon researcher\nVantix has hired Elena Petrova from Quillon, the company said on Tuesday.", "Elena Petrova", "Quillon", "Vantix")]
    [InlineData("On Monday, Ardent quietly hired Marcus Hale from Google, two people familiar with the matter said.", "Marcus Hale", "Google", "Ardent")]
    [InlineData("Reuters reported that Corvane had poached Ines Varga from Meta after months of talks.", "Ines Varga", "Meta", "Corvane")]
    public void Extract_UnknownCompanyHiringAsSubject_IsTheDestination(string text, string person, string from, string to)
    {
        var result = TestData.Extract(text, published: "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Theory]
    [InlineData("Lena Okafor runs the robotics group. Okafor hired Jon Reed from Apple in May.", "Okafor")]
    [InlineData("Investors hired Jon Reed from Apple to review the deal.", "Investors")]
    [InlineData("Bloomberg reported that Meta hired Jon Reed from Apple.", "Bloomberg")]
    [InlineData("Ultimately hired in May, Jon Reed left Apple for the role.", "Ultimately")]
    public void Extract_CapitalisedSubjectThatIsNoCompany_MakesNoLab(string text, string notALab)
    {
        var result = TestData.Extract(text, published: "2025-06-10");

        Assert.DoesNotContain(result.Moves(), m => m.To == notALab || m.From == notALab);
        Assert.DoesNotContain(result.Tenures(), w => w.Lab == notALab);
    }
}
