using GraphExplorer.Core.Facts;

namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Careers told as a story across sentences in Japanese and Korean, the subject dropped after the first sentence and a
/// sentence about the work in between that names nobody ("同社では…を担当した", "이 회사에서 …을 담당했다"); a company's
/// arm in one country standing for the company ("OpenAIの日本法人"); an arrival whose sentence names no origin coming from
/// the lab the story last placed the person at. Written with invented people; beside each, the same words with a
/// sentence that has a subject of its own in between, which ends the story.
/// </summary>
public class CjkCarriedStoryTests
{
    [Theory]
    [InlineData("佐藤健一氏は2018年に富士通を離れ、LINEヤフーに移った。同社では検索の品質改善を担当した。その後、2023年にLINEヤフーを退社し、Sakana AIに入社した。", "Kenichi Sato", "LINE Yahoo", "Sakana AI")]
    [InlineData("小川拓海氏は2016年にソニーに入社した。画像認識の研究に5年間取り組んだ。2021年にソニーを退社し、楽天グループに転じた。", "Takumi Ogawa", "Sony", "Rakuten")]
    [InlineData("정우성 씨는 2020년 LG AI연구원을 떠나 네이버로 자리를 옮겼다. 이 회사에서 검색 모델을 담당했다. 이후 지난해 네이버를 떠나 카카오에 합류했다.", "Jung Woo-sung", "Naver", "Kakao")]
    public void Extract_DroppedSubjectAfterAQuietSentence_CarriesThePersonToTheNextMove(string article, string person, string from, string to)
    {
        var result = TestData.Extract(article, "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Theory]
    [InlineData("小川拓海氏は2016年にソニーに入社した。同社は昨年、AI研究の体制を見直した。2021年にソニーを退社し、楽天グループに転じた。", "Sony", "Rakuten")]
    [InlineData("小川拓海氏は2016年にソニーに入社した。「研究の自由がある」と語る社員は多い。2021年にソニーを退社し、楽天グループに転じた。", "Sony", "Rakuten")]
    [InlineData("정우성 씨는 2020년 LG AI연구원을 떠나 네이버로 자리를 옮겼다. 네이버는 올해 검색 모델을 새로 내놓았다. 이후 지난해 네이버를 떠나 카카오에 합류했다.", "Naver", "Kakao")]
    public void Extract_SentenceWithASubjectOfItsOwnInBetween_EndsTheStory(string article, string from, string to)
    {
        var result = TestData.Extract(article, "2025-06-10");

        Assert.DoesNotContain(result.Moves(), m => m.From == from && m.To == to);
    }

    [Theory]
    [InlineData("山口美咲氏はNECで音声認識の研究に携わった。2020年にNECを離れ、メルカリへ。同社では機械学習チームを率いた。そして今年、Anthropicの日本法人に加わった。", "Misaki Yamaguchi", "Mercari", "Anthropic")]
    [InlineData("渡辺翔太氏は2019年にソニーを離れ、Preferred Networksに移った。\n\nその後、昨年春にPreferred Networksを退社し、OpenAIの日本法人に入社した。", "Shota Watanabe", "Preferred Networks", "OpenAI")]
    [InlineData("정우성 씨는 2020년 LG AI연구원을 떠나 네이버로 자리를 옮겼다. 이 회사에서 검색 모델을 담당했다. 이후 지난해 네이버를 떠나 OpenAI 한국 지사에 합류했다.", "Jung Woo-sung", "Naver", "OpenAI")]
    public void Extract_ArrivalAtACompanysLocalArm_JoinsTheCompany(string article, string person, string from, string to)
    {
        var result = TestData.Extract(article);

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Fact]
    public void Extract_JapaneseLocalArmAfterAnotherWord_IsNoCompany()
    {
        var result = TestData.Extract("山口美咲氏は2020年にNECを離れ、日本法人の設立準備に加わった。", "2025-06-10");

        Assert.DoesNotContain(result.Moves(), m => m.To.Contains("法人", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PresentPostInACarriedStory_GivesTheTitleAtTheCompanyJoined()
    {
        const string article = "佐藤健一氏は2018年に富士通を離れ、LINEヤフーに移った。その後、2023年にLINEヤフーを退社し、Sakana AIに入社。現在は同社で研究チームのリーダーを務める。";
        var result = TestData.Extract(article, "2025-06-10");

        Assert.Contains(result.Tenures(), t => t is { Person: "Kenichi Sato", Lab: "Sakana AI", Role: "lead" });
    }

    [Fact]
    public void Extract_PresentPostAfterAnotherPersonsQuote_IsNotTheStorysPersons()
    {
        const string article = "佐藤健一氏は2018年に富士通を離れ、LINEヤフーに移った。「新しい挑戦だった」と同僚の田中氏は語る。現在は同社で研究チームのリーダーを務める。";
        var result = TestData.Extract(article, "2025-06-10");

        Assert.DoesNotContain(result.Tenures(), t => t is { Person: "Kenichi Sato", Role: "lead" });
    }
}
