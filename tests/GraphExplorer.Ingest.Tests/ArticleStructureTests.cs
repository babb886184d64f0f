namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// The structures real reporting uses, in self-written sentences (never corpus text): a group hired under a title and
/// named later, "A's X is leaving for B", a move's destination without a title.
/// </summary>
public sealed class ArticleStructureTests
{
    private static HashSet<string> MoveSet(ExtractionResult result) =>
        result.Moves().Select(m => $"{m.Person}: {m.From} -> {m.To}").ToHashSet(StringComparer.Ordinal);

    [Theory]
    [InlineData("Anthropic hires three OpenAI researchers\nThe company confirmed the hires on Monday. Jane Roe, John Doe and Mary Major, all researchers at OpenAI, will work on its models.", "Anthropic", "OpenAI", "Jane Roe|John Doe|Mary Major")]
    [InlineData("Meta ficha a dos ingenieros de Google para su nuevo laboratorio\nLa empresa confirmó la noticia el martes. Se trata de Laura Campos y Diego Herrera, ingenieros de Google en Zúrich.", "Meta", "Google", "Laura Campos|Diego Herrera")]
    [InlineData("Mistral AI recrute trois chercheurs de Google DeepMind. Parmi les chercheurs qui ont quitté pour Mistral AI figuraient :\n• Claire Martin, qui travaillait sur les modèles de Google DeepMind.\n• Paul Girard, ingénieur chez Google DeepMind.", "Mistral AI", "Google DeepMind", "Claire Martin|Paul Girard")]
    public void Extract_GroupHiredUnderATitleAndNamedLater_GivesEachMemberTheMove(string text, string to, string from, string people)
    {
        var moves = MoveSet(TestData.Extract(text, "2025-06-01"));

        foreach (var person in people.Split('|'))
        {
            Assert.Contains($"{person}: {from} -> {to}", moves);
        }
    }

    [Fact]
    public void Extract_PeopleAlreadyAtTheHiringLab_AreNotMadeMembersOfTheGroup()
    {
        var result = TestData.Extract("OpenAI CEO Sam Altman said the company had hired several researchers from Google. Altman and OpenAI president Greg Brockman did not comment further.", "2025-06-01");

        Assert.Empty(result.Moves());
        Assert.Contains(result.Tenures(), t => t.Person == "Sam Altman" && t.Lab == "OpenAI");
    }

    [Fact]
    public void Extract_NamesListedFarAfterTheGroupHire_AreNotMadeMembersOfTheGroup()
    {
        var result = TestData.Extract("Magalu contrata gerente da Amazon\n\nA Magalu reforçou sua equipe de tecnologia. Ana Souza deixou a Amazon em maio. Ela chegou à Magalu na segunda-feira como diretora de dados.\n\nNa Amazon, Ana era gerente de produtos. A empresa não comentou a saída.\n\nO setor vive uma fase de disputa por talentos. Segundo os analistas Pedro Alves e Rita Nunes, a disputa deve crescer em 2026.", "2025-06-01");

        Assert.DoesNotContain(result.Moves(), m => m.Person is "Pedro Alves" or "Rita Nunes");
    }

