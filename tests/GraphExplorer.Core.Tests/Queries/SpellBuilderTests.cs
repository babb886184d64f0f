using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;

namespace GraphExplorer.Core.Tests.Queries;

public class SpellBuilderTests
{
    [Fact]
    public void Build_TenureWithMoveInAndMoveOut_MergesIntoOneStayWithTheMorePreciseEnd()
    {
        var graph = new TestGraph()
            .Worked("john", "anthropic", "2024-08", "2025")
            .Left("john", "openai", "anthropic", "2024-08")
            .Left("john", "anthropic", "tml", "2025-02")
            .Build();

        var stays = Stays(graph, "john");

        var anthropic = Assert.Single(stays, s => Lab(graph, s) == "anthropic");
        Assert.Equal("2024-08", anthropic.StartDate.ToString());
        Assert.Equal("2025-02", anthropic.EndDate.ToString());
        Assert.True(anthropic.Left);
        Assert.Equal(3, EvidenceAt(graph, "john", "anthropic").Length);
        Assert.Contains(stays, s => Lab(graph, s) == "tml" && s.StartDate == PartialDate.Of(2025, 2) && s.End == 0 && !s.Left);
        Assert.Contains(stays, s => Lab(graph, s) == "openai" && s.Start == 0 && s.EndDate == PartialDate.Of(2024, 8) && s.MovedOut);
    }

    [Fact]
    public void Build_FoundingYearAndMoveInMonth_OneFoundedStayStartingAtTheMonth()
    {
        var graph = new TestGraph()
            .Founded("mira", "tml", "2024")
            .Left("mira", "openai", "tml", "2024-09")
            .Build();

        var stay = Assert.Single(Stays(graph, "mira"), s => Lab(graph, s) == "tml");

        Assert.True(stay.Founded);
        Assert.Equal(PartialDate.Of(2024, 9), stay.StartDate);
    }

    [Fact]
    public void Build_ReturnAfterAGap_KeepsTwoStays()
    {
        var graph = new TestGraph()
            .Worked("ann", "x", "2015-01", "2017-06")
            .Worked("ann", "x", "2020-03", "2022-01")
            .Build();

        var stays = Stays(graph, "ann");

        Assert.Equal(2, stays.Count);
        Assert.Equal([PartialDate.Of(2015, 1), PartialDate.Of(2020, 3)], stays.Select(s => s.StartDate!.Value));
    }

    [Fact]
    public void Build_LaterRoleWithoutEnd_PersonIsStillThere()
    {
        var graph = new TestGraph()
            .Worked("ann", "x", "2015-01", "2018-01", "engineer")
            .Worked("ann", "x", "2018-01", null, "lead")
            .Build();

        var stay = Assert.Single(Stays(graph, "ann"));

        Assert.Equal(PartialDate.Of(2015, 1), stay.StartDate);
        Assert.Equal(0, stay.End);
        Assert.False(stay.Left);
    }

    [Fact]
    public void Build_TwoReportsOfOneTenure_KnownEndIsKept()
    {
        var graph = new TestGraph()
            .Worked("ann", "x", "2015", null, "researcher")
            .Worked("ann", "x", "2015", "2019", "scientist")
            .Build();

        var stay = Assert.Single(Stays(graph, "ann"));

        Assert.Equal(PartialDate.Of(2019), stay.EndDate);
    }

    [Fact]
    public void Build_UndatedMoveAway_MarksTheOpenStayAsLeft()
    {
        var graph = new TestGraph()
            .Worked("ann", "x", null, null)
            .Left("ann", "x", "y", null)
            .Build();

        var stays = Stays(graph, "ann");

        var x = Assert.Single(stays, s => Lab(graph, s) == "x");
        Assert.True(x.Left);
        Assert.Equal(0, x.End);
        Assert.Equal(2, EvidenceAt(graph, "ann", "x").Length);
        Assert.Contains(stays, s => Lab(graph, s) == "y" && s.Start == 0);
    }

    [Fact]
    public void Precedes_And_Overlap_RespectPrecision()
    {
        var a = new Spell { Start = PartialDate.Of(2020).Packed, End = PartialDate.Of(2022, 3).Packed, ArrivalMove = -1, DepartureMove = -1 };
        var sameYear = new Spell { Start = PartialDate.Of(2022, 3, 31).Packed, ArrivalMove = -1, DepartureMove = -1 };
        var later = new Spell { Start = PartialDate.Of(2022, 4).Packed, ArrivalMove = -1, DepartureMove = -1 };
        var undated = new Spell { ArrivalMove = -1, DepartureMove = -1 };
        Spell[] career = [a, later, undated];

        Assert.True(SpellBuilder.Overlap(a, sameYear));
        Assert.False(SpellBuilder.Overlap(a, later));
        Assert.True(SpellBuilder.Precedes(career, 0, 1));
        Assert.False(SpellBuilder.Precedes(career, 1, 0));
        Assert.True(SpellBuilder.Precedes(career, 2, 0));
    }

    [Fact]
    public void Precedes_UndatedMoves_OrderTheStaysTheyJoin()
    {
        var graph = new TestGraph()
            .Worked("ann", "x", null, null)
            .Left("ann", "x", "y", null)
            .Left("ann", "y", "z", null)
            .Build();
        var stays = Stays(graph, "ann");
        int At(string lab) => stays.FindIndex(s => Lab(graph, s) == lab);

        Assert.True(SpellBuilder.Precedes(stays.ToArray(), At("x"), At("z")));
        Assert.False(SpellBuilder.Precedes(stays.ToArray(), At("z"), At("x")));
        Assert.False(SpellBuilder.Precedes(stays.ToArray(), At("y"), At("x")));
    }

    [Fact]
    public void EvidenceOf_StaysReorderedByStart_EachKeepsTheEdgesOfItsOwnLab()
    {
        // Emitted lab by lab (a before z), then put in career order (z's earlier start first): the evidence must follow.
        var graph = new TestGraph()
            .Worked("ann", "a-lab", "2015", "2018")
            .Worked("ann", "a-lab", "2016", null)
            .Worked("ann", "z-lab", "2010", "2012")
            .Build();
        Assert.True(graph.TryFindNode("ann", out var node));

        var career = Career.Of(graph, node, new SpellBuilder());

        Assert.Equal(["z-lab", "a-lab"], career.Spells.Select(s => Lab(graph, s)));
        for (var i = 0; i < career.Spells.Length; i++)
        {
            var edges = career.EvidenceOf(i).ToArray();
            Assert.Equal(i == 0 ? 1 : 2, edges.Length);
            Assert.All(edges, e => Assert.Equal(career.Spells[i].Lab, graph.EdgeAt(e).Lab));
        }
    }

    private static int[] EvidenceAt(TalentGraph graph, string person, string lab)
    {
        Assert.True(graph.TryFindNode(person, out var node));
        var career = Career.Of(graph, node, new SpellBuilder());
        return career.EvidenceOf(Array.FindIndex(career.Spells, s => Lab(graph, s) == lab)).ToArray();
    }

    private static List<Spell> Stays(TalentGraph graph, string person)
    {
        Assert.True(graph.TryFindNode(person, out var node));
        var stays = new List<Spell>();
        new SpellBuilder().Build(graph, node, stays, []);
        return stays;
    }

    private static string Lab(TalentGraph graph, Spell spell) => graph.IdOf(spell.Lab);
}
