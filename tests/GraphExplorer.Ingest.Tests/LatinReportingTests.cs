namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// General constructions of hiring and founding news in the Latin-script languages: title chains ("founder and CEO of"),
/// appositions that end at the next comma, passive foundings whose agents are described first, and the move, work and
/// origin phrases of each language. The sentences, people and most companies are made up for these tests.
/// </summary>
public class LatinReportingTests
{
    [Fact]
    public void Extract_EnglishFounderAndChiefExecutiveOf_FoundsTheLabOfTheSecondTitle()
    {
        var result = TestData.Extract("Nadia Korsakova, founder and chief executive of Brightwave, said on Monday that the team would double this year.");

        Assert.Contains(result.Foundings(), f => f.Person == "Nadia Korsakova" && f.Lab == "Brightwave");
    }

    [Fact]
    public void Extract_PortugueseFundadorEPresidenteExecutivo_FoundsTheLabOfTheSecondTitle()
    {
        var result = TestData.Extract("O investidor Rui Calado, fundador e presidente-executivo da Travessant, permanecerá no conselho da empresa, segundo o jornal.");

        Assert.Contains(result.Foundings(), f => f.Person == "Rui Calado" && f.Lab == "Travessant");
    }

    [Fact]
    public void Extract_BareCoFounderAfterAnotherCompany_FoundsNotTheArticlesMainLab()
    {
        var result = TestData.Extract("OpenAI faces new rivals\nOpenAI is facing pressure from smaller labs. Helix Labs raised $50 million on Monday. "
            + "Co-founder Dana Moss said the startup would hire quickly. OpenAI co-founder Greg Brockman declined to comment.");

        Assert.DoesNotContain(result.Foundings(), f => f.Person == "Dana Moss" && f.Lab == "OpenAI");
        Assert.Contains(result.Foundings(), f => f.Person == "Greg Brockman" && f.Lab == "OpenAI");
    }

    [Fact]
    public void Extract_ApposedCoFounderSpeakingOfTheCompany_FoundsNoLabTheSentenceLeavesUnnamed()
    {
        var result = TestData.Extract("OpenAI faces new rivals\nOpenAI is facing pressure from rivals, including Anthropic and a young startup from Berlin. "
            + "Peter Vance, a co-founder, said the company had no plans to sell.");

        Assert.DoesNotContain(result.Foundings(), f => f.Person == "Peter Vance");
    }

