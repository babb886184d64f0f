namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// The post a person takes on at the lab they join, introduced by the language's own words for "as" ("en tant que",
/// "qui devient", "se convierte en", "passa a ser", "menjadi"): the labelling rules give the destination a WORKED_AT of
/// its own when the text states a title there. A title after such words that belongs to the person's past post, or a
/// sentence with no joining, gives no post at the lab. The sentences and people are made up for these tests.
/// </summary>
public class PostTakenOnArrivalTests
{
    [Theory]
    [InlineData("Mistral AI recrute chez Meta\n\nCamille Roussel quitte Meta pour rejoindre Mistral AI en tant que directrice de la recherche, a annoncé l'entreprise lundi.", "Camille Roussel", "Mistral AI")]
    [InlineData("Mistral AI recrute chez Meta\n\nLa start-up Mistral AI a recruté Camille Roussel, jusqu'ici chercheuse chez Meta, qui devient vice-présidente chargée de la recherche.", "Camille Roussel", "Mistral AI")]
    [InlineData("La operadora española Telefónica ficha a un ingeniero de Meta para su área de inteligencia artificial\n\nTelefónica ha fichado a Jorge Salinas, hasta ahora ingeniero de Meta, que se convierte en director de inteligencia artificial de la operadora, según ha informado la compañía este martes.", "Jorge Salinas", "Telefónica")]
    [InlineData("Nubank contrata executiva do iFood\n\nO Nubank contratou Beatriz Lima, ex-iFood, que passa a ser diretora de dados do banco digital, informou a empresa nesta segunda-feira.", "Beatriz Lima", "Nubank")]
    public void Extract_TitleAfterTheLanguagesAsWords_IsThePostAtTheLabJoined(string text, string person, string lab)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Tenures(), t => t.Person == person && t.Lab == lab && t.Role is not null);
    }

    [Fact]
    public void Extract_AsWordsWithNoJoining_GiveNoPostAtAnotherLab()
    {
        // "devient" without any hiring or joining: the title is no post at the lab named elsewhere in the sentence.
        var result = TestData.Extract(
            "Un chercheur de Meta publie un livre\n\n" +
            "Camille Roussel, chercheuse chez Meta, devient avec ce livre une autrice remarquée, selon son éditeur Gallimard.");

        Assert.DoesNotContain(result.Tenures(), t => t.Person == "Camille Roussel" && t.Lab != "Meta");
    }
}
