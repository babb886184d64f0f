namespace GraphExplorer.Ingest.Tests;

/// <summary>Chinese moves stated without a plain subject-verb-object: passive hires, arrivals as nouns, outside hires
/// ("空降", "引入"), and words that look like a company before "AI研究员"; self-written sentences only.</summary>
public class ChineseMovesTests
{
    [Fact]
    public void Extract_PassiveHireWithoutOrigin_TakesTheOriginFromTheTitle()
    {
        var result = TestData.Extract("谷歌研究员邵文杰已被Meta挖走。", "2025-05-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Shao Wenjie", From: "Google", To: "Meta" });
    }

    [Fact]
    public void Extract_PassiveHireOfTwoPeople_MovesBoth()
    {
        var result = TestData.Extract("Google研究员邵文杰与邓雨桐被Meta挖走。", "2025-05-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Shao Wenjie", From: "Google", To: "Meta" });
        Assert.Contains(result.Moves(), m => m is { Person: "Deng Yutong", From: "Google", To: "Meta" });
    }

    [Theory]
    [InlineData("阿里巴巴迎来了前百度高管邵文杰的加入。")]
    [InlineData("前百度高管邵文杰的加盟让阿里巴巴的团队更强。")]
    public void Extract_ArrivalStatedAsANoun_IsAMoveToTheLabOfTheSentence(string text)
    {
        var result = TestData.Extract(text, "2025-05-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Shao Wenjie", From: "Baidu", To: "Alibaba" });
    }

    [Fact]
    public void Extract_TwoCharacterNameBeforeLaiZi_EndsBeforeTheVerb()
    {
        var result = TestData.Extract("算法工程师何琪来自腾讯，此前负责推荐系统。", "2025-05-01");

        Assert.Contains(result.Tenures(), t => t is { Person: "He Qi", Lab: "Tencent" });
        Assert.DoesNotContain(result.Tenures(), t => t.Person.StartsWith("He Qil", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ThreeCharacterNameEndingInLai_KeepsItsThirdCharacter()
    {
        var result = TestData.Extract("算法工程师何琪来已加入腾讯。", "2025-05-01");

        Assert.Contains(result.Tenures(), t => t is { Person: "He Qilai", Lab: "Tencent" });
    }

    [Theory]
    [InlineData("前谷歌工程师邵文杰近日空降字节跳动。")]
    [InlineData("字节跳动近日从谷歌引入了研究员邵文杰。")]
    public void Extract_OutsideHireVerbs_AreMoves(string text)
    {
        var result = TestData.Extract(text, "2025-05-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Shao Wenjie", From: "Google", To: "ByteDance" });
    }

    [Theory]
    [InlineData("两位重量级AI研究员相继加入OpenAI。他们是Mark Fenwick和Lisa Harlow。")]
    [InlineData("其联合创始人、知名AI研究员Mark Fenwick已经离职。")]
    public void Extract_AdjectiveBeforeAIResearcher_IsNoCompany(string text)
    {
        var result = TestData.Extract(text, "2025-05-01");

        Assert.DoesNotContain(result.Tenures(), w => w.Lab.EndsWith(" AI", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Moves(), m => m.From.EndsWith(" AI", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_NameBeforeAnAdverbAfterATitle_EndsBeforeTheAdverb()
    {
        var result = TestData.Extract("前百度副总裁邵文杰正式加盟阿里巴巴。", "2025-05-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Shao Wenjie", From: "Baidu", To: "Alibaba" });
    }

    [Fact]
    public void Extract_FounderWithDateAfterZai_IsFound()
    {
        var result = TestData.Extract("邵文杰在2023年创办了星河智能。", "2025-05-01");

        Assert.Contains(result.Foundings(), f => f is { Person: "Shao Wenjie", Lab: "Xinghe AI" });
    }

    [Fact]
    public void Extract_FormerTitleWithAFourCharacterLab_IsTheOriginOfBothFounders()
    {
        var result = TestData.Extract("前阿里巴巴副总裁贾文涛与前腾讯工程师孙丽联合创立了星河智能。", "2025-05-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Jia Wentao", From: "Alibaba", To: "Xinghe AI" });
        Assert.Contains(result.Moves(), m => m is { Person: "Sun Li", From: "Tencent", To: "Xinghe AI" });
    }

    [Fact]
    public void Extract_FormerTitleWithAUnitBetweenLabAndTitle_IsTheOrigin()
    {
        var result = TestData.Extract("作为原华为美国研究院的高管，邵文杰早在2024年年初创建了星河智能。", "2025-05-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Shao Wenjie", From: "Huawei", To: "Xinghe AI" });
    }

    [Theory]
    [InlineData("谷歌研究员邵文杰已被Meta高薪挖走。")]
    [InlineData("谷歌研究员邵文杰已被Meta重金挖走。")]
    public void Extract_PassiveHireWithMannerWords_IsAMoveAndNoPerson(string text)
    {
        var result = TestData.Extract(text, "2025-05-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Shao Wenjie", From: "Google", To: "Meta" });
        Assert.All(result.Moves(), m => Assert.Equal("Shao Wenjie", m.Person));
    }

    [Fact]
    public void Extract_UntitledNameBeforeAnArrivalNoun_JoinsTheLab()
    {
        var result = TestData.Extract("随着邵文杰的加盟，阿里巴巴的研发团队进一步壮大。", "2025-05-01");

        Assert.Contains(result.Tenures(), w => w is { Person: "Shao Wenjie", Lab: "Alibaba" });
    }

    [Fact]
    public void Extract_WorkAccountOfAProduct_IsNoEmployer()
    {
        var result = TestData.Extract("邵文杰已离开OpenAI，加入Meta。消息人士指出，邵文杰的 Slack 帐号已被停用。", "2025-05-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Shao Wenjie", From: "OpenAI", To: "Meta" });
        Assert.DoesNotContain(result.Facts, f => f is Core.Facts.WorkedAtFact { Lab: "Slack" } or Core.Facts.LeftForFact { From: "Slack" } or Core.Facts.LeftForFact { To: "Slack" });
    }

    [Fact]
    public void Extract_CoFounderWhoComesFromALab_FoundedTheArticlesCompanyAndMovedFromTheLab()
    {
        var result = TestData.Extract("晨岚智能由郑凯与许琳共同创立，郑凯担任首席执行官。\n\n联合创始人许琳则来自百度，此前在百度负责搜索算法。", "2025-05-01");

        Assert.Contains(result.Foundings(), f => f is { Person: "Xu Lin", Lab: "Chenlan AI" });
        Assert.DoesNotContain(result.Foundings(), f => f is { Person: "Xu Lin", Lab: "Baidu" });
        Assert.Contains(result.Moves(), m => m is { Person: "Xu Lin", From: "Baidu", To: "Chenlan AI" });
    }

    [Fact]
    public void Extract_CoFounderWhoOnceWorkedAtALab_DoesNotFoundThatLab()
    {
        var result = TestData.Extract("晨岚智能由郑凯与许琳共同创立。\n\n联合创始人许琳曾在百度工作，她认为那段经历很重要。", "2025-05-01");

        Assert.DoesNotContain(result.Foundings(), f => f.Lab == "Baidu");
        Assert.Contains(result.Tenures(), t => t is { Person: "Xu Lin", Lab: "Baidu" });
    }

    [Fact]
    public void Extract_NonFounderWhoComesFromALab_IsNoMoveToTheArticlesCompany()
    {
        var result = TestData.Extract("晨岚智能由郑凯创立。\n\n工程师许琳则来自百度，她表示团队很年轻。", "2025-05-01");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Xu Lin");
        Assert.DoesNotContain(result.Foundings(), f => f.Person == "Xu Lin");
    }

    [Fact]
    public void Extract_FellowArrivalsListedAfterTheFirst_JoinWhereTheFirstDid()
    {
        var result = TestData.Extract("前谷歌研究员高远近日加入月之暗面。\n\n与高远同期加盟的还有两人：来自美团的算法专家陶然，以及前京东工程师邱雪。", "2025-05-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Tao Ran", From: "Meituan", To: "Moonshot AI" });
        Assert.Contains(result.Moves(), m => m is { Person: "Qiu Xue", From: "JD.com", To: "Moonshot AI" });
        Assert.DoesNotContain(result.Facts, f => f is Core.Facts.LeftForFact { To: "Meituan" } or Core.Facts.WorkedAtFact { Person: "Gao Yuan", Lab: "Meituan" });
    }

    [Fact]
    public void Extract_FellowArrivalWithoutAName_PlacesNoOneAtItsOrigin()
    {
        var result = TestData.Extract("前谷歌研究员高远近日加入月之暗面。\n\n与高远同期加盟的还有一位来自美团的同事。", "2025-05-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Gao Yuan", From: "Google", To: "Moonshot AI" });
        Assert.DoesNotContain(result.Tenures(), t => t.Lab == "Meituan");
    }
}
