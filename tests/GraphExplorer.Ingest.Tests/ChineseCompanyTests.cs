using GraphExplorer.Ingest.Extraction;

namespace GraphExplorer.Ingest.Tests;

/// <summary>Chinese companies no list knows (a Latin name in brackets, "…AI", "…科技"), names marked by a title of
/// address, and the verbs of returning and taking up a post; self-written sentences only.</summary>
public class ChineseCompanyTests
{
    private static List<Mention> Mentions(string text, string language = "zh-Hans")
    {
        var tokens = Text.Tokenizer.Tokenize(text);
        var finder = new MentionFinder(ArticleExtractor.Default.Gazetteer, Lexicons.Languages.All[language], text, tokens, []);
        return Text.SentenceSplitter.Split(text, tokens).SelectMany(finder.Find).ToList();
    }

    private static List<string> Labs(string text, string language = "zh-Hans") =>
        Mentions(text, language).Where(m => m.Kind == MentionKind.Lab && !m.Anaphor).Select(m => m.Name!).ToList();

    [Fact]
    public void Extract_FoundedCompanyWithLatinNameInBrackets_UsesTheLatinName()
    {
        var result = TestData.Extract("据说，前华为工程师邵远航离开华为后，创办了青石智造（Bluestone）。", "2025-03-01");

        Assert.Contains(result.Foundings(), f => f is { Person: "Shao Yuanhang", Lab: "Bluestone" });
        Assert.Contains(result.Moves(), m => m is { Person: "Shao Yuanhang", From: "Huawei", To: "Bluestone" });
    }

    [Fact]
    public void Extract_RelativeClauseFoundedByTwoPeople_BothFoundTheBracketedCompany()
    {
        var result = TestData.Extract("这两年，柯文涛和谷远航共同创办的星河数智（Galaxa）完成了新一轮融资。", "2025-03-01");

        Assert.Contains(result.Foundings(), f => f is { Person: "Ke Wentao", Lab: "Galaxa" });
        Assert.Contains(result.Foundings(), f => f is { Person: "Gu Yuanhang", Lab: "Galaxa" });
    }

    [Fact]
    public void Extract_HanNameGluedToAI_IsACompanyInPinyin()
    {
        var result = TestData.Extract("作为前百度高管，邵远航早在2024年年初创建了云启AI，这家公司专注大模型。", "2025-03-01");

        Assert.Contains(result.Foundings(), f => f is { Person: "Shao Yuanhang", Lab: "Yunqi AI" });
    }

    [Fact]
    public void Find_TwoCharacterNameWithCompanyWordAfterJoining_IsACompany() =>
        Assert.Contains("Qingshi Technology", Labs("柯文涛离开腾讯，加入了青石科技。"));

    [Theory]
    [InlineData("这家公司加入了人工智能的竞争。")]
    [InlineData("他们离开了具身智能赛道，转投金融科技。")]
    [InlineData("研究人员认为大语言模型（LLM）的发展很快。")]
    [InlineData("又一位大厂出走的大神来做AI搜索。")]
    public void Find_CommonTermsShapedLikeCompanies_AreNoLab(string text) => Assert.Empty(Labs(text));

    [Fact]
    public void Find_CompanyWordWithoutACompanySlot_IsNoLab() => Assert.Empty(Labs("青石科技的产品很受欢迎。"));

    [Fact]
    public void Find_NameWithTitleOfAddressAfterGenitive_IsAPerson() =>
        Assert.Contains(Mentions("这位在海外工作多年的柯文涛博士也加入了团队。"), m => m is { Kind: MentionKind.Person, Surface: "柯文涛" });

    [Fact]
    public void Extract_NameAfterCareerClauseAndGenitive_IsAPersonWithThatPast()
    {
        var result = TestData.Extract("这家公司说，腾讯出身的邵远航，也晋升为副总裁。", "2025-03-01");

        Assert.Contains(result.Tenures(), w => w is { Person: "Shao Yuanhang", Lab: "Tencent" });
    }

