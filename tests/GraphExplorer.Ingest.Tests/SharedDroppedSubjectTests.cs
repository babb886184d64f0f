namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Round-up items and profiles that name the person on a line of their own, then tell the move in one subjectless
/// sentence with two verbs: "2. A. Left L1 in April, then joined L2 in June." The lab the departure verb took as its
/// object is not the subject of the arrival verb; both verbs belong to the person named just before. The people,
/// companies and sentences of these tests are made up.
/// </summary>
public class SharedDroppedSubjectTests
{
    [Theory]
    [InlineData("Four names from this year\n\nHere are the researchers we noted.\n\n1. Sarah Whitlow. Left Stripe in April, then joined Meta in June.", "Sarah Whitlow", "Stripe", "Meta")]
    [InlineData("Empat nama tahun ini\n\nBerikut nama yang kami catat.\n\n1. Sari Wulandari. Meninggalkan Gojek pada April, lalu bergabung dengan Meta pada Juni.", "Sari Wulandari", "Gojek", "Meta")]
    [InlineData("Cinco nombres del año\n\nEstos son los investigadores que anotamos.\n\n1. Marta Olaizola. Dejó Telefónica en marzo y se incorporó a Glovo en mayo.", "Marta Olaizola", "Telefónica", "Glovo")]
    public void Extract_SubjectlessDepartureThenArrival_MoveOfThePersonNamedBefore(string text, string person, string from, string to)
    {
        var result = TestData.Extract(text, "2025-12-01");

        var move = Assert.Single(result.Moves());
        Assert.Equal((person, from, to), (move.Person, move.From, move.To));
        Assert.Equal(new[] { (person, from), (person, to) }.Order().ToList(), result.Tenures().Select(w => (w.Person, w.Lab)).Order().ToList());
    }

    [Fact]
    public void Extract_SubjectlessDepartureWithNobodyNamedBefore_NoFact()
    {
        var result = TestData.Extract("A busy year\n\nThe market was busy this year. Left Stripe in April, then joined Meta in June.", "2025-12-01");

        Assert.Empty(result.Facts);
    }

    [Fact]
    public void Extract_LabSubjectAfterHiringVerb_NoMoveForThePersonNamedBefore()
    {
        var result = TestData.Extract("Four names from this year\n\n1. Sarah Whitlow. Stripe hired engineers in April, then joined the payments consortium in June.", "2025-12-01");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Sarah Whitlow");
    }
}
