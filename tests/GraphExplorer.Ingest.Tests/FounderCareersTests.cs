namespace GraphExplorer.Ingest.Tests;

/// <summary>Where the founders of the company a founding story founds came from, across languages: a bare founder title
/// beside the founder's past lab, a chief's post, a founder named only as the topic of a founding verb or title, and an
/// early employee who "joined from" a lab. Self-written articles, each with a near miss beside it.</summary>
public class FounderCareersTests
{
    private const string Portuguese = "Ex-Talkdesk cria a Brisa, startup de seguros por voz\n\n"
        + "LISBOA — A Brisa, startup que Marta Pires e Rui Antunes fundaram em 2024, anunciou uma ronda de 3 milhões de euros. "
        + "Marta Pires, cofundadora e presidente executiva, trabalhou cinco anos na Talkdesk antes de criar a empresa. "
        + "Entre os investidores está Paula Reis, cofundadora da Sword Health.";

    private const string Indonesian = "Mantan Petinggi Bukalapak Dirikan Startup AI\n\n"
        + "BANDUNG — Nadi AI didirikan oleh Andi Saputra dan Sari Wulandari. Andi kini menjabat CEO Nadi AI. "
        + "Sari, salah satu pendiri sekaligus CTO, sebelumnya bekerja sebagai insinyur di Bukalapak.";

    private const string Spanish = "Nace Pizarra, la startup que quiere leer contratos en español\n\n"
        + "MADRID — Pizarra, la compañía que Elena Gil y Jorge Sanz pusieron en marcha el año pasado, ha cerrado una ronda liderada por Kibo Ventures. "
        + "Gil, también cofundadora, procede de Telefónica, donde dirigía un equipo de datos. "
        + "El primer empleado que no forma parte del equipo fundador es Luis Romero, que llega desde Cabify.";

    private const string English = "Former Stripe engineers launch Halden Labs\n\n"
        + "Halden Labs was founded this year by Nora Quist and Ben Ashdown. "
        + "The startup's first hire is Mia Tollner, who joined from Cohere.";

    private const string Japanese = "元メルカリ技術者ら、新会社「ソラ・ラボ」を設立\n\n"
        + "【東京】メルカリで検索開発を率いた佐藤健氏が、新会社「ソラ・ラボ」を立ち上げた。"
        + "共同創業者には、サイバーエージェントで研究に従事していた田中美咲（Misaki Tanaka）氏が名を連ね、最高技術責任者（CTO）を務める。";

    private const string Korean = "네이버 출신이 세운 AI 스타트업 '바람랩스'\n\n"
        + "[판교=기자] 네이버 출신 연구자들이 창업한 AI 스타트업 바람랩스(Baram Labs)가 투자를 유치했다. "
        + "바람랩스는 네이버에서 검색 모델을 연구한 김하늘(Kim Ha-neul) 대표가 지난해 설립했다.";

    private const string Chinese = "前字节跳动工程师创立云帆智能\n\n"
        + "一家新的创业公司浮出水面。云帆智能（CloudSail AI）日前宣布完成天使轮融资。"
        + "公司联合创始人兼CEO王立此前在字节跳动负责推荐算法，今年初离职创业。";

    [Fact]
    public void Extract_PortugueseFounderTitleBesidePastEmployer_FoundsTheNewCompanyFromThatEmployer()
    {
        var result = TestData.Extract(Portuguese, "2025-06-01");

        Assert.DoesNotContain(result.Foundings(), f => f is { Person: "Marta Pires", Lab: "Talkdesk" });
        Assert.Contains(result.Foundings(), f => f is { Person: "Marta Pires", Lab: "Brisa" });
        Assert.Contains(result.Moves(), m => m is { Person: "Marta Pires", From: "Talkdesk", To: "Brisa" });
        Assert.Contains(result.Tenures(), t => t is { Person: "Marta Pires", Lab: "Brisa", Role: not null });
    }

    [Fact]
    public void Extract_FounderTitleAttachedToItsLab_KeepsThatLabAndMovesNobody()
    {
        var result = TestData.Extract(Portuguese, "2025-06-01");

        Assert.DoesNotContain(result.Foundings(), f => f is { Person: "Paula Reis", Lab: "Brisa" });
        Assert.DoesNotContain(result.Moves(), m => m.Person == "Paula Reis");
    }

    [Fact]
    public void Extract_IndonesianCofounderWhoWorkedElsewhere_FoundsTheNewCompanyAsItsCto()
    {
        var result = TestData.Extract(Indonesian, "2025-06-01");

        Assert.DoesNotContain(result.Foundings(), f => f.Lab == "Bukalapak");
        Assert.Contains(result.Moves(), m => m is { Person: "Sari Wulandari", From: "Bukalapak", To: "Nadi AI" });
        Assert.Contains(result.Tenures(), t => t is { Person: "Sari Wulandari", Lab: "Nadi AI", Role: "CTO" });
    }

    [Fact]
    public void Extract_SpanishCofounderWhoComesFromALab_FoundsTheCompanyTheHeadlineAnnounces()
    {
        var result = TestData.Extract(Spanish, "2025-06-01");

        Assert.Contains(result.Foundings(), f => f is { Person: "Elena Gil", Lab: "Pizarra" });
        Assert.Contains(result.Moves(), m => m is { Person: "Elena Gil", From: "Telefónica", To: "Pizarra" });
        Assert.DoesNotContain(result.Foundings(), f => f.Lab is "Telefónica" or "Kibo Ventures" or "Nace Pizarra");
        Assert.DoesNotContain(result.Facts, f => f is Core.Facts.WorkedAtFact { Lab: "Nace Pizarra" } or Core.Facts.LeftForFact { To: "Nace Pizarra" });
    }

