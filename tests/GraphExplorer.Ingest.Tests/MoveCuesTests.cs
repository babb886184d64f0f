namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// General constructions by which news reports a move (issue 10, LEFT_FOR): where the mover was, stated with a verb of
/// belonging, a "former" title or an origin phrase, and where they went. Every sentence is written for these tests.
/// </summary>
public class MoveCuesTests
{
    [Fact]
    public void Extract_JapaneseBelongingWithNi_PlacesThePersonAtTheLab()
    {
        var result = TestData.Extract("ジョン・スミス氏はアップルに在籍していた。");

        Assert.Contains(result.Tenures(), t => t.Person == "John Smith" && t.Lab == "Apple");
    }

    [Fact]
    public void Extract_JapaneseBelongedThenLeftAndJoined_FindsMove()
    {
        var result = TestData.Extract("アップルに所属していたジョン・スミス氏が退社し、メタに参加した。");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("John Smith", "Apple", "Meta"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_KoreanServingAtWithE_FindsMove()
    {
        var result = TestData.Extract("애플에 재직 중인 김민수 연구원이 메타로 이직했다.");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Apple", "Meta"), (move.From, move.To));
    }

    [Theory]
    [InlineData("박지성 박사는 LG전자에 합류했다.", "Park Ji-sung")]
    [InlineData("김지성 교수는 LG전자에 합류했다.", "Kim Ji-sung")]
    public void Extract_KoreanNameBeforeAcademicTitle_IsTheNameAlone(string text, string person)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Tenures(), t => t.Person == person && t.Lab == "LG Electronics");
    }

    [Fact]
    public void Extract_KoreanOriginInTheGenitive_FindsMove()
    {
        var result = TestData.Extract("구글 출신의 박지성 씨는 LG전자에 합류했다.");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Park Ji-sung", "Google", "LG Electronics"), (move.Person, move.From, move.To));
    }

    [Theory]
    [InlineData("박지성 CTO는 네이버, 카카오를 거쳐 2019년 LG전자 CTO로 선임됐다.", "Kakao", "LG Electronics")]
    [InlineData("ジョン・スミス氏は、アマゾンやグーグルを経て、2020年にソニーに入社した。", "Google", "Sony")]
    public void Extract_CareerListThenPost_LeavesTheLastLabListed(string text, string from, string to)
    {
        var result = TestData.Extract(text);

        var move = Assert.Single(result.Moves());
        Assert.Equal((from, to), (move.From, move.To));
    }

    [Fact]
    public void Extract_GermanReturnInSubordinateClause_FindsMove()
    {
        var result = TestData.Extract("Markus Weber arbeitete nur wenige Wochen bei Siemens, bevor er zu SAP zurückkehrte.");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Markus Weber", "Siemens", "SAP"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_GermanBecomesNewTitle_PlacesThePersonAtTheLab()
    {
        var result = TestData.Extract("Markus Weber wird neuer CTO von SAP.");

        Assert.Contains(result.Tenures(), t => t.Person == "Markus Weber" && t.Lab == "SAP");
    }

    [Theory]
    [InlineData("Markus Weber und Anna Krüger arbeiteten nur wenige Wochen bei Siemens, bevor sie zu SAP zurückkehrten.")]
    [InlineData("Tom Hale and Sarah Lin worked at Google for years before they joined Anthropic.")]
    public void Extract_PluralPronounAfterCoordinatedPeople_MovesEveryOne(string text)
    {
        var result = TestData.Extract(text);

        Assert.Equal(2, result.Moves().Count(m => m.From is "Siemens" or "Google" && m.To is "SAP" or "Anthropic"));
    }

    [Fact]
    public void Extract_PluralPronounWithoutGroup_GivesNoSingleSubject()
    {
        var result = TestData.Extract("Tom Hale met investors, and later they joined Anthropic.");

        Assert.DoesNotContain(result.Tenures(), t => t.Person == "Tom Hale" && t.Lab == "Anthropic");
    }

    [Theory]
    [InlineData("ジョン・スミス氏は、ソニーのCTOに就任した。", "Sony")]
    [InlineData("김민수 씨는 LG전자 CTO로 선임됐다.", "LG Electronics")]
    public void Extract_TitleBeforeDestinationParticle_IsThePostNotALab(string text, string lab)
    {
        var result = TestData.Extract(text);

        Assert.Empty(result.Moves());
        Assert.Contains(result.Tenures(), t => t.Lab == lab);
        Assert.DoesNotContain(result.Tenures(), t => t.Lab == "CTO");
    }

    [Theory]
    [InlineData("原百度算法负责人张伟被曝离职,其去向是阿里巴巴。")]
    [InlineData("原百度算法负责人张伟宣布离职,他的下一站是阿里巴巴。")]
    public void Extract_ChineseDestinationNoun_FindsMove(string text)
    {
        var result = TestData.Extract(text);

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Zhang Wei", "Baidu", "Alibaba"), (move.Person, move.From, move.To));
    }

    [Theory]
    [InlineData("张伟离开百度后,创办了一家新公司。", "Baidu")]
    [InlineData("Tom Hale left Google and founded a startup.", "Google")]
    public void Extract_FoundingAfterLeavingWithNoNamedCompany_DoesNotFoundTheLabLeft(string text, string left)
    {
        var result = TestData.Extract(text);

        Assert.DoesNotContain(result.Foundings(), f => f.Lab == left);
        Assert.Contains(result.Tenures(), t => t.Lab == left);
    }

    [Theory]
    [InlineData("A Nubank contratou Pedro Lima (da Google) e Carla Souza (ex-Microsoft).", "Nubank", "Pedro Lima", "Carla Souza")]
    [InlineData("Meta hired Tom Hale (from Google) and Sarah Lin (ex-Apple).", "Meta", "Tom Hale", "Sarah Lin")]
    public void Extract_HireListWithOriginsInBrackets_GivesEachPersonTheirOwnOrigin(string text, string hirer, string first, string second)
    {
        var result = TestData.Extract(text);

        var moves = result.Moves().Select(m => (m.Person, m.To)).ToList();
        Assert.Contains((first, hirer), moves);
        Assert.Contains((second, hirer), moves);
        Assert.Equal(2, result.Moves().Select(m => m.From).Distinct().Count());
    }

    [Theory]
    [InlineData("ジョン・スミス氏はグーグルを退職し、ソニーの社長に就任した。", "John Smith", "Google", "Sony")]
    [InlineData("ジョン・スミス氏はグーグルを退職し、ソニーCTOに就任した。", "John Smith", "Google", "Sony")]
    [InlineData("김민수 씨는 카카오를 떠나 LG전자 부사장으로 취임했다.", "Kim Min-soo", "Kakao", "LG Electronics")]
    public void Extract_LeftThenTookPostAtLab_FindsMove(string text, string person, string from, string to)
    {
        var result = TestData.Extract(text);

        var move = Assert.Single(result.Moves());
        Assert.Equal((person, from, to), (move.Person, move.From, move.To));
    }
}
