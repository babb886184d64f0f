namespace GraphExplorer.Ingest.Tests;

/// <summary>Moves news states as two tenures rather than with a moving verb: a past stint and a current post, a
/// founder who joins another lab, a list of joiners sharing the other movers' origin, and no move inside one company.</summary>
public class MoveInferenceTests
{
    [Fact]
    public void Extract_FormerAtOneLabNowTitledAtAnother_IsAMove()
    {
        var result = TestData.Extract("Marta Kowalczyk, a former Google researcher, is now chief scientist at Mistral AI.", published: "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == "Marta Kowalczyk" && m.From == "Google" && m.To == "Mistral AI");
        Assert.Contains(result.Tenures(), t => t.Person == "Marta Kowalczyk" && t.Lab == "Google");
    }

    [Fact]
    public void Extract_FrenchAncienDeThenCurrentTitle_IsAMove()
    {
        var result = TestData.Extract("Paul Girardin, ancien de Meta, est aujourd’hui directeur scientifique de Mistral AI.", published: "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == "Paul Girardin" && m.From == "Meta" && m.To == "Mistral AI");
    }

    [Fact]
    public void Extract_FounderLaterJoinsAnotherLab_IsAMoveFromTheLabFounded()
    {
        var result = TestData.Extract("In 2019, Nadia Oyelaran founded Reka AI with two friends. Last week, Oyelaran joined Microsoft.", published: "2025-06-10");

        Assert.Contains(result.Foundings(), f => f.Person == "Nadia Oyelaran" && f.Lab == "Reka AI");
        Assert.Contains(result.Moves(), m => m.Person == "Nadia Oyelaran" && m.From == "Reka AI" && m.To == "Microsoft");
    }

    [Fact]
    public void Extract_JoinedBeforeFoundingInOrder_IsNoMoveFromTheLabFounded()
    {
        // A career told in order: the joining is dated before the founding, so the founded lab is not its origin.
        var result = TestData.Extract("Nadia Oyelaran joined Microsoft in 2012. In 2019, Oyelaran founded Reka AI with two friends.", published: "2025-06-10");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Nadia Oyelaran" && m.From == "Reka AI");
    }

    [Fact]
    public void Extract_ListJoiningTheSameLabAsAnEarlierMover_SharesItsOrigin()
    {
        var result = TestData.Extract("Jonas Abrahamsen left Apple for Meta in May. Rui Takeda, Sven Holm and Ada Quist have also joined Meta.", published: "2025-06-10");

        foreach (var person in new[] { "Rui Takeda", "Sven Holm", "Ada Quist" })
        {
            Assert.Contains(result.Moves(), m => m.Person == person && m.From == "Apple" && m.To == "Meta");
            Assert.Contains(result.Tenures(), t => t.Person == person && t.Lab == "Apple");
            // The move says where they went: no tenure of its own at the destination without a title or a date.
            Assert.DoesNotContain(result.Tenures(), t => t.Person == person && t.Lab == "Meta");
        }
    }

    [Fact]
    public void Extract_LoneJoinerOfTheSameLab_KeepsNoOrigin()
    {
        var result = TestData.Extract("Jonas Abrahamsen left Apple for Meta in May. Separately, Rui Takeda joined Meta in June.", published: "2025-06-10");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Rui Takeda");
        Assert.Contains(result.Tenures(), t => t.Person == "Rui Takeda" && t.Lab == "Meta");
    }

    [Fact]
    public void Extract_HiredByACompanyThenPlacedInItsUnit_IsNoMoveInsideTheCompany()
    {
        var result = TestData.Extract("Meta hired Jonas Abrahamsen from Apple. Abrahamsen will join Meta Superintelligence Labs.", published: "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == "Jonas Abrahamsen" && m.From == "Apple");
        Assert.DoesNotContain(result.Moves(), m => m.Person == "Jonas Abrahamsen" && m.From == "Meta");
        Assert.DoesNotContain(result.Tenures(), t => t.Person == "Jonas Abrahamsen" && t.Lab is "Meta" or "Meta Superintelligence Labs");
    }

    [Fact]
    public void Extract_CompanyNamedAsSomeonesCompany_IsNoFounding()
    {
        // "a empresa de X" says whose company it is, not who founded it.
        var result = TestData.Extract("A empresa de Mark Zuckerberg, a Meta, contratou cem engenheiros este ano.", published: "2025-06-10");

        Assert.DoesNotContain(result.Foundings(), f => f.Person == "Mark Zuckerberg");
    }

    [Fact]
    public void Extract_ResignationWithoutALab_LeftTheTitleHeldThen()
    {
        // The departure left the post named in its sentence, not the lab the person runs at the end of the article.
        var result = TestData.Extract("Kenji Mori, the head of research at Cohere, resigned in May. In June, Mori founded Reka AI. Mori is now the chief executive of Reka AI.", published: "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == "Kenji Mori" && m.From == "Cohere" && m.To == "Reka AI");
        Assert.DoesNotContain(result.Moves(), m => m.Person == "Kenji Mori" && m.From == "Reka AI");
    }

    [Fact]
    public void Extract_LeavingTheLabMovedTo_IsNoChainBackToTheOrigin()
    {
        var result = TestData.Extract("Wei Lin joined Baichuan AI from Sogou in 2023. Wei Lin, the marketing chief of Baichuan AI, resigned this week.", published: "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == "Wei Lin" && m.From == "Sogou" && m.To == "Baichuan AI");
        Assert.DoesNotContain(result.Moves(), m => m.Person == "Wei Lin" && m.From == "Baichuan AI");
    }
}
