namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Careers told in Chinese and Korean profiles as dated arrivals, none saying where the person came from ("2018年，X加入
/// 百度。2021年，他跳槽到字节跳动", "X 씨는 2016년 네이버에 입사했다. 그는 2020년 카카오로 자리를 옮겼다"): each arrival is a
/// move from the lab joined just before it. Written with invented people; beside them, the same words where two people
/// arrive, where another lab comes in between, or where the two arrivals cannot be ordered.
/// </summary>
public class CjkDatedCareerChainTests
{
    [Theory]
    [InlineData("2018年，张明远加入百度，从事搜索排序研究。2021年，他跳槽到字节跳动，负责大模型预训练。", "Zhang Mingyuan", "Baidu", "ByteDance")]
    [InlineData("2017年博士毕业后，李思琪加入阿里巴巴。三年后的2020年，她转投腾讯，参与混元大模型的研发。", "Li Siqi", "Alibaba", "Tencent")]
    [InlineData("김서준 씨는 2016년 네이버에 입사했다. 그는 2020년 카카오로 자리를 옮겨 추천 모델을 개발했다.", "Kim Seo-jun", "Naver", "Kakao")]
    [InlineData("한지민 씨는 2016년 삼성전자에 입사했다. 삼성전자는 당시 음성 비서 빅스비를 키우고 있었다. 한 씨는 2021년 네이버로 이직했다.", "Han Ji-min", "Samsung", "Naver")]
    public void Extract_DatedArrivalsWithNoOrigin_ChainsEachFromTheOneBefore(string article, string person, string from, string to)
    {
        var result = TestData.Extract(article, "2026-11-30");

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Theory]
    [InlineData("2018年，张明远加入百度，从事搜索排序研究。2021年，李思琪跳槽到字节跳动，负责大模型预训练。", "Baidu", "ByteDance")]
    [InlineData("2018年，张明远加入百度。2019年他在腾讯工作了一年。2021年，他跳槽到字节跳动。", "Baidu", "ByteDance")]
    [InlineData("2021年，张明远加入百度。同在2021年，他加入了腾讯。2023年，他跳槽到字节跳动。", "Baidu", "ByteDance")]
    [InlineData("김서준 씨는 2016년 네이버에 입사했다. 박지훈 씨는 2020년 카카오로 자리를 옮겨 추천 모델을 개발했다.", "Naver", "Kakao")]
    public void Extract_DatedArrivalsOfOthersOrWithAnotherLabBetween_ChainNothing(string article, string from, string to)
    {
        var result = TestData.Extract(article, "2026-11-30");

        Assert.DoesNotContain(result.Moves(), m => m.From == from && m.To == to);
    }
}
