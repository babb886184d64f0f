namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// "Recent departures include A and B", "Les départs récents comprennent A, B et C": the listed people left the lab the
/// passage is about. The sentences and people are made up for these tests.
/// </summary>
public class DepartureListTests
{
    [Theory]
    [InlineData("Nvidia has reshuffled its research group this spring. Recent departures include Priya Raman and Joon Park, both senior scientists.", "Nvidia", new[] { "Priya Raman", "Joon Park" })]
    [InlineData("Mistral AI traverse une période agitée. Les départs récents comprennent Hugo Lambert, Léa Fontaine et Marco Rossi.", "Mistral AI", new[] { "Hugo Lambert", "Léa Fontaine", "Marco Rossi" })]
    public void Extract_ListOfDepartures_EachWorkedAtTheLabOfThePassage(string text, string lab, string[] people)
    {
        var result = TestData.Extract(text);

        foreach (var person in people)
        {
            Assert.Contains(result.Tenures(), w => w.Person == person && w.Lab == lab);
        }
    }
}
