using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Tests;

/// <summary>Chinese and Indonesian moves whose hirer or origin stands in another sentence (a headline's topic, the hiring
/// told just before, a "previously" sentence after the arrival) or in a list (after "yakni", a Markdown list after a colon),
/// and Indonesian return and "now" words; self-written sentences only.</summary>
public class TopicAndListMoveTests
{
    // An Indonesian opening so the article is read as Indonesian.
    private const string Opening = "Jakarta - Kabar ini diumumkan pada hari Senin dan dikonfirmasi oleh juru bicara perusahaan tersebut. ";

    [Fact]
    public void Extract_ChineseArrivalClosingItsClause_JoinsTheTopicOfTheSentenceBefore()
    {
        var result = TestData.Extract("字节跳动再揽一员大将！前百度首席科学家邵文杰正式加盟，担任副总裁。", "2025-05-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Shao Wenjie", From: "Baidu", To: "ByteDance" });
    }

    [Fact]
    public void Extract_ChineseTopicSentenceTellingADeparture_IsNoHirer()
    {
        var result = TestData.Extract("百度又一位高管离开！前百度首席科学家邵文杰正式加盟，担任副总裁。", "2025-05-01");

        Assert.DoesNotContain(result.Moves(), m => m.To == "Baidu");
    }

    [Fact]
    public void Extract_ChineseHiringVerbWithoutCompany_ContinuesThePreviousHirer()
    {
        var result = TestData.Extract("为了加快研发，Meta正在快速招募顶级AI人才。目前，新团队已引入6位来自OpenAI和谷歌等企业的核心研究员。其中包括前谷歌研究员邵文杰与邓雨桐，以及多位OpenAI科学家陈晨和赵磊。", "2025-05-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Shao Wenjie", From: "Google", To: "Meta" });
        Assert.Contains(result.Moves(), m => m is { Person: "Zhao Lei", From: "OpenAI", To: "Meta" });
    }

    [Fact]
    public void Extract_ChinesePreviouslySentenceAfterAnArrival_GivesTheOrigin()
    {
        var result = TestData.Extract("邵文杰已正式加入字节跳动。此前他是百度的首席科学家，负责搜索业务。", "2025-05-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Shao Wenjie", From: "Baidu", To: "ByteDance" });
    }

    [Fact]
    public void Extract_ChineseTenureClauseBeforeAList_DescribesEveryListedPerson()
    {
        var result = TestData.Extract("曾任职于谷歌的邵文杰和邓雨桐已加入Meta。", "2025-05-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Shao Wenjie", From: "Google", To: "Meta" });
        Assert.Contains(result.Moves(), m => m is { Person: "Deng Yutong", From: "Google", To: "Meta" });
    }

    [Fact]
    public void Extract_IndonesianMemimpinWithNow_IsTheCurrentPostNotAFormerOne()
    {
        var result = TestData.Extract(Opening + "Budi Santoso, salah satu pendiri dan mantan direktur di Google DeepMind, saat ini memimpin divisi AI Microsoft.", "2025-07-01");

        Assert.DoesNotContain(result.Moves(), m => m is { From: "Microsoft" });
    }

    [Theory]
    [InlineData("阿里巴巴宣布，邵文杰正式加盟，担任技术副总裁。\n\n在此次加入阿里巴巴之前，在百度任职架构总监。", "Baidu", "Alibaba")]
    [InlineData("在来腾讯之前，邵文杰是华为的一名高级工程师，负责云计算业务。", "Huawei", "Tencent")]
    public void Extract_ChinesePostBeforeAnArrivalClause_IsTheOrigin(string text, string from, string to)
    {
        var result = TestData.Extract(text, "2025-05-01");

        Assert.Contains(result.Moves(), m => m.Person == "Shao Wenjie" && m.From == from && m.To == to);
    }

    [Fact]
    public void Extract_IndonesianPreviouslySentenceAfterAnArrival_GivesTheOrigin()
    {
        var result = TestData.Extract(Opening + "Andi Saputra bergabung dengan Anthropic. Sebelumnya ia peneliti di Google.", "2025-07-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Andi Saputra", From: "Google", To: "Anthropic" });
    }

    [Fact]
    public void Extract_IndonesianGroupNamedAfterYakni_MovesEachMember()
    {
        var result = TestData.Extract(Opening + "Tiga peneliti OpenAI juga sudah direkrut oleh Meta, yakni Andi Saputra, Budi Santoso, dan Citra Lestari.", "2025-07-01");

        foreach (var person in new[] { "Andi Saputra", "Budi Santoso", "Citra Lestari" })
        {
            Assert.Contains(result.Moves(), m => m.Person == person && m is { From: "OpenAI", To: "Meta" });
        }
    }

    [Theory]
    [InlineData("Budi Santoso kembali ke Google setelah tiga tahun di Character.AI.", "Budi Santoso", "Character.AI", "Google")]
    [InlineData("Unit itu dipimpin Rina Wijaya, mantan CEO Tokopedia yang baru-baru ini dipekerjakan oleh Gojek.", "Rina Wijaya", "Tokopedia", "Gojek")]
    [InlineData("Budi Santoso, mantan direktur di Google, saat ini memimpin divisi AI Microsoft.", "Budi Santoso", "Google", "Microsoft")]
    public void Extract_IndonesianReturnHireAndNowWords_AreMoves(string sentence, string person, string from, string to)
    {
        var result = TestData.Extract(Opening + sentence, "2025-07-01");

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Fact]
    public void Prepare_MarkdownListItems_KeepADash()
    {
        var text = ArticleText.Prepare("Meta hired:\n\n- Jane Roe\n- John Doe\n", ArticleFormat.Markdown).Text;

        Assert.Contains("- Jane Roe", text, StringComparison.Ordinal);
        Assert.Contains("- John Doe", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_MarkdownListAfterAColon_MovesEachListedPerson()
    {
        var markdown = Opening + "\n\nMeta merekrut sejumlah peneliti berikut:\n\n- Andi Saputra, mantan peneliti OpenAI\n- Citra Lestari, eks-Anthropic\n";
        var result = TestData.Extract(ArticleText.Prepare(markdown, ArticleFormat.Markdown).Text, "2025-07-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Andi Saputra", From: "OpenAI", To: "Meta" });
        Assert.Contains(result.Moves(), m => m is { Person: "Citra Lestari", From: "Anthropic", To: "Meta" });
    }
}
