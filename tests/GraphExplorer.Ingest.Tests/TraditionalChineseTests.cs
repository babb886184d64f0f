using GraphExplorer.Ingest.Extraction;

namespace GraphExplorer.Ingest.Tests;

/// <summary>Taiwanese and Hong Kong press (traditional characters, their own words for moves and posts), co-founders
/// joined by "与" to a partner with a former post or a transliterated name, readings left inside words, and rosters
/// ("name：post"); self-written sentences only.</summary>
public class TraditionalChineseTests
{
    [Fact]
    public void Extract_TaiwaneseVerbOfJoining_IsAMove()
    {
        var result = TestData.Extract("亞馬遜資深副總裁黃志明投效輝達，擔任全球副總裁。黃志明在亞馬遜任職十年。", "2025-05-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Huang Zhiming", From: "Amazon", To: "Nvidia" });
    }

    [Theory]
    [InlineData("小米行政總裁李建國表示，公司會加大研發投入。")]
    [InlineData("小米首席執行長李建國表示，公司會加大研發投入。")]
    public void Extract_HongKongAndTaiwanTitleOfChiefExecutive_IsCeo(string text)
    {
        var result = TestData.Extract(text, "2025-05-01");

        Assert.Contains(result.Tenures(), t => t is { Person: "Li Jianguo", Lab: "Xiaomi", Role: "CEO" });
    }

    [Theory]
    [InlineData("2021年，陈思远与前谷歌同事刘子涵共同创办了人工智能初创公司Lumora。", "zh-Hans", "Chen Siyuan")]
    [InlineData("去年，林曉東和原百度工程師趙寧一起創辦了Qorvia。", "zh-Hant", "Lin Xiaodong")]
    public void Extract_FounderJoinedToAPartnerWithAFormerPost_IsAFounderToo(string text, string language, string founder)
    {
        var result = TestData.Extract(text, "2025-05-01");

        Assert.Equal(language, result.Article.Language);
        Assert.Contains(result.Foundings(), f => f.Person == founder);
    }

    [Fact]
    public void Extract_PinyinReadingInsideAVerb_DoesNotCutTheVerb()
    {
        var result = TestData.Extract("黃志豪透露，他很看好語音技術。去年，他與前微軟同事孫立共同創(chuàng)立了Voxa。", "2025-05-01");

        Assert.Contains(result.Foundings(), f => f is { Person: "Sun Li", Lab: "Voxa" });
        Assert.Contains(result.Foundings(), f => f is { Person: "Huang Zhihao", Lab: "Voxa" });
    }

    [Theory]
    [InlineData("前微軟工程師楊宏發文表示，他已經離職。")]
    [InlineData("前微軟工程師楊宏發(fā)文表示，他已經離職。")]
    public void Find_TitledNameBeforeAVerbOfPosting_EndsBeforeTheVerb(string text) =>
        Assert.Contains("楊宏", ChineseReportingTests.People(text, "zh-Hant"));

    [Theory]
    [InlineData("創(chuàng)立", new[] { "創", "立" })]
    [InlineData("楊植麟（Yang Zhilin）", new[] { "楊", "植", "麟", "(", "yang", "zhilin", ")" })]
    [InlineData("模型(ai)", new[] { "模", "型", "(", "ai", ")" })]
    public void Tokenize_ReadingInBracketsAfterHan_IsSkippedButNamesAndAcronymsStay(string text, string[] keys) =>
        Assert.Equal(keys, Text.Tokenizer.Tokenize(text).Select(t => t.Key));

    [Theory]
    [InlineData("吴明浩和彼得·罗都是 Anthropic 的创始团队成员。")]
    [InlineData("吴明浩和彼得·罗(Peter Low)都是 Anthropic 的创始团队成员。")]
    [InlineData("這兩位研究員分別是林志偉和大衛‧金(David Kim)，都是 Anthropic 的創始團隊成員。")]
    public void Extract_ChineseNameJoinedToADotName_IsListedWithIt(string text)
    {
        var result = TestData.Extract(text, "2025-05-01");

        Assert.Contains(result.Foundings(), f => f.Lab == "Anthropic" && f.Person is "Wu Minghao" or "Lin Zhiwei");
    }

    [Theory]
    [InlineData("名單如下：\n林志偉：谷歌多模態研究負責人，本科畢業于浙江大學。\n周浩然：谷歌研究科學家。", "Zhou Haoran")]
    [InlineData("名单如下：\n林志伟：谷歌多模态研究负责人，本科毕业于浙江大学。\n周浩然：谷歌研究科学家。", "Lin Zhiwei")]
    public void Extract_RosterLineWithNameColonAndLab_IsAPost(string text, string person)
    {
        var result = TestData.Extract(text, "2025-05-01");

        Assert.Contains(result.Tenures(), t => t.Person == person && t.Lab == "Google");
    }
}
