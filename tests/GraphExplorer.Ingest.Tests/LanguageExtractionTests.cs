using GraphExplorer.Core.Facts;

namespace GraphExplorer.Ingest.Tests;

/// <summary>Short sentences written for these tests (about made-up or public moves), one or more per language.</summary>
public class LanguageExtractionTests
{
    [Fact]
    public void Extract_EnglishLeftForSentence_FindsMoveWithDateAndUnknownPerson()
    {
        var result = TestData.Extract("Priya Raman, a research scientist at Google DeepMind, left the lab in March 2025 to join Anthropic, the company said on Tuesday.");

        Assert.Equal("en", result.Article.Language);
        var move = Assert.Single(result.Moves());
        Assert.Equal(("Priya Raman", "Google DeepMind", "Anthropic", "2025-03"), (move.Person, move.From, move.To, move.Date?.ToString()));
        Assert.Contains(result.Tenures(), t => t.Person == "Priya Raman" && t.Lab == "Google DeepMind" && t.Role == "research scientist");
        Assert.NotNull(move.Evidence);
        Assert.Contains("left the lab", result.Text[move.Evidence!.Start..move.Evidence.End], StringComparison.Ordinal);
        Assert.InRange(move.Confidence!.Value, 0.5, 1.0);
    }

    [Fact]
    public void Extract_EnglishCoFounderTitle_FindsFounded()
    {
        var result = TestData.Extract("Marcus Holt, the co-founder of Mistral AI, has joined Meta as a chief scientist, according to people familiar with the matter.");

        Assert.Contains(result.Foundings(), f => f.Person == "Marcus Holt" && f.Lab == "Mistral AI");
        Assert.Contains(result.Tenures(), t => t.Person == "Marcus Holt" && t.Lab == "Meta");
    }

    [Fact]
    public void Extract_FrenchSentence_FindsMoveAndFormerTitle()
    {
        var result = TestData.Extract("Camille Durand, ancienne chercheuse chez Google, a quitté l'entreprise en mars 2025 pour rejoindre Mistral AI, selon plusieurs sources.");

        Assert.Equal("fr", result.Article.Language);
        var move = Assert.Single(result.Moves());
        Assert.Equal(("Camille Durand", "Google", "Mistral AI", "2025-03"), (move.Person, move.From, move.To, move.Date?.ToString()));
    }

    [Fact]
    public void Extract_FrenchFoundingVerb_FindsFoundedWithDate()
    {
        var result = TestData.Extract("L'ingénieur Hugo Lefebvre a fondé Acme Robotics en février 2024 après avoir travaillé chez Nvidia pendant six ans.");

        Assert.Contains(result.Foundings(), f => f.Person == "Hugo Lefebvre" && f.Lab == "Acme Robotics" && f.Date?.ToString() == "2024-02");
        Assert.Contains(result.Tenures(), t => t.Person == "Hugo Lefebvre" && t.Lab == "Nvidia");
    }

    [Fact]
    public void Extract_SpanishSentence_FindsMove()
    {
        var result = TestData.Extract("La investigadora Lucía Fernández dejó OpenAI en abril de 2025 y se unió a Anthropic, según confirmó la empresa.");

        Assert.Equal("es", result.Article.Language);
        var move = Assert.Single(result.Moves());
        Assert.Equal(("Lucía Fernández", "OpenAI", "Anthropic", "2025-04"), (move.Person, move.From, move.To, move.Date?.ToString()));
    }

    [Fact]
    public void Extract_GermanSentence_FindsMove()
    {
        var result = TestData.Extract("Der Forscher Jonas Becker verließ im Mai 2025 Google DeepMind und wechselte zu xAI, wie das Unternehmen bestätigte.");

        Assert.Equal("de", result.Article.Language);
        var move = Assert.Single(result.Moves());
        Assert.Equal(("Jonas Becker", "Google DeepMind", "xAI", "2025-05"), (move.Person, move.From, move.To, move.Date?.ToString()));
    }

    [Fact]
    public void Extract_PortugueseSentence_FindsMove()
    {
        var result = TestData.Extract("O engenheiro Rafael Souza deixou a Meta em junho de 2025 e juntou-se à OpenAI, segundo a empresa.");

        Assert.Equal("pt", result.Article.Language);
        var move = Assert.Single(result.Moves());
        Assert.Equal(("Rafael Souza", "Meta", "OpenAI", "2025-06"), (move.Person, move.From, move.To, move.Date?.ToString()));
    }

