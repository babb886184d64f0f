namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Round-ups of departures told across sentences: a header says a lab is losing people ("The departures include:",
/// "hat mehrere Forscher verloren", "잇따라 회사를 떠나고 있다"), and each person then told only to arrive somewhere left
/// that lab. The same arrivals after a sentence that tells no departures give no origin. The sentences, people and
/// companies of these tests are made up.
/// </summary>
public class RoundUpTests
{
    [Theory]
    [InlineData("Cohere has lost several senior engineers this year. The departures include:\n- Nadia Petrov, who led the inference team, left in May and has since started at Anthropic.\n- Tomas Greer joined Microsoft in July.", "Cohere", "Nadia Petrov", "Anthropic")]
    [InlineData("Cohere has lost several senior engineers this year. The departures include:\n- Nadia Petrov, who led the inference team, left in May and has since started at Anthropic.\n- Tomas Greer joined Microsoft in July.", "Cohere", "Tomas Greer", "Microsoft")]
    [InlineData("Aleph Alpha hat in diesem Jahr mehrere Forscher verloren. Jonas Keller wechselte im März zu DeepL.", "Aleph Alpha", "Jonas Keller", "DeepL")]
    [InlineData("Les départs se multiplient chez Mistral AI. Hugo Lambert a rejoint Anthropic en mars.", "Mistral AI", "Hugo Lambert", "Anthropic")]
    [InlineData("Google DeepMind kehilangan sejumlah peneliti tahun ini. Budi Santoso bergabung dengan Gojek pada Maret.", "Google DeepMind", "Budi Santoso", "Gojek")]
    [InlineData("Preferred Networksでは幹部の退社が相次いでいる。田中健一氏は3月にソニーに移籍した。", "Preferred Networks", "Kenichi Tanaka", "Sony")]
    [InlineData("智谱AI核心成员相继离职\n记者获悉，智谱AI近期已有多名技术骨干离开。其中，曾负责数据平台的孙悦则加盟了腾讯。", "Zhipu AI", "Sun Yue", "Tencent")]
    [InlineData("百度技术骨干陆续离职。曾在搜索部门工作的周宁已加入阿里巴巴。", "Baidu", "Zhou Ning", "Alibaba")]
    public void Extract_ArrivalAfterDepartureHeader_LeftTheLabOfTheHeader(string text, string from, string person, string to)
    {
        var result = TestData.Extract(text, "2025-06-01");

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
        Assert.Contains(result.Tenures(), w => w.Person == person && w.Lab == from);
    }

    [Theory]
    [InlineData("Cohere has opened a new office in Toronto this year. Nadia Petrov, who led the inference team, started at Anthropic in May. Tomas Greer joined Microsoft in July.", "Cohere")]
    [InlineData("Aleph Alpha hat in diesem Jahr ein neues Büro eröffnet. Jonas Keller wechselte im März zu DeepL.", "Aleph Alpha")]
    [InlineData("Mistral AI recrute beaucoup. Hugo Lambert a rejoint Anthropic en mars.", "Mistral AI")]
    [InlineData("Google DeepMind membuka kantor baru tahun ini. Budi Santoso bergabung dengan Gojek pada Maret.", "Google DeepMind")]
    [InlineData("Preferred Networksは新しいオフィスを開設した。田中健一氏は3月にソニーに移籍した。", "Preferred Networks")]
    [InlineData("智谱AI发布了新一代模型\n记者获悉，智谱AI近期招聘了多名技术骨干。其中，曾负责数据平台的孙悦则加盟了腾讯。", "Zhipu AI")]
    [InlineData("百度技术骨干陆续加入新团队。曾在搜索部门工作的周宁已加入阿里巴巴。", "Baidu")]
    public void Extract_ArrivalWithoutDepartureHeader_NoOriginAtTheLab(string text, string lab)
    {
        var result = TestData.Extract(text, "2025-06-01");

        Assert.DoesNotContain(result.Moves(), m => m.From == lab);
        Assert.DoesNotContain(result.Tenures(), w => w.Lab == lab);
    }

    [Theory]
    [InlineData("Cohere has lost several senior engineers this year. It is hiring again. Salaries rose. The market shrugged. Tomas Greer joined Microsoft in July.", "Cohere", "Tomas Greer")]
    [InlineData("Aleph Alpha hat in diesem Jahr mehrere Forscher verloren. Das Unternehmen stellt wieder ein. Die Gehälter stiegen. Der Markt blieb ruhig. Jonas Keller wechselte im März zu DeepL.", "Aleph Alpha", "Jonas Keller")]
    public void Extract_ArrivalFarAfterDepartureHeader_NoOriginAtTheLab(string text, string lab, string person)
    {
        var result = TestData.Extract(text, "2025-06-01");

        Assert.DoesNotContain(result.Moves(), m => m.Person == person && m.From == lab);
    }

    [Theory]
    [InlineData("Cohere has lost several senior engineers this year. The departures include:\n- Nadia Petrov joined Microsoft in July.\n- Dmitri Volkov co-founded Quillwork, a start-up building coding agents, in June.", "Cohere", "Dmitri Volkov", "Quillwork")]
    [InlineData("네이버의 AI 핵심 인력들이 잇따라 회사를 떠나고 있다. 정민재 씨는 법률 AI 스타트업 누리랩스(Nuri Labs)를 창업했다.", "Naver", "Jung Min-jae", "Nuri Labs")]
    public void Extract_FounderInRoundUp_FoundedAndLeftTheLabOfTheHeader(string text, string from, string person, string founded)
    {
        var result = TestData.Extract(text, "2025-06-01");

        Assert.Contains(result.Foundings(), f => f.Person == person && f.Lab == founded);
        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == founded);
    }

    [Theory]
    [InlineData("Among those who have left OpenAI this year: Nadia Petrov (now at Anthropic), Tomas Greer, who joined Meta in March, and Clara Holt.", "OpenAI", "Nadia Petrov", "Anthropic")]
    [InlineData("Di antara yang hengkang dari Gojek adalah Budi Santoso, yang kini bergabung dengan Grab, dan Siti Aminah, yang pindah ke Tokopedia.", "Gojek", "Budi Santoso", "Grab")]
    [InlineData("Entre as saídas da Nubank estão Ana Ribeiro, hoje na Anthropic, e Pedro Lima, que foi para o Itaú Unibanco.", "Nubank", "Ana Ribeiro", "Anthropic")]
    public void Extract_OneSentenceRoundUp_EachAsideIsWhereThatPersonWent(string text, string from, string person, string to)
    {
        var result = TestData.Extract(text, "2025-06-01");

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
        Assert.DoesNotContain(result.Moves(), m => m.Person == person && m.To != to);
    }

    [Fact]
    public void Extract_SameAsidesWithoutDepartureHeader_NoOriginAtTheLab()
    {
        var result = TestData.Extract("OpenAI hosted a panel this year with Nadia Petrov (now at Anthropic) and Tomas Greer, who joined Meta in March.", "2025-06-01");

        Assert.DoesNotContain(result.Moves(), m => m.From == "OpenAI");
    }
}