    [Fact]
    public void Find_ListAfterAListOpenerEndingInPunctuation_AreAllPeople() =>
        Assert.Equal(["柯文涛", "谷远航"], Mentions("这家公司的创始团队分别是柯文涛和谷远航，两人都说过这件事。").Where(m => m.Kind == MentionKind.Person && !m.Pronoun).Select(m => m.Surface));

    [Fact]
    public void Find_SingleNameAfterAListOpener_NeedsMore() =>
        Assert.DoesNotContain(Mentions("这些公司还有高度，值得关注。"), m => m.Kind == MentionKind.Person && !m.Pronoun);

    [Fact]
    public void Find_CommonWordAfterCareerClause_IsNoPerson() => Assert.DoesNotContain(Mentions("他们说工作的高度决定了一切。"), m => m.Kind == MentionKind.Person && !m.Pronoun);

    [Theory]
    [InlineData("柯文涛离开腾讯，回归谷歌。", "Tencent", "Google")]
    [InlineData("柯文涛离开了腾讯，重返百度。", "Tencent", "Baidu")]
    public void Extract_ReturningToALab_IsAMove(string text, string from, string to)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.Contains(result.Moves(), m => m.Person == "Ke Wentao" && m.From == from && m.To == to);
    }

    [Fact]
    public void Extract_TakingUpAPost_IsATenure()
    {
        var result = TestData.Extract("据说，柯文涛近日出任百度首席技术官，这让很多人意外。", "2025-03-01");

        Assert.Contains(result.Tenures(), w => w is { Person: "Ke Wentao", Lab: "Baidu" });
    }

    [Fact]
    public void Extract_ResigningAPostThenJoining_IsAMove()
    {
        var result = TestData.Extract("柯文涛辞去腾讯的职务，加入了百度。", "2025-03-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Ke Wentao", From: "Tencent", To: "Baidu" });
    }

    [Theory]
    [InlineData("字节跳动")]
    [InlineData("深度思维")]
    [InlineData("推特")]
    [InlineData("小马智行")]
    [InlineData("台積電")]
    public void Find_ChineseNamesOfLabs_AreKnown(string name) => Assert.Single(Labs($"柯文涛离开了{name}。"));

    [Theory]
    [InlineData("2018年，邵文杰离开微软亚洲研究院，加入商汤科技。", "Microsoft Research Asia")]
    [InlineData("2018年，邵文杰离开微软，加入商汤科技。", "Microsoft")]
    public void Extract_MicrosoftsAsianLabByName_IsThatUnitAndTheCompanyByNameIsTheCompany(string text, string left)
    {
        // 微软亚洲研究院 is a unit named as such (like Meta Superintelligence Labs), not Microsoft as a whole.
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m is { Person: "Shao Wenjie", To: "SenseTime" } && m.From == left);
    }

    [Theory]
    [InlineData("由前阿里巴巴研究员王立峰创立的星河智能（Galaxy Mind）本月宣布完成融资。", "Wang Lifeng", "Alibaba", "Galaxy Mind")]
    [InlineData("前字节跳动工程师李娜今年离职，加入了蓝港科技（Azure Harbor）担任技术负责人。", "Li Na", "ByteDance", "Azure Harbor")]
    public void Extract_CompanyWordNameWithTwoWordLatinNameInBrackets_UsesTheLatinName(string text, string person, string from, string lab)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == lab);
        Assert.All(result.Moves(), m => Assert.Equal(lab, m.To));
    }

    [Fact]
    public void Extract_PersonWithTwoWordLatinNameInBrackets_StaysAPerson()
    {
        const string text = "由前阿里巴巴研究员王立峰（Lifeng Wang）创立的公司本月宣布完成融资。";

        Assert.DoesNotContain(Labs(text), l => l == "Lifeng Wang");
        Assert.Contains(TestData.Extract(text, "2025-03-01").Tenures(), t => t.Lab == "Alibaba");
    }
}