    [Fact]
    public void Extract_IndonesianSentence_FindsMoveAndFounding()
    {
        var result = TestData.Extract("Peneliti Google, Dewi Lestari, meninggalkan perusahaan itu pada Juli 2025 dan bergabung dengan Anthropic. Sebelumnya, Rudi Hartono mendirikan Nusantara AI pada 2023.");

        Assert.Equal("id", result.Article.Language);
        var move = Assert.Single(result.Moves());
        Assert.Equal(("Dewi Lestari", "Google", "Anthropic", "2025-07"), (move.Person, move.From, move.To, move.Date?.ToString()));
        Assert.Contains(result.Foundings(), f => f.Person == "Rudi Hartono" && f.Lab == "Nusantara AI" && f.Date?.ToString() == "2023");
    }

    [Fact]
    public void Extract_SimplifiedChineseSentence_FindsMove()
    {
        var result = TestData.Extract("前谷歌研究员李明于2025年3月离开谷歌，加入了Anthropic，负责模型安全研究。");

        Assert.Equal("zh-Hans", result.Article.Language);
        var move = Assert.Single(result.Moves());
        Assert.Equal(("Li Ming", "Google", "Anthropic", "2025-03"), (move.Person, move.From, move.To, move.Date?.ToString()));
    }

    [Fact]
    public void Extract_SimplifiedChineseFounding_FindsFounded()
    {
        var result = TestData.Extract("汤姆·哈里斯于2024年创立了Lumen AI，此前他曾在微软工作了五年。");

        Assert.Contains(result.Foundings(), f => f.Person == "汤姆·哈里斯" && f.Lab == "Lumen AI" && f.Date?.ToString() == "2024");
        Assert.Contains(result.Tenures(), t => t.Person == "汤姆·哈里斯" && t.Lab == "Microsoft");
    }

    [Fact]
    public void Extract_TraditionalChineseSentence_FindsMove()
    {
        var result = TestData.Extract("前Google研究員陳志遠於2025年2月離開Google，加入了OpenAI，負責推理模型的研究。");

        Assert.Equal("zh-Hant", result.Article.Language);
        var move = Assert.Single(result.Moves());
        Assert.Equal(("Chen Zhiyuan", "Google", "OpenAI", "2025-02"), (move.Person, move.From, move.To, move.Date?.ToString()));
    }

    [Fact]
    public void Extract_JapaneseSentence_FindsMoveWithRomanisedName()
    {
        var result = TestData.Extract("元グーグルの研究者ケン・タナカ氏は2025年4月にグーグルを退社し、Anthropicに入社した。");

        Assert.Equal("ja", result.Article.Language);
        var move = Assert.Single(result.Moves());
        Assert.Equal(("Ken Tanaka", "Google", "Anthropic", "2025-04"), (move.Person, move.From, move.To, move.Date?.ToString()));
    }

    [Fact]
    public void Extract_KoreanSentence_FindsMove()
    {
        var result = TestData.Extract("일리야 수츠케버는 2024년 5월 OpenAI를 떠나 Safe Superintelligence에 합류했다.");

        Assert.Equal("ko", result.Article.Language);
        var move = Assert.Single(result.Moves());
        Assert.Equal(("Ilya Sutskever", "OpenAI", "Safe Superintelligence Inc.", "2024-05"), (move.Person, move.From, move.To, move.Date?.ToString()));
    }

    [Fact]
    public void Extract_NegatedVerb_FindsNoMove()
    {
        var result = TestData.Extract("Contrary to rumours, Priya Raman has not left Google DeepMind and did not join Anthropic, a spokesperson said.");

        Assert.Empty(result.Moves());
    }

    [Fact]
    public void Extract_FactsUseCanonicalEnglishNamesAndArticleSource()
    {
        var result = TestData.Extract("Hiroshi Sato left Openai for anthropic last year.", published: "2025-06-10");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("OpenAI", "Anthropic", "2024"), (move.From, move.To, move.Date?.ToString()));
        Assert.All(result.Facts, f => Assert.Equal([result.Article.Id], f.Sources));
        Assert.StartsWith("a-", result.Article.Id, StringComparison.Ordinal);
    }
}