    [Fact]
    public void Extract_EarlyEmployeeWhoJoinedFromALab_MovedToTheNewCompanyAndFoundedNothing()
    {
        var spanish = TestData.Extract(Spanish, "2025-06-01");
        var english = TestData.Extract(English, "2025-06-01");

        Assert.Contains(spanish.Moves(), m => m is { Person: "Luis Romero", From: "Cabify", To: "Pizarra" });
        Assert.DoesNotContain(spanish.Foundings(), f => f.Person == "Luis Romero");
        Assert.Contains(english.Moves(), m => m is { Person: "Mia Tollner", From: "Cohere", To: "Halden Labs" });
    }

    [Fact]
    public void Extract_JoinedFromOutsideAFoundingStory_IsNoMoveToAnotherCompany()
    {
        var result = TestData.Extract("Cohere loses a researcher\n\nMia Tollner, who joined from Cohere, now leads research at Halden Labs.", "2025-06-01");

        Assert.DoesNotContain(result.Moves(), m => m is { Person: "Mia Tollner", From: "Cohere", To: not "Halden Labs" });
    }

    [Fact]
    public void Extract_JapaneseCofounderNamedAsTheTitlesTopic_FoundsTheCompanyFromHerPastLab()
    {
        var result = TestData.Extract(Japanese, "2025-06-01");

        var lab = Assert.Single(result.Foundings(), f => f.Person == "Misaki Tanaka").Lab;
        Assert.Contains(result.Foundings(), f => f.Lab == lab && f.Person != "Misaki Tanaka");
        Assert.Contains(result.Moves(), m => m is { Person: "Misaki Tanaka", From: "CyberAgent" } && m.To == lab);
        Assert.Contains(result.Tenures(), t => t is { Person: "Misaki Tanaka", Role: "CTO" } && t.Lab == lab);
    }

    [Fact]
    public void Extract_KoreanFoundingVerbWithTheCompanyAsTopic_FoundsItAndMovesTheChiefTitle()
    {
        var result = TestData.Extract(Korean, "2025-06-01");

        Assert.Contains(result.Foundings(), f => f is { Person: "Kim Ha-neul", Lab: "Baram Labs" });
        Assert.Contains(result.Tenures(), t => t is { Person: "Kim Ha-neul", Lab: "Baram Labs", Role: "CEO" });
        Assert.DoesNotContain(result.Tenures(), t => t is { Person: "Kim Ha-neul", Lab: "Naver", Role: "CEO" });
    }

    [Fact]
    public void Extract_ChineseCompanyWithItsEnglishName_IsNamedSoNotRomanised()
    {
        var result = TestData.Extract(Chinese, "2025-06-01");

        Assert.Contains(result.Foundings(), f => f.Lab == "CloudSail AI");
        Assert.Contains(result.Tenures(), t => t is { Lab: "CloudSail AI", Role: "CEO" });
        Assert.DoesNotContain(result.Foundings(), f => f.Lab == "ByteDance");
    }

    [Fact]
    public void Extract_ChinesePersonIntroducedWithLatinSpelling_IsNoCompany()
    {
        var result = TestData.Extract(Chinese + "王立（Wang Li）表示，团队将扩大。", "2025-06-01");

        Assert.DoesNotContain(result.Facts, f => f is Core.Facts.FoundedFact { Lab: "Wang Li" } or Core.Facts.WorkedAtFact { Lab: "Wang Li" });
    }

    [Fact]
    public void Extract_FounderWhoLeftALabInAnAside_LeftItForTheCompanyAndTheFormerBossFoundsNothing()
    {
        var english = TestData.Extract("Ex-Google and ex-Meta engineers launch Corvid Labs\n\n"
            + "Corvid Labs was founded this year by Ada Lindholm, who left Google in March after four years, and Sam Okoro, a former Meta engineer. "
            + "Petra Holm, who ran the search group at Google where Lindholm worked, said she was not surprised.", "2025-06-01");
        var french = TestData.Extract("Deux anciens de Criteo lancent Ondée\n\n"
            + "La start-up Ondée a été fondée par Chloé Vasseur, qui a quitté Criteo en mars, et Hugo Lemaire. "
            + "Ondée emploie déjà neuf personnes.", "2025-06-01");

        Assert.Contains(english.Moves(), m => m is { Person: "Ada Lindholm", From: "Google", To: "Corvid Labs" });
        Assert.DoesNotContain(english.Foundings(), f => f.Person == "Petra Holm");
        Assert.Contains(french.Moves(), m => m is { Person: "Chloé Vasseur", From: "Criteo", To: "Ondée" });
    }

    [Fact]
    public void Extract_PersonNamedAfterAFoundingParticiple_IsNoFounder()
    {
        var result = TestData.Extract(Portuguese + " A Brisa, fundada em 2024, contratou Paula Reis como consultora.", "2025-06-01");

        Assert.DoesNotContain(result.Foundings(), f => f is { Person: "Paula Reis", Lab: "Brisa" });
    }
}