    [Theory]
    [InlineData("Helix Labs raises $50 million\nHelix Labs raised $50 million on Monday. Co-founder Dana Moss said the startup would hire quickly.")]
    [InlineData("Rivals gather\nOpenAI is facing pressure from smaller labs. Dana Moss, a co-founder of Helix Labs, said the company would hire quickly.")]
    public void Extract_CoFounderOfTheLabTheArticleOrSentenceNames_StillFounds(string text)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Foundings(), f => f.Person == "Dana Moss" && f.Lab == "Helix Labs");
    }

    [Fact]
    public void Extract_AppositiveFounderBeforeAnotherTitledName_FoundsOnlyTheApposedPerson()
    {
        var result = TestData.Extract("The new team included Tomas Reyna, the founder of Quillmark, former Brightwave CEO Lena Ostrova, and two engineers from the startup.");

        var founding = Assert.Single(result.Foundings());
        Assert.Equal(("Tomas Reyna", "Quillmark"), (founding.Person, founding.Lab));
        Assert.Contains(result.Tenures(), t => t.Person == "Lena Ostrova" && t.Lab == "Brightwave");
    }

    [Fact]
    public void Extract_EnglishFoundedByFormerResearchersOfALab_FindsEveryFounder()
    {
        var result = TestData.Extract("Periodic Labs was founded in 2025 by former OpenAI researchers Ana Duarte and Boris Lindqvist, the company said.");

        Assert.Contains(result.Foundings(), f => f.Person == "Ana Duarte" && f.Lab == "Periodic Labs");
        Assert.Contains(result.Foundings(), f => f.Person == "Boris Lindqvist" && f.Lab == "Periodic Labs");
    }

    [Fact]
    public void Extract_GermanPassiveFoundingByDescribedAgents_FindsEveryFounder()
    {
        var result = TestData.Extract("Aleph Alpha wurde 2019 von den ehemaligen Apple-Mitarbeitern Jonas Keller und Mara Vogt gegründet, wie das Unternehmen mitteilte.");

        Assert.Contains(result.Foundings(), f => f.Person == "Jonas Keller" && f.Lab == "Aleph Alpha");
        Assert.Contains(result.Foundings(), f => f.Person == "Mara Vogt" && f.Lab == "Aleph Alpha");
    }

    [Fact]
    public void Extract_GermanFaengtBeiAn_FindsTheNewEmployer()
    {
        var result = TestData.Extract("Die Informatikerin Jana Albrecht fängt bei Aleph Alpha an, wie das Unternehmen am Montag mitteilte.");

        Assert.Contains(result.Tenures(), t => t.Person == "Jana Albrecht" && t.Lab == "Aleph Alpha");
    }

    [Fact]
    public void Extract_GermanLeavesAGroupForALab_FindsTheMoveWithBothLabs()
    {
        var result = TestData.Extract("Der Manager Reto Keller verließ die Schwarz Gruppe und wechselte zu Aleph Alpha, wie das Unternehmen mitteilte.");

        Assert.Contains(result.Moves(), m => m.Person == "Reto Keller" && m.From == "Schwarz Group" && m.To == "Aleph Alpha");
    }

    [Fact]
    public void Extract_SpanishRecalaEn_FindsTheNewEmployer()
    {
        var result = TestData.Extract("El investigador Tomás Ferrer recala en Anthropic tras cinco años en la empresa de Mountain View, según ha confirmado la compañía.");

        Assert.Contains(result.Tenures(), t => t.Person == "Tomás Ferrer" && t.Lab == "Anthropic");
    }

    [Fact]
    public void Extract_PortugueseLideraPresent_FindsTheEmployer()
    {
        var result = TestData.Extract("Hoje a engenheira Carla Mendes lidera a Feedzai em Lisboa, segundo a empresa, que não comentou os números.");

        Assert.Contains(result.Tenures(), t => t.Person == "Carla Mendes" && t.Lab == "Feedzai");
    }

    [Fact]
    public void Extract_FrenchTransfugeDe_FindsTheOriginOfTheMove()
    {
        var result = TestData.Extract("Paul Girard, transfuge de Google, a rejoint Mistral AI en janvier, selon l'entreprise parisienne.");

        Assert.Contains(result.Moves(), m => m.Person == "Paul Girard" && m.From == "Google" && m.To == "Mistral AI");
    }

    [Fact]
    public void Extract_LowerCaseBrandBeforeLabs_IsTheLabLeft()
    {
        var result = TestData.Extract("Maya Lindholm left zeta Labs in March and joined Brightwave as head of research, the company said.");

        Assert.Contains(result.Moves(), m => m.Person == "Maya Lindholm" && m.From == "zeta Labs" && m.To == "Brightwave");
    }

    [Theory]
    [InlineData("Kyutai researcher heads to Google\n\nBastien Morel will join Google DeepMind next month. \"We built something unique,\" Morel wrote on LinkedIn, without giving the reasons for his departure.")]
    [InlineData("Un chercheur de Kyutai part chez Google\n\nBastien Morel va rejoindre Google DeepMind. « Nous avons construit quelque chose d'unique », a réagi Bastien Morel sur LinkedIn, sans évoquer les raisons de son départ.")]
    [InlineData("Kyutai researcher heads to Google\n\nBastien Morel will join Google DeepMind next month, he said in a post on X on Tuesday, explaining his departure.")]
    public void Extract_NetworkWhereTheNewsWasPosted_IsNoEmployer(string text)
    {
        // The post about a departure named LinkedIn: it made a move from LinkedIn to Google DeepMind.
        var result = TestData.Extract(text, published: "2025-06-10");

        Assert.DoesNotContain(result.Moves(), m => m.From is "LinkedIn" or "X");
        Assert.DoesNotContain(result.Tenures(), t => t.Lab is "LinkedIn" or "X");
    }

    [Fact]
    public void Extract_YearsAtLinkedInBeforeTheMove_StillTheOrigin()
    {
        var result = TestData.Extract("Bastien Morel, who spent six years at LinkedIn, has joined OpenAI, he wrote on LinkedIn on Monday.", published: "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == "Bastien Morel" && m.From == "LinkedIn" && m.To == "OpenAI");
    }

    [Fact]
    public void Extract_FrenchLabWelcomesAFormerExecutive_MovesFromTheFormerLab()
    {
        var result = TestData.Extract("Anthropic accueille Rahim Patel, ancien directeur technique de Stripe, qui prend la tête des opérations techniques.");

        Assert.Contains(result.Moves(), m => m.Person == "Rahim Patel" && m.From == "Stripe" && m.To == "Anthropic");
    }

    [Fact]
    public void Extract_FrenchEventWelcomesAFormerExecutive_IsNoMove()
    {
        var result = TestData.Extract("La conférence de Lyon accueille Rahim Patel, ancien directeur technique de Stripe, pour une table ronde sur les agents.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Rahim Patel");
    }

    [Fact]
    public void Extract_FrenchLedATeamAtALabThenJoins_MovesFromThatLab()
    {
        var result = TestData.Extract("Franck Chevalier, qui menait une équipe de développeurs chez Apple, rejoint lui aussi les équipes de Meta.");

        Assert.Contains(result.Moves(), m => m.Person == "Franck Chevalier" && m.From == "Apple" && m.To == "Meta");
    }

    [Fact]
    public void Extract_FrenchLedATeamAndTestified_IsOnlyThePost()
    {
        var result = TestData.Extract("Franck Chevalier, qui menait une équipe de développeurs chez Apple, a témoigné jeudi devant le tribunal.");

        Assert.Contains(result.Tenures(), t => t.Person == "Franck Chevalier" && t.Lab == "Apple");
        Assert.DoesNotContain(result.Moves(), m => m.Person == "Franck Chevalier");
    }

    [Fact]
    public void Extract_EnglishNewHiresIncludeAfterAGroupHire_MovesEachListedPerson()
    {
        var result = TestData.Extract("Stability AI hired three Cohere researchers. The new hires include Marco Ilves, Hana Osterberg and Lior Benami.");

        Assert.Contains(result.Moves(), m => m.Person == "Marco Ilves" && m.From == "Cohere" && m.To == "Stability AI");
        Assert.Contains(result.Moves(), m => m.Person == "Lior Benami" && m.From == "Cohere" && m.To == "Stability AI");
    }

    [Fact]
    public void Extract_EnglishHiresAsAVerb_StillHires()
    {
        var result = TestData.Extract("Cohere hires Marco Ilves from Stability AI to lead its agents team.");

        Assert.Contains(result.Moves(), m => m.Person == "Marco Ilves" && m.From == "Stability AI" && m.To == "Cohere");
    }

    [Fact]
    public void Extract_EnglishFormerResearcherIsOneOfTheCofounders_FoundsTheLab()
    {
        var result = TestData.Extract("Ravi Dhanani, a former researcher at OpenAI, is one of the co-founders of Perplexity.");

        Assert.Contains(result.Foundings(), f => f.Person == "Ravi Dhanani" && f.Lab == "Perplexity");
        Assert.Contains(result.Moves(), m => m.Person == "Ravi Dhanani" && m.From == "OpenAI" && m.To == "Perplexity");
    }

    [Fact]
    public void Extract_EnglishMetOneOfTheCofounders_FoundsNothing()
    {
        var result = TestData.Extract("Ravi Dhanani, a researcher at OpenAI, met one of the co-founders of Perplexity at a conference in Paris.");

        Assert.DoesNotContain(result.Foundings(), f => f.Person == "Ravi Dhanani");
        Assert.DoesNotContain(result.Moves(), m => m.Person == "Ravi Dhanani");
    }

    [Fact]
    public void Extract_EnglishLeftForAJobAtALab_MovesThere()
    {
        var result = TestData.Extract("Mike Lindqvist left xAI for a job at OpenAI after just 100 days.");

        Assert.Contains(result.Moves(), m => m.Person == "Mike Lindqvist" && m.From == "xAI" && m.To == "OpenAI");
    }

    [Fact]
    public void Extract_EnglishLeftForAJobAtANonLab_IsNoMoveToTheLabQuoted()
    {
        var result = TestData.Extract("Mike Lindqvist left xAI for a job at a bank in Zurich, an OpenAI spokesperson said.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Mike Lindqvist" && m.To == "OpenAI");
    }

    [Fact]
    public void Extract_EnglishCofounderOfALabJoinsAnother_MovesFromTheFoundedLab()
    {
        var result = TestData.Extract("Cohere co-founder Ivan Zhelev joined Meta in June, the company said on Monday.");

        Assert.Contains(result.Moves(), m => m.Person == "Ivan Zhelev" && m.From == "Cohere" && m.To == "Meta");
    }

    [Fact]
    public void Extract_EnglishCofounderJoinsABoard_IsNoMoveOrPost()
    {
        var result = TestData.Extract("Cohere co-founder Ivan Zhelev joined the board of Meta in June, the company said on Monday.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Ivan Zhelev");
        Assert.DoesNotContain(result.Tenures(), t => t.Person == "Ivan Zhelev" && t.Lab == "Meta");
    }

    [Fact]
    public void Extract_EnglishResearcherJoinsAPanelWithALab_IsNoMoveOrPost()
    {
        var result = TestData.Extract("Cohere researcher Ivan Zhelev joined a panel with Meta executives in June, organisers said on Monday.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Ivan Zhelev");
        Assert.DoesNotContain(result.Tenures(), t => t.Person == "Ivan Zhelev" && t.Lab == "Meta");
    }

    [Theory]
    [InlineData("Researcher denies move\n\nMaya Lindqvist denied reports that she would leave Google for Meta, calling them false.")]
    [InlineData("Une chercheuse dément\n\nMaya Lindqvist a démenti les rumeurs selon lesquelles elle quitterait Google pour rejoindre Meta.")]
    [InlineData("Forscherin dementiert\n\nMaya Lindqvist dementierte, dass sie Google verlassen und zu Meta wechseln werde.")]
    public void Extract_DeniedReportOfAMove_IsNoMove(string text)
    {
        // A denial reaches every verb after it in the sentence, not only the next words.
        var result = TestData.Extract(text, published: "2025-06-10");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Maya Lindqvist");
    }

    [Fact]
    public void Extract_DenialInAnotherSentence_KeepsTheMove()
    {
        var result = TestData.Extract("Google denied that it was cutting its research staff. Maya Lindqvist left Google for Meta last week.", published: "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == "Maya Lindqvist" && m.From == "Google" && m.To == "Meta");
    }
}
