namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Earlier departures listed with where each person is now: "Other departures include X, who joined B in March, and Y,
/// now at C", "X (now at B)", "avait vu partir X, aujourd'hui chez B", "darunter X (jetzt bei B)". Each listed person
/// left the lab of the passage for their own destination. The sentences and people are made up for these tests.
/// </summary>
public class DepartureAsideTests
{
    [Theory]
    [InlineData("Rhea Castellan has left Cohere for Databricks. Other departures include Tomas Ferrell, who joined Stability AI in March, and Ada Brightwater, now at Reka AI.")]
    [InlineData("Rhea Castellan has left Cohere for Databricks. Cohere has lost several researchers this year, among them Tomas Ferrell (now at Stability AI) and Ada Brightwater (now at Reka AI).")]
    [InlineData("Rhea Castellan quitte Cohere pour une autre entreprise, selon nos informations. Cohere avait déjà vu partir Tomas Ferrell, aujourd'hui chez Stability AI, et Ada Brightwater, désormais chez Reka AI.")]
    [InlineData("Cohere verliert weitere Forscher, darunter Tomas Ferrell (jetzt bei Stability AI) und Ada Brightwater, inzwischen bei Reka AI.")]
    public void Extract_DeparturesListedWithWhereEachIsNow_GivesEachTheirOwnMove(string text)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == "Tomas Ferrell" && m.From == "Cohere" && m.To == "Stability AI");
        Assert.Contains(result.Moves(), m => m.Person == "Ada Brightwater" && m.From == "Cohere" && m.To == "Reka AI");
    }

    [Theory]
    [InlineData("Rhea Castellan quitte Cohere pour une autre entreprise, selon nos informations. D'autres chercheurs sont partis, comme Tomas Ferrell, désormais chez Stability AI.")]
    [InlineData("Several researchers have left Cohere this year, including Tomas Ferrell, now at Stability AI.")]
    public void Extract_LeavingVerbThenListWithNowAt_MovesTheListedPerson(string text)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == "Tomas Ferrell" && m.From == "Cohere" && m.To == "Stability AI");
    }

    [Theory]
    [InlineData("Cohere held a developer day in Toronto. The speakers included Tomas Ferrell, now at Stability AI, and Ada Brightwater.")]
    [InlineData("Other departures include Tomas Ferrell, who praised the culture at Cohere, and Ada Brightwater, now retired.")]
    [InlineData("Cohere did not lose Tomas Ferrell, now at Stability AI, according to a spokesperson.")]
    public void Extract_ListWithoutALeavingOrWithoutADestination_GivesNoMove(string text)
    {
        var result = TestData.Extract(text);

        Assert.DoesNotContain(result.Moves(), m => m.Person is "Tomas Ferrell" or "Ada Brightwater");
    }
}
