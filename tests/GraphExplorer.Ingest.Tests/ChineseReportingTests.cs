using GraphExplorer.Ingest.Extraction;

namespace GraphExplorer.Ingest.Tests;

/// <summary>Constructions of Chinese tech reporting (names as subjects, lists, labs in Chinese, traditional characters);
/// self-written sentences only.</summary>
public class ChineseReportingTests
{
    internal static List<string> People(string text, string language = "zh-Hans")
    {
        var tokens = Text.Tokenizer.Tokenize(text);
        var finder = new MentionFinder(ArticleExtractor.Default.Gazetteer, Lexicons.Languages.All[language], text, tokens, []);
        return Text.SentenceSplitter.Split(text, tokens).SelectMany(finder.Find).Where(m => m.Kind == MentionKind.Person).Select(m => m.Surface).ToList();
    }

    [Fact]
    public void Extract_NameAsSubjectOfLeavingAndJoining_IsAMove()
    {
        var result = TestData.Extract("郁明轩近日离开字节跳动，加入了Meta。", "2025-05-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Yu Mingxuan", From: "ByteDance", To: "Meta" });
    }

    [Fact]
    public void Extract_TraditionalCharacters_WorkTheSame()
    {
        var result = TestData.Extract("喬思遠離開騰訊，加入了蘋果。", "2025-05-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Qiao Siyuan", From: "Tencent", To: "Apple" });
    }

    [Fact]
    public void Extract_LatinLabInLowerCaseInChineseText_IsTheLab()
    {
        var result = TestData.Extract("谷志强离开谷歌后加入了meta。", "2025-05-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Gu Zhiqiang", From: "Google", To: "Meta" });
    }

    [Fact]
    public void Find_ListOfNamesBeforeGroupWord_AreAllPeople() =>
        Assert.Equal(["焦文博", "谷志强", "洪涛"], People("焦文博、谷志强和洪涛等人已经离开了这家公司。"));

    [Fact]
    public void Find_NameBeforeAdverbAndVerb_IsAPerson() =>
        Assert.Equal(["茹立新"], People("据报道，茹立新今年正式离职。"));

    [Fact]
    public void Find_NameBeforeAStatement_IsAPerson() =>
        Assert.Equal(["蔡文轩"], People("蔡文轩表示，团队会继续研究大模型。"));

    [Theory]
    [InlineData("程序员表示，新的工具更好用。")]
    [InlineData("许多公司已经离开了这个市场。")]
    [InlineData("高管离职的消息传出后，股价下跌。")]
    public void Find_CommonWordStartingWithASurname_IsNoPerson(string text) => Assert.Empty(People(text));

    [Fact]
    public void Find_NameInsideAWord_IsNoPerson() => Assert.Empty(People("这家企业王牌产品的负责人离职了。"));

    [Fact]
    public void Extract_PartnerTitle_FindsTheNameAndTheLab()
    {
        var result = TestData.Extract("百川智能的商业合伙人邓江宇已宣布离职。", "2025-05-01");

        Assert.Contains(result.Tenures(), w => w is { Person: "Deng Jiangyu", Lab: "Baichuan AI" });
    }

    [Fact]
    public void Extract_TwoNamesJoinedByYuFoundALab_BothAreFounders()
    {
        var result = TestData.Extract("2023年，贺明轩与焦文博联合创立了百川智能。", "2024-06-01");

        Assert.Contains(result.Foundings(), f => f is { Person: "He Mingxuan", Lab: "Baichuan AI" });
        Assert.Contains(result.Foundings(), f => f is { Person: "Jiao Wenbo", Lab: "Baichuan AI" });
    }

    [Fact]
    public void Extract_NameBeforeFormerPost_IsATenure()
    {
        var result = TestData.Extract("賀明軒曾任百度副總裁，去年創辦了一家人工智慧公司。", "2024-06-01");

        Assert.Contains(result.Tenures(), w => w is { Person: "He Mingxuan", Lab: "Baidu" });
    }

    [Fact]
    public void Extract_NameBeforeCopulaAndLab_LeavesForTheNextLab()
    {
        var result = TestData.Extract("贺明轩此前是谷歌的研究科学家，今年加入OpenAI。", "2024-06-01");

        Assert.Contains(result.Moves(), m => m is { Person: "He Mingxuan", From: "Google", To: "OpenAI" });
    }

    [Fact]
    public void Find_NameAfterANamingWord_IsAPerson() => Assert.Equal(["汪明远"], People("团队的负责人名为汪明远，来自一家初创公司。"));

    [Fact]
    public void Find_TitledNameEndingInAFormerCharacter_KeepsItsLastCharacter() =>
        Assert.Equal(["惠彬原"], People("通义实验室负责人惠彬原，也在今天发文告别。"));

    [Fact]
    public void Find_NameBeforeADateAndAVerb_IsAPerson() => Assert.Equal(["贺明轩"], People("贺明轩2023年加入谷歌。"));

    [Fact]
    public void Extract_LabHiresFromAnotherLab_IsAMoveFromTheOrigin()
    {
        var result = TestData.Extract("据报道，谷歌从微软挖来了工程师贺明轩和焦文博。", "2024-06-01");

        Assert.Contains(result.Moves(), m => m is { Person: "He Mingxuan", From: "Microsoft", To: "Google" });
        Assert.Contains(result.Moves(), m => m is { Person: "Jiao Wenbo", From: "Microsoft", To: "Google" });
    }

    [Fact]
    public void Extract_PassiveHireFromAnotherLab_IsAMoveToTheHirer()
    {
        var result = TestData.Extract("据悉，研究员贺明轩被谷歌从微软挖走了。", "2024-06-01");

        Assert.Contains(result.Moves(), m => m is { Person: "He Mingxuan", From: "Microsoft", To: "Google" });
    }

    [Fact]
    public void Extract_UntitledNameAfterAHiringVerb_IsHired()
    {
        var result = TestData.Extract("据报道，OpenAI从Meta挖走了贺明轩，这是这家公司今年的又一次挖角。", "2024-06-01");

        Assert.Contains(result.Moves(), m => m is { Person: "He Mingxuan", From: "Meta", To: "OpenAI" });
    }

    [Fact]
    public void Find_NameAfterAHiringVerb_IsAPerson() => Assert.Equal(["贺明轩"], People("据报道，OpenAI从Meta挖走了贺明轩。"));

    [Theory]
    [InlineData("据悉，星海智能前研究员许子航已于近期离职，加入了阿里巴巴。")]
    [InlineData("据悉，星海智能前研究员许子航已于今年年初离职，加入了阿里巴巴。")]
    [InlineData("据悉，阿里巴巴前研究员许子航于此前离职。")]
    public void Extract_SurnameLikePrepositionBeforeATimeWord_IsNoPerson(string text)
    {
        // 于 is a surname too, but "于近期" is "recently": it made a person "Yu Jinqi" with a post at the lab.
        var result = TestData.Extract(text);

        Assert.DoesNotContain(result.Facts.OfType<Core.Facts.WorkedAtFact>(), t => t.Person.StartsWith("Yu ", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Moves(), m => m.Person.StartsWith("Yu ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("前百度工程师邵文杰已于上月离职，并于本周正式入职腾讯。")]
    [InlineData("前百度工程师邵文杰于本月离职，下周加入腾讯。")]
    public void Extract_SurnameLikePrepositionBeforeAWeekOrMonth_IsNoPerson(string text)
    {
        // "于本周" is "this week", not a person "Yu Benzhou" placed at the lab joined.
        var result = TestData.Extract(text);

        Assert.DoesNotContain(result.Facts.OfType<Core.Facts.WorkedAtFact>(), t => t.Person.StartsWith("Yu ", StringComparison.Ordinal));
        Assert.Contains(result.Moves(), m => m is { Person: "Shao Wenjie", From: "Baidu", To: "Tencent" });
    }

    [Fact]
    public void Extract_NameBeforeThisWeek_IsStillAPerson()
    {
        var result = TestData.Extract("邵文杰本周正式入职腾讯。");

        Assert.Contains(result.Tenures(), t => t is { Person: "Shao Wenjie", Lab: "Tencent" });
    }
}
