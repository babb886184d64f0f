namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// People the press names with their post, found from the structure around them rather than from a list: a German
/// title glued to the employer by a hyphen ("Lakestar-Partnerin Miriam Kessler"), a partner at a fund in Indonesian
/// ("Dimas Pratama, partner di Intudo Ventures"), a Korean name whose last syllable looks like a particle before a title
/// ("정하은 대표"), and a German surname the article also puts after a relative pronoun ("den Lindemann gut kennt").
/// Near misses with the same words and no person or no company stay out. People and most companies are made up.
/// </summary>
public class TitledPeopleTests
{
    [Theory]
    [InlineData("Die Finanzierungsrunde über acht Millionen Euro führt der Wagniskapitalgeber Lakestar an. „Das Team kennt seine Kunden“, sagte Lakestar-Partnerin Miriam Kessler.", "Miriam Kessler", "Lakestar")]
    [InlineData("Speedinvest beteiligt sich mit zwei Millionen Euro. Speedinvest-Manager Jonas Brückner sieht großes Potenzial im Markt.", "Jonas Brückner", "Speedinvest")]
    [InlineData("Neu dabei ist der Geldgeber Visionaries. „Wir glauben an das Team“, sagte Visionaries-Partner Felix Haberland am Dienstag.", "Felix Haberland", "Visionaries")]
    public void Extract_GermanTitleGluedToANamedCompany_FindsThePersonAtTheCompany(string text, string person, string lab)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.Contains(result.Tenures(), t => t.Person == person && t.Lab == lab);
    }

    [Theory]
    [InlineData("Lakestar führt die Runde an. „Das Team kennt seine Kunden“, sagte die Top-Managerin Anna Vogt.")]
    [InlineData("Lakestar führt die Runde an. „Das Team kennt seine Kunden“, sagte die Star-Investorin Anna Vogt.")]
    public void Extract_GermanTitleGluedToAWordThatIsNoCompany_TakesNoCompany(string text)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.DoesNotContain(result.Tenures(), t => t.Lab is "Top" or "Star");
        Assert.DoesNotContain(result.Tenures(), t => t.Person.Contains("Managerin", StringComparison.Ordinal) || t.Person.Contains("Investorin", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_GermanSurnameAlsoAfterARelativePronoun_IsStillAPerson()
    {
        var result = TestData.Extract(
            "Die frühere DeepL-Forscherin Katharina Lindemann hat das Start-up Wortwerk AI gegründet. Es ist ein Markt, den Lindemann aus ihrer Zeit bei DeepL gut kennt.",
            "2025-03-01");

        Assert.Contains(result.Foundings(), f => f.Person == "Katharina Lindemann" && f.Lab == "Wortwerk AI");
        Assert.Contains(result.Moves(), m => m.Person == "Katharina Lindemann" && m.From == "DeepL" && m.To == "Wortwerk AI");
    }

    [Theory]
    [InlineData("Startup Kirana AI berhasil meraih pendanaan awal sebesar US$2 juta dari sejumlah investor. \"Timnya sangat memahami pasar yang mereka garap,\" kata Dimas Pratama, partner di Intudo Ventures.", "Dimas Pratama", "partner")]
    [InlineData("Startup Kirana AI berhasil meraih pendanaan awal sebesar US$2 juta dari sejumlah investor. Menurut Sari Wulandari, managing partner di Intudo Ventures, pasar ini masih sangat besar.", "Sari Wulandari", "managing partner")]
    public void Extract_IndonesianPartnerAtAFund_IsWorkedAtWithThePost(string text, string person, string role)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.Contains(result.Tenures(), t => t.Person == person && t.Lab == "Intudo Ventures" && t.Role == role);
    }

    [Fact]
    public void Extract_IndonesianCompanyAsAPartner_NamesNoPerson()
    {
        var result = TestData.Extract("Startup Kirana AI berhasil meraih pendanaan awal sebesar US$2 juta dari sejumlah investor. Dana tersebut akan digunakan untuk memperluas tim dan produk. Intudo Ventures menjadi partner strategis perusahaan itu sejak tahun lalu.", "2025-03-01");

        Assert.Empty(result.Tenures());
    }

    [Theory]
    [InlineData("정하은 대표와 윤성민 이사는 지난달 AI 상담 기업 누리랩스를 공동 창업했다고 2일 밝혔다.", "Jung Ha-eun")]
    [InlineData("업계에 따르면 한지은 대표는 카카오에서 5년간 일한 뒤 누리랩스를 공동 창업했다.", "Han Ji-eun")]
    public void Extract_KoreanNameEndingLikeAParticleBeforeATitle_IsFound(string text, string person)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.Contains(result.Foundings(), f => f.Person == person && f.Lab == "Nuri Labs");
    }

    [Fact]
    public void Extract_KoreanTitleWithNoNameBeforeIt_NamesNoPerson()
    {
        var result = TestData.Extract("회사 측은 대표와 이사가 지난달 AI 상담 기업 누리랩스를 공동 창업했다고 2일 밝혔다.", "2025-03-01");

        Assert.Empty(result.Foundings());
    }

    [Theory]
    [InlineData("据悉，前百度资深工程师林一帆已于上月加入阿里巴巴，负责大模型训练。", "Lin Yifan", "Baidu", "Alibaba")]
    [InlineData("腾讯原技术负责人郑一诺已正式加入字节跳动，担任副总裁。", "Zheng Yinuo", "Tencent", "ByteDance")]
    [InlineData("阿里巴巴副总裁许一鸣近日离职，随后加盟百度。", "Xu Yiming", "Alibaba", "Baidu")]
    public void Extract_ChineseGivenNameOpeningWithYiAfterATitle_IsFound(string text, string person, string from, string to)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Theory]
    [InlineData("百度副总裁王一直负责搜索业务，今年并未离职。")]
    [InlineData("该团队的两名工程师和研究员张一起加入了腾讯。")]
    public void Extract_ChineseCommonWordWithYiAfterATitle_NamesNoPerson(string text)
    {
        var result = TestData.Extract(text, "2025-03-01");

        var people = result.Moves().Select(m => m.Person).Concat(result.Tenures().Select(t => t.Person));
        Assert.DoesNotContain(people, p => p.StartsWith("Wang Yi", StringComparison.Ordinal) || p.StartsWith("Zhang Yi", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Startup Kirana AI berhasil meraih pendanaan awal sebesar US$2 juta dari sejumlah investor. Dana tersebut akan digunakan untuk memperluas tim dan produk. Menurut Irfan Maulana, Head of AI di Telkom Indonesia, pasar ini masih sangat besar.", "Irfan Maulana", "Telkom Indonesia", "head of AI")]
    [InlineData("Celonis hat eine neue KI-Einheit gegründet. „Wir wollen schneller werden“, sagte Jana Roth, Head of Data Platform bei Celonis, am Dienstag.", "Jana Roth", "Celonis", "head of Data Platform")]
    [InlineData("A startup Jabuti captou R$ 20 milhões neste ano com novos investidores. \"O time conhece bem o cliente\", disse Renata Paiva, Head of AI do Nubank.", "Renata Paiva", "Nubank", "head of AI")]
    public void Extract_EnglishTitleWithADepartmentInAnotherLanguage_IsWorkedAtWithThePost(string text, string person, string lab, string role)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.Contains(result.Tenures(), t => t.Person == person && t.Lab == lab && t.Role == role);
    }

    [Fact]
    public void Extract_EnglishTitleWithADepartmentAndNoPerson_NamesNoOne()
    {
        var result = TestData.Extract("Startup Kirana AI berhasil meraih pendanaan awal sebesar US$2 juta dari sejumlah investor. Dana tersebut akan digunakan untuk memperluas tim dan produk. Posisi Head of AI di Telkom Indonesia masih kosong sejak tahun lalu.", "2025-03-01");

        Assert.Empty(result.Tenures());
    }
}
