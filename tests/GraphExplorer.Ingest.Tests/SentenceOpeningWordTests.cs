using GraphExplorer.Core.Facts;

namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// A capitalised preposition or naming noun opening a sentence ("Ab März wird er …", "Hinter Lesewerk stehen …",
/// "Nama Dewi Sartika mungkin …") is no part of a name: prepositions are a closed class of every language, listed with
/// the language's other non-names. The sentences and people are made up for these tests.
/// </summary>
public class SentenceOpeningWordTests
{
    [Fact]
    public void Extract_GermanSentenceOpeningWithAPrepositionAndAMonth_KeepsTheMoveOfThePersonBefore()
    {
        var result = TestData.Extract(
            "Aleph Alpha holt einen Manager von SAP\n\n" +
            "Jonas Keller verlässt SAP. Ab März wird er Forschungschef bei Aleph Alpha in Heidelberg, wo er die Arbeit an Sprachmodellen bündeln soll.");

        Assert.Contains(result.Moves(), m => m.Person == "Jonas Keller" && m.From == "SAP" && m.To == "Aleph Alpha");
        Assert.DoesNotContain(result.Tenures(), t => t.Person.StartsWith("Ab ", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_IndonesianSentenceOpeningWithNama_NamesThePersonWithoutIt()
    {
        var result = TestData.Extract(
            "Peneliti Indonesia bergabung dengan Sakana AI\n\n" +
            "Nama Dewi Sartika mungkin belum dikenal luas di Indonesia. Dewi Sartika bergabung dengan Sakana AI di Tokyo setelah lima tahun bekerja di Google, kata perusahaan itu pada hari Senin.");

        Assert.Contains(result.Moves(), m => m.Person == "Dewi Sartika" && m.From == "Google" && m.To == "Sakana AI");
        Assert.DoesNotContain(result.Facts, f => f is LeftForFact { Person: "Nama Dewi Sartika" } or WorkedAtFact { Person: "Nama Dewi Sartika" });
    }
}
