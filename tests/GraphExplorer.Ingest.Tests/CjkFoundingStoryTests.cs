namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Founding and hiring stories in Japanese and Korean, told the way the press tells them: a young company introduced once
/// with its Latin spelling in brackets and named by its script word after that, its founders named by bare titles, and a
/// company that opens a sentence as its topic announcing a hire. Self-written sentences (invented people), each beside a
/// near-miss with the same words and no such fact.
/// </summary>
public class CjkFoundingStoryTests
{
    [Theory]
    [InlineData("物流向けAIを手がける新会社「ツバメ・ラボ」（Tsubame Labs）が始動した。\n\nソニーを退社した山田太郎氏が昨年、ツバメ・ラボを設立した。", "Taro Yamada", "Tsubame Labs")]
    [InlineData("スタートアップ、ヒバリ（Hibari AI、福岡）は先月、資金を調達した。\n\nヒバリは、楽天出身の鈴木花子氏が2023年に創業した。", "Hanako Suzuki", "Hibari AI")]
    [InlineData("반도체 설계 기업 가람칩스(Garam Chips)가 투자를 유치했다.\n\n삼성전자 출신 박지훈 대표는 2022년 가람칩스를 설립했다.", "Park Ji-hoon", "Garam Chips")]
    public void Extract_CompanyIntroducedWithLatinSpelling_LaterScriptNameIsThatLab(string text, string founder, string lab)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.Contains(result.Foundings(), f => (f.Person, f.Lab) == (founder, lab));
    }

    /// <summary>People and places are introduced with a Latin spelling in brackets too; without a company noun, quotes or a
    /// company word they stay what they are, while the company beside them is found.</summary>
    [Theory]
    [InlineData("スタートアップ、ヒバリ（Hibari AI）が発足した。\n\n高橋美咲（Misaki Takahashi）氏は昨年ソニーを退社し、ヒバリを設立した。", "Misaki Takahashi", "Hibari AI")]
    [InlineData("AI 스타트업 모아(Moa AI)가 출범했다.\n\n김민수(Kim Min-su) 대표는 지난해 네이버를 떠나 모아를 창업했다.", "Kim Min-su", "Moa AI")]
    [InlineData("渋谷（Shibuya）に本社を置く新会社「ツバメ・ラボ」（Tsubame Labs）は、山田太郎氏が設立した。", "Shibuya", "Tsubame Labs")]
    public void Extract_PersonOrPlaceWithLatinSpelling_IsNoLabButTheCompanyIs(string text, string notLab, string lab)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.Contains(result.Foundings(), f => f.Lab == lab);
        Assert.DoesNotContain(result.Tenures(), w => w.Lab == notLab);
        Assert.DoesNotContain(result.Foundings(), f => f.Lab == notLab);
    }

    [Theory]
    [InlineData("新会社「ツバメ・ラボ」（Tsubame Labs）が発足した。\n\n山田太郎氏は昨年ソニーを退社し、同社を設立した。", "Taro Yamada", "Sony", "Tsubame Labs")]
    [InlineData("AI 스타트업 별빛랩스(Byeolbit Labs)가 출범했다.\n\n김민수 대표는 지난해 네이버를 떠나 이 회사를 창업했다.", "Kim Min-soo", "Naver", "Byeolbit Labs")]
    public void Extract_CompanyAnaphorAfterIntroducedCompany_IsTheNewCompanyNotTheOneLeft(string text, string person, string from, string to)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.Contains(result.Foundings(), f => (f.Person, f.Lab) == (person, to));
        Assert.Contains(result.Moves(), m => (m.Person, m.From, m.To) == (person, from, to));
        Assert.DoesNotContain(result.Foundings(), f => f.Lab == from);
    }

    /// <summary>A bare founder title after the company is introduced founds it, not the lab the founder worked at.</summary>
    [Theory]
    [InlineData("新会社「ツバメ・ラボ」（Tsubame Labs）が発足した。\n\nもう1人の共同創業者、伊藤彩氏は、ソニーで4年働いた後、楽天に移った。", "Aya Ito", "Sony")]
    [InlineData("AI 스타트업 별빛랩스(Byeolbit Labs)가 출범했다.\n\n공동창업자인 이서연 씨는 카카오에서 5년간 일한 뒤 삼성전자로 옮겼다.", "Lee Seo-yeon", "Kakao")]
    public void Extract_BareFounderTitleAfterIntroducedCompany_FoundsItNotTheLabWorkedAt(string text, string founder, string workedAt)
    {
        var foundings = TestData.Extract(text, "2025-03-01").Foundings().ToList();

        Assert.Contains(foundings, f => f.Person == founder && f.Lab is "Tsubame Labs" or "Byeolbit Labs");
        Assert.DoesNotContain(foundings, f => f.Lab == workedAt);
    }

    /// <summary>The career told after a bare founder title ends where the founder came from; the lab left for another is not.</summary>
    [Theory]
    [InlineData("新会社「ツバメ・ラボ」（Tsubame Labs）が発足した。\n\nもう1人の共同創業者、伊藤彩氏は、ソニーで4年働いた後、楽天に移った。", "Aya Ito", "Sony", "Rakuten", "Tsubame Labs")]
    [InlineData("AI 스타트업 별빛랩스(Byeolbit Labs)가 출범했다.\n\n공동창업자인 이서연 씨는 카카오에서 5년간 일한 뒤 삼성전자로 옮겼다.", "Lee Seo-yeon", "Kakao", "Samsung", "Byeolbit Labs")]
    public void Extract_CareerAfterBareFounderTitle_LastLabIsTheFoundersOrigin(string text, string founder, string first, string last, string founded)
    {
        var moves = TestData.Extract(text, "2025-03-01").Moves().ToList();

        Assert.Contains(moves, m => (m.Person, m.From, m.To) == (founder, last, founded));
        Assert.DoesNotContain(moves, m => (m.Person, m.From, m.To) == (founder, first, founded));
    }

    /// <summary>The near-miss: a founder title with its own lab keeps that lab after a company is introduced.</summary>
    [Fact]
    public void Extract_FounderTitleWithOrWithoutItsOwnLab_OnlyTheBareOneFoundsTheIntroducedCompany()
    {
        const string Introduced = "新会社「ツバメ・ラボ」（Tsubame Labs）が発足した。\n\n";
        var bare = TestData.Extract(Introduced + "もう1人の共同創業者、伊藤彩氏は、ソニーで4年働いた。", "2025-03-01").Foundings().ToList();
        var owned = TestData.Extract(Introduced + "ホンダの共同創業者、藤沢武夫氏の言葉を引いた。", "2025-03-01").Foundings().ToList();

        Assert.Contains(bare, f => (f.Person, f.Lab) == ("Aya Ito", "Tsubame Labs"));
        Assert.DoesNotContain(owned, f => f.Lab == "Tsubame Labs");
    }

    [Fact]
    public void Extract_ChainedFounderTitleAfterIntroducedCompany_FoundsItWithTheRole()
    {
        var result = TestData.Extract("新会社「ツバメ・ラボ」（Tsubame Labs）が発足した。\n\n共同創業者で最高経営責任者の山田太郎氏は、ソニーで7年間働いた。", "2025-03-01");

        Assert.Contains(result.Foundings(), f => (f.Person, f.Lab) == ("Taro Yamada", "Tsubame Labs"));
        Assert.Contains(result.Tenures(), w => (w.Person, w.Lab, w.Role) == ("Taro Yamada", "Tsubame Labs", "CEO"));
    }

    /// <summary>A founding verb that only describes a noun ("創業した会社に出資した") founds nothing the topic names.</summary>
    [Fact]
    public void Extract_FoundingVerbDescribingANoun_TopicCompanyIsNotFounded()
    {
        var topicFounded = TestData.Extract("ソニーは、鈴木花子氏が2023年に創業した。", "2025-03-01").Foundings().ToList();
        var described = TestData.Extract("ソニーは、鈴木花子氏が2023年に創業した会社に出資した。", "2025-03-01").Foundings().ToList();

        Assert.Contains(topicFounded, f => (f.Person, f.Lab) == ("Hanako Suzuki", "Sony"));
        Assert.DoesNotContain(described, f => f.Lab == "Sony");
    }

    [Theory]
    [InlineData("ソフトバンクは1日、メルカリでAI部門を率いてきた田中一郎氏が同社の最高技術責任者に就任すると発表した。", "Ichiro Tanaka", "Mercari", "SoftBank")]
    [InlineData("Preferred Networksは、LINEヤフー出身の佐藤健氏の入社を明らかにした。\n\n同社はまた、楽天で研究を率いた鈴木一郎氏の入社も発表した。", "Ichiro Suzuki", "Rakuten", "Preferred Networks")]
    public void Extract_TopicCompanyAnnouncesHire_CompanyAnaphorIsTheTopicNotTheOrigin(string text, string person, string from, string to)
    {
        var moves = TestData.Extract(text, "2025-03-01").Moves().ToList();

        Assert.Contains(moves, m => (m.Person, m.From, m.To) == (person, from, to));
        Assert.DoesNotContain(moves, m => m.Person == person && m.To == from);
    }

    [Fact]
    public void Extract_SameHireWithoutTopicCompany_MakesNoMoveToTheTopic()
    {
        var announced = TestData.Extract("ソフトバンクは1日、メルカリでAI部門を率いてきた田中一郎氏が同社の最高技術責任者に就任すると発表した。", "2025-03-01").Moves().ToList();
        var unannounced = TestData.Extract("関係者によると、メルカリでAI部門を率いてきた田中一郎氏が同社の最高技術責任者に就任する。", "2025-03-01").Moves().ToList();

        Assert.Contains(announced, m => (m.Person, m.To) == ("Ichiro Tanaka", "SoftBank"));
        Assert.DoesNotContain(unannounced, m => m.Person == "Ichiro Tanaka" && m.To == "SoftBank");
    }
}
