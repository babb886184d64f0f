namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// People named in passing with their post are employed there (the labelling rules' "Meta CEO Mark Zuckerberg"): a
/// company's spokesperson and an analyst quoted with their firm are two such posts that every language's reporting uses.
/// An unnamed "A spokesperson declined …" is someone else than the person the article is about. The sentences and people
/// are made up for these tests.
/// </summary>
public class PeopleNamedInPassingTests
{
    [Theory]
    [InlineData("Cohere adds a team in London\n\nCohere spokesperson Mara Quinn declined to comment on the report.", "Mara Quinn", "Cohere", "spokesperson")]
    [InlineData("Deal draws praise from the market\n\nTomas Reyes, an analyst at Gartner, said the deal made sense.", "Tomas Reyes", "Gartner", "analyst")]
    [InlineData("Der Markt für KI-Modelle wächst weiter\n\nEine Sprecherin von Aleph Alpha, Jana Wolff, wollte sich nicht äußern.", "Jana Wolff", "Aleph Alpha", "spokesperson")]
    [InlineData("Der Markt für KI-Modelle wächst weiter\n\n„Das ist ein Signal“, sagte Felix Brandt, Analyst bei SAP.", "Felix Brandt", "SAP", "analyst")]
    [InlineData("La empresa no quiso comentar la noticia\n\nLucía Prieto, portavoz de Telefónica, declinó hacer comentarios.", "Lucía Prieto", "Telefónica", "spokesperson")]
    [InlineData("La empresa no quiso comentar la noticia\n\nSegún Diego Ramos, analista de Gartner, la tendencia continuará durante el próximo año.", "Diego Ramos", "Gartner", "analyst")]
    [InlineData("O Nubank não comentou a notícia\n\nProcurada, a porta-voz do Nubank, Ana Ribeiro, não comentou.", "Ana Ribeiro", "Nubank", "spokesperson")]
    [InlineData("Perusahaan itu belum memberikan tanggapan\n\nJuru bicara Gojek, Rina Wulandari, menolak berkomentar.", "Rina Wulandari", "Gojek", "spokesperson")]
    [InlineData("Perusahaan itu belum memberikan tanggapan\n\nMenurut Budi Santoso, analis di Gartner, tren ini akan berlanjut.", "Budi Santoso", "Gartner", "analyst")]
    public void Extract_SpokespersonOrAnalystNamedWithTheirFirm_WorksThere(string text, string person, string lab, string role)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Tenures(), t => t.Person == person && t.Lab == lab && t.Role == role);
    }

    [Fact]
    public void Extract_UnnamedSpokespersonAfterANamedPerson_GivesThatPersonNoPost()
    {
        // "A spokesperson" is someone else; only a definite "The researcher said" may stand for the person just named.
        var result = TestData.Extract(
            "Helsing opens a London lab\n\n" +
            "Priya Raghunathan, a staff research scientist at Google DeepMind for the past five years, will head the new unit. " +
            "The hires come weeks after Helsing raised fresh capital. " +
            "A spokesperson declined to comment on reports that the company had approached engineers at Wayve.");

        Assert.DoesNotContain(result.Tenures(), t => t.Person == "Priya Raghunathan" && t.Role == "spokesperson");
        Assert.DoesNotContain(result.Tenures(), t => t.Person == "Priya Raghunathan" && t.Lab == "Wayve");
    }

    [Fact]
    public void Extract_InvestorNamedGeneralSomething_IsNoPerson()
    {
        var result = TestData.Extract(
            "Helsing raises new funds\n\n" +
            "Maria Lopez joined Helsing from Wayve in March. Helsing raised fresh capital from investors including General Catalyst. " +
            "A spokesperson would not comment on reports that the company had also approached engineers at Wayve.");

        Assert.DoesNotContain(result.Tenures(), t => t.Person == "General Catalyst");
        Assert.DoesNotContain(result.Moves(), m => m.Person == "General Catalyst");
        Assert.Contains(result.Moves(), m => m.Person == "Maria Lopez" && m.From == "Wayve" && m.To == "Helsing");
    }
}
