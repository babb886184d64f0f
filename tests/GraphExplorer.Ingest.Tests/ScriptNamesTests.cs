using GraphExplorer.Ingest.Extraction;

namespace GraphExplorer.Ingest.Tests;

/// <summary>People written in another script get their English press spelling; self-written sentences only.</summary>
public class ScriptNamesTests
{
    [Theory]
    [InlineData("王小明", "Wang Xiaoming")]
    [InlineData("欧阳娜娜", "Ouyang Nana")]
    [InlineData("曾丽华", "Zeng Lihua")]
    [InlineData("陳大文", "Chen Dawen")]
    public void Romanize_HanName_GivesPinyinSurnameFirst(string han, string expected) =>
        Assert.Equal(expected, ScriptNames.Romanize(han));

    [Theory]
    [InlineData("王")]
    [InlineData("Wang Xiaoming")]
    [InlineData("王小明先生你好")]
    public void Romanize_NotAHanName_GivesNull(string text) => Assert.Null(ScriptNames.Romanize(text));

    [Fact]
    public void Extract_ChineseArticle_WritesThePersonInPinyin()
    {
        var result = TestData.Extract("2024年3月，前谷歌研究员王小明加入了百度，担任首席科学家。", "2024-03-20");

        Assert.Contains(result.Facts, f => f is Core.Facts.WorkedAtFact { Person: "Wang Xiaoming", Lab: "Baidu" });
        Assert.DoesNotContain(result.Facts, f => f is Core.Facts.WorkedAtFact w && w.Person.Contains('王', StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_NameGivenInBothScripts_TakesTheArticlesLatinSpelling()
    {
        var result = TestData.Extract("前谷歌研究员王小明（Xiaoming Wang）加入了百度，担任首席科学家。王小明此前在谷歌工作了五年。", "2024-03-20");

        Assert.Contains(result.Facts, f => f is Core.Facts.WorkedAtFact { Person: "Xiaoming Wang" });
        Assert.DoesNotContain(result.Facts, f => f is Core.Facts.WorkedAtFact { Person: "Wang Xiaoming" });
    }

    [Fact]
    public void Extract_CapitalisedCommonWordsOfTheArticle_AreNoPerson()
    {
        var result = TestData.Extract(
            "The team builds foundation models for phones. Foundation Models joined Google last year, the memo said. Jane Roe joined Google from OpenAI.",
            "2024-03-20");

        Assert.DoesNotContain(result.Facts, f => f is Core.Facts.WorkedAtFact { Person: "Foundation Models" });
        Assert.Contains(result.Facts, f => f is Core.Facts.LeftForFact { Person: "Jane Roe", From: "OpenAI", To: "Google" });
    }
}

/// <summary>Structures of real reporting: lists with a shared plural title, bracketed former employers; self-written sentences.</summary>
public class ListAndBracketTests
{
    [Fact]
    public void Extract_ListWithPluralFormerTitle_MovesEveryone()
    {
        var result = TestData.Extract("Maria Lopez and Tom Baker, former OpenAI researchers, joined Meta, the company said on Monday.", "2025-07-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Maria Lopez", From: "OpenAI", To: "Meta" });
        Assert.Contains(result.Moves(), m => m is { Person: "Tom Baker", From: "OpenAI", To: "Meta" });
    }

    [Fact]
    public void Extract_SpanishListWithPluralTitle_KeepsEachTenure()
    {
        var result = TestData.Extract("María López y Tomás Baeza, investigadores de OpenAI, se unieron a Meta la semana pasada, según la empresa.", "2025-07-01");

        Assert.Contains(result.Tenures(), w => w is { Person: "María López", Lab: "OpenAI" });
        Assert.Contains(result.Tenures(), w => w is { Person: "Tomás Baeza", Lab: "OpenAI" });
    }

    [Fact]
    public void Extract_BracketedFormerEmployer_IsTheOriginOfTheHire()
    {
        var result = TestData.Extract("Meta hired Maria Lopez (ex-OpenAI) this month, the company said in a statement on Monday.", "2025-07-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Maria Lopez", From: "OpenAI", To: "Meta" });
    }
}

/// <summary>Chinese names introduced with a bracketed post or joined to another name; self-written sentences.</summary>
public class ChineseNameShapeTests
{
    [Fact]
    public void Extract_NameWithBracketedFormerPost_IsAPersonInPinyin()
    {
        var result = TestData.Extract("2024年3月，王小明（前百度首席科学家）加入了腾讯，负责大模型研发。", "2024-03-20");

        Assert.Contains(result.Facts, f => f is Core.Facts.WorkedAtFact { Person: "Wang Xiaoming" } or Core.Facts.LeftForFact { Person: "Wang Xiaoming" });
    }

    [Fact]
    public void Find_TwoFoundersJoinedByAnd_AreBothPeople()
    {
        const string text = "2023年，联合创始人王小明和刘大伟离开百度，创立了一家新公司。";
        var tokens = Text.Tokenizer.Tokenize(text);
        var sentence = Assert.Single(Text.SentenceSplitter.Split(text, tokens));
        var finder = new MentionFinder(ArticleExtractor.Default.Gazetteer, Lexicons.Languages.All["zh-Hans"], text, tokens, []);

        var people = finder.Find(sentence).Where(m => m.Kind == MentionKind.Person).Select(m => m.Surface).ToList();

        Assert.Equal(["王小明", "刘大伟"], people);
    }
}
