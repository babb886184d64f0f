namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Chinese hiring news that adds a fellow hire in a sentence of its own, with nobody named before the phrase
/// ("…陈思远已正式加入该公司。同期加盟的还有…刘佳琪"): the fellow joins where the one person whose arrival the sentences
/// before told went, from the lab of the fellow's own description. Written with invented people; beside them, two
/// arrivals before the phrase (whose fellow it is is unclear) and none.
/// </summary>
public class ChineseFellowArrivalTests
{
    [Theory]
    [InlineData("月之暗面近日宣布，前字节跳动研究员陈思远已正式加入该公司。同期入职的还有来自百度的工程师王浩。", "Wang Hao", "Baidu", "Moonshot AI")]
    [InlineData("据报道，前字节跳动Seed团队研究员陈思远（Chen Siyuan）已于近期正式加入月之暗面。\n\n同期加盟的还有前阿里巴巴通义实验室算法专家刘佳琪。", "Liu Jiaqi", "Alibaba", "Moonshot AI")]
    public void Extract_FellowPhraseWithNobodyNamedBeforeIt_JoinsWhereTheLastArrivalWent(string article, string person, string from, string to)
    {
        var result = TestData.Extract(article, "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Theory]
    [InlineData("前字节跳动研究员陈思远加入月之暗面，前腾讯工程师李婧加入智谱AI。同期加盟的还有前阿里巴巴算法专家刘佳琪。")]
    [InlineData("月之暗面近日发布了新模型。同期加盟的还有前阿里巴巴算法专家刘佳琪。")]
    public void Extract_FellowPhraseWithNoSingleArrivalBefore_MovesNobody(string article)
    {
        var result = TestData.Extract(article, "2025-06-10");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Liu Jiaqi");
    }
}