    [Fact]
    public void Extract_NamesListedRightAfterTheGroupHire_AreMembersOfTheGroup()
    {
        var result = TestData.Extract("Magalu contrata gerentes da Amazon\n\nA Magalu contratou gerentes da Amazon nesta semana. São eles Pedro Alves e Rita Nunes, que chegam em junho.", "2025-06-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Pedro Alves", From: "Amazon" });
        Assert.Contains(result.Moves(), m => m is { Person: "Rita Nunes", From: "Amazon" });
    }

    [Fact]
    public void Extract_LabPossessiveThenLeavingFor_IsAMoveFromThatLab()
    {
        var result = TestData.Extract("OpenAI's Jane Roe is leaving for Anthropic, the two companies said on Tuesday.", "2025-06-01");

        Assert.Equal(["Jane Roe: OpenAI -> Anthropic"], MoveSet(result));
        Assert.Contains(result.Tenures(), t => t.Person == "Jane Roe" && t.Lab == "OpenAI");
    }

    [Fact]
    public void Extract_MoveWithoutATitleAtTheDestination_GivesNoTenureThere()
    {
        var result = TestData.Extract("Jane Roe left OpenAI to join Anthropic, where she will work on interpretability, the company said.", "2025-06-01");

        Assert.Contains("Jane Roe: OpenAI -> Anthropic", MoveSet(result));
        Assert.DoesNotContain(result.Tenures(), t => t.Lab == "Anthropic");
        Assert.Contains(result.Tenures(), t => t.Person == "Jane Roe" && t.Lab == "OpenAI");
    }

    [Theory]
    [InlineData("Jane Roe and John Doe, both formerly of OpenAI, founded Acme Labs, the company said in a statement on Monday.", "OpenAI", "Jane Roe|John Doe")]
    [InlineData("Deux anciens de Google DeepMind, Claire Martin et Paul Girard, ont cofondé la start-up Acme Labs, selon un communiqué de la société.", "Google DeepMind", "Claire Martin|Paul Girard")]
    public void Extract_FoundersDescribedAsFormerlyOfALab_LeftThatLabAndFoundedTheNewOne(string text, string origin, string people)
    {
        var result = TestData.Extract(text, "2025-06-01");

        foreach (var person in people.Split('|'))
        {
            Assert.Contains($"{person}: {origin} -> Acme Labs", MoveSet(result));
            Assert.Contains(result.Foundings(), f => f.Person == person && f.Lab == "Acme Labs");
            Assert.DoesNotContain(result.Foundings(), f => f.Person == person && f.Lab == origin);
        }
    }

    [Theory]
    [InlineData("La exinvestigadora de OpenAI Juana Ruiz y el exingeniero de Google Diego Herrera se unen al laboratorio de Anthropic, según informó la empresa.", "Juana Ruiz: OpenAI -> Anthropic|Diego Herrera: Google -> Anthropic")]
    [InlineData("Auch Johanna Roth, bislang verantwortlich für die Modelle von Google, verlässt das Unternehmen in Richtung Anthropic, wie das Unternehmen mitteilte.", "Johanna Roth: Google -> Anthropic")]
    [InlineData("El consejero delegado confirmó la salida reportada por medios de Laura Campos, jefa de diseño de Apple desde 2015, que se unirá a Meta, según informó la empresa.", "Laura Campos: Apple -> Meta")]
    public void Extract_MovesInEverydayWording_AreRead(string text, string expected)
    {
        var moves = MoveSet(TestData.Extract(text, "2025-06-01"));

        foreach (var move in expected.Split('|'))
        {
            Assert.Contains(move, moves);
        }
    }

    [Fact]
    public void Extract_ListJoiningAUnitNamedAfterItsLab_JoinsThatLab()
    {
        var result = TestData.Extract("OpenAIの研究者の流出が続いている。Jane Roe、John Doeらも同様に、Metaのスーパーインテリジェンス研究所に加わった。", "2025-06-01");

        Assert.Contains(result.Tenures(), t => t.Person == "Jane Roe" && t.Lab == "Meta");
        Assert.Contains(result.Tenures(), t => t.Person == "John Doe" && t.Lab == "Meta");
    }

    [Fact]
    public void Extract_BareTitleInASentenceMovingThePersonToALab_IsNotATitleAtThatLab()
    {
        var result = TestData.Extract("OpenAIの研究者の流出が続いている。主な移籍者として、研究科学者・Jane Roeが7月にMetaに移籍した。", "2025-06-01");

        Assert.Contains("Jane Roe: OpenAI -> Meta", MoveSet(result));
        Assert.DoesNotContain(result.Tenures(), t => t.Lab == "Meta" && t.Role is not null);
    }

    [Fact]
    public void Extract_FounderOfTwoLabsResigning_DoesNotGuessWhichLabWasLeft()
    {
        var result = TestData.Extract("Jane Roe, co-founder of Anthropic and co-founder of Mistral AI, announced her resignation on Monday, the companies said.", "2025-06-01");

        Assert.Empty(result.Moves());
        Assert.Equal(["Anthropic", "Mistral AI"], result.Foundings().Select(f => f.Lab).Order(StringComparer.Ordinal));
    }
}
