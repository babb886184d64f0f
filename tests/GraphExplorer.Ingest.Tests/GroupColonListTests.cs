namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// A group's move told with its names after a colon in the same sentence: "Three former Cohere researchers are moving to
/// Databricks: A, B and C", "Drei ehemalige Cohere-Forscher wechseln zu Databricks: A, B und C". A number word opening the
/// sentence is no name. The sentences and people are made up for these tests.
/// </summary>
public class GroupColonListTests
{
    [Theory]
    [InlineData("Three former Cohere researchers are moving to Databricks: Lena Hoffmann, Jonas Weber and Ivo Santel.")]
    [InlineData("Drei ehemalige Cohere-Forscher wechseln zu Databricks: Lena Hoffmann, Jonas Weber und Ivo Santel.")]
    public void Extract_GroupMoveWithNamesAfterColon_MovesEveryName(string text)
    {
        var result = TestData.Extract(text);

        foreach (var person in new[] { "Lena Hoffmann", "Jonas Weber", "Ivo Santel" })
        {
            Assert.Contains(result.Moves(), m => m.Person == person && m.From == "Cohere" && m.To == "Databricks");
        }

        Assert.DoesNotContain(result.Tenures(), w => w.Person.StartsWith("Three", StringComparison.Ordinal) || w.Person.StartsWith("Drei", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_GroupMoveToldByANamedSourceBeforeTheColon_MovesNoOneNamed()
    {
        var result = TestData.Extract("Three Cohere researchers moved to Databricks, according to Lena Hoffmann: the hires were announced on Monday.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Lena Hoffmann");
    }
}
