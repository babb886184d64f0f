namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Moves whose post at the destination is told by a verb of leading ("to lead", "para dirigir", "untuk memimpin",
/// "负责", "을 이끌게", "を率いる") or by a word put before the title ("出任"): the destination gets a WORKED_AT with a
/// role, as the labelling rules ask. Self-written sentences, with near misses that state a post held before the move,
/// a denied report, or a post told of the origin in the sentence after the move.
/// </summary>
public class DestinationLedPostTests
{
    [Theory]
    [InlineData("Anthropic said on Tuesday that it had hired Clara Jennings away from Cohere to lead its retrieval team.", "Clara Jennings", "Anthropic")]
    [InlineData("Marcus Oyelaran left OpenAI in March to run the inference platform at Mistral AI.", "Marcus Oyelaran", "Mistral AI")]
    [InlineData("Andrea Molina, que hasta ahora trabajaba en Meta, se incorpora a Nubank para dirigir su equipo de modelos de lenguaje.", "Andrea Molina", "Nubank")]
    [InlineData("Renata Falcão deixou o iFood em maio para comandar a área de dados do Nubank.", "Renata Falcão", "Nubank")]
    [InlineData("Rina Wijaya meninggalkan Tokopedia untuk memimpin tim riset di Grab.", "Rina Wijaya", "Grab")]
    [InlineData("前百度工程师张伟已加入月之暗面，负责推理系统。", "Zhang Wei", "Moonshot AI")]
    [InlineData("原阿里巴巴研究员王芳已正式入职字节跳动，出任视觉模型负责人。", "Wang Fang", "ByteDance")]
    public void Extract_PostTakenByAVerbOfLeadingOrAnIntroducedTitle_IsAPostAtTheDestination(string text, string person, string destination)
    {
        var result = TestData.Extract(text, "2025-06-01");

        Assert.Contains(result.Moves(), m => m.Person == person && m.To == destination);
        Assert.Contains(result.Tenures(), w => w.Person == person && w.Lab == destination && w.Role is not null);
    }

    /// <summary>The sentence after the move names the mover by surname and title, or not at all (its subject carried over).</summary>
    [Theory]
    [InlineData("카카오 출신 이민수 박사가 업스테이지에 합류했다. 이 박사는 검색 모델 개발을 이끌게 된다.", "Lee Min-soo", "Upstage")]
    [InlineData("ソニーの研究者だった田中一郎氏がSakana AIに入社した。新設の研究チームを率いる。", "Ichiro Tanaka", "Sakana AI")]
    public void Extract_VerbOfLeadingInTheSentenceAfterTheMove_IsAPostAtTheDestination(string text, string person, string destination)
    {
        var result = TestData.Extract(text, "2025-06-01");

        Assert.Contains(result.Tenures(), w => w.Person == person && w.Lab == destination && w.Role is not null);
    }

    /// <summary>The headline tells the move, and the lead, more than two sentences on, tells it again with the post.</summary>
    [Fact]
    public void Extract_PostInTheLeadAfterAHeadlineAndByline_IsAPostAtTheDestination()
    {
        var result = TestData.Extract("前百度研究员张明加盟月之暗面\n本报记者 北京报道\n据悉，原百度研究员张明已正式加入月之暗面，出任推理系统负责人。", "2025-06-01");

        Assert.Contains(result.Tenures(), w => w.Person == "Zhang Ming" && w.Lab == "Moonshot AI" && w.Role is not null);
    }

    /// <summary>The arrival names the mover by a description only, or by a pronoun, and a verb read as a title ("heads")
    /// is still the verb of leading.</summary>
    [Theory]
    [InlineData("Mercado Libre ficha a dos ingenieros. El segundo fichaje es Martín Sosa. El ingeniero argentino dejó Meta en marzo tras liderar proyectos de traducción. Este mes se incorporó a Mercado Libre para encargarse de la infraestructura de entrenamiento.", "Martín Sosa", "Mercado Libre")]
    [InlineData("Priya Natarajan spent four years at Google DeepMind. This March she quit Cohere for Poolside, the code-generation company, where she now heads post-training evaluation.", "Priya Natarajan", "Poolside")]
    public void Extract_VerbOfLeadingSaidOfADescribedOrPronounMover_IsAPostAtTheDestination(string text, string person, string destination)
    {
        var result = TestData.Extract(text, "2025-06-01");

        Assert.Contains(result.Tenures(), w => w.Person == person && w.Lab == destination && w.Role is not null);
    }

    /// <summary>Near misses: a post led before the move (past form, or a lab of its own after the verb), a denied report,
    /// and a post told of the origin in the sentence after the move.</summary>
    [Theory]
    [InlineData("Clara Jennings, who used to lead the retrieval team at Cohere, has joined Anthropic.", "Clara Jennings", "Anthropic")]
    [InlineData("Anthropic denied a report that Clara Jennings would leave Cohere to lead its retrieval team.", "Clara Jennings", "Anthropic")]
    [InlineData("王芳此前在阿里巴巴负责视觉模型，今年加入字节跳动。", "Wang Fang", "ByteDance")]
    [InlineData("张伟已加入月之暗面。他在百度工作五年，主要负责推理系统。", "Zhang Wei", "Moonshot AI")]
    [InlineData("Andrea Molina, que dirigía el equipo de modelos de lenguaje de Meta, se incorpora a Nubank, según ha confirmado la empresa.", "Andrea Molina", "Nubank")]
    public void Extract_PostLedBeforeTheMoveOrDenied_IsNoPostAtTheDestination(string text, string person, string destination)
    {
        var result = TestData.Extract(text, "2025-06-01");

        Assert.DoesNotContain(result.Tenures(), w => w.Person == person && w.Lab == destination && w.Role is not null);
    }
}
