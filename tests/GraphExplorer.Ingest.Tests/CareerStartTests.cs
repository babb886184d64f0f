namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// "began her career at A before joining B", "a commencé sa carrière chez A", "memulai kariernya di A": where a career
/// started is a past post, so the move after it has its origin. "started out at A" is a post, never a founding. The
/// sentences and people are made up for these tests.
/// </summary>
public class CareerStartTests
{
    [Theory]
    [InlineData("Dana Whitfield began her career at Google in Zurich before joining Meta in 2015.", "Dana Whitfield", "Google", "Meta")]
    [InlineData("Claire Vasseur a commencé sa carrière chez Criteo à Paris, avant de rejoindre Dataiku en 2018.", "Claire Vasseur", "Criteo", "Dataiku")]
    [InlineData("Lena Vogt begann ihre Karriere bei Siemens in München, bevor sie 2018 zu SAP wechselte.", "Lena Vogt", "Siemens", "SAP")]
    [InlineData("Wulan Sasmita memulai kariernya di Tokopedia sebelum pindah ke Gojek pada 2018.", "Wulan Sasmita", "Tokopedia", "Gojek")]
    [InlineData("Renata Quaresma começou a carreira no Itaú, em São Paulo, antes de se juntar ao Nubank em 2018.", "Renata Quaresma", "Itaú Unibanco", "Nubank")]
    public void Extract_CareerStartedAtALabThenAMove_MovedFromThatLab(string text, string person, string from, string to)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Tenures(), w => w.Person == person && w.Lab == from);
        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Fact]
    public void Extract_StartedOutAtALab_WorkedThereAndFoundedNothing()
    {
        var result = TestData.Extract("Dana Whitfield started out at Google in Zurich, a job she left in 2014 to teach.");

        Assert.Contains(result.Tenures(), w => w.Person == "Dana Whitfield" && w.Lab == "Google");
        Assert.Empty(result.Foundings());
    }

    [Fact]
    public void Extract_PortugueseGoingToALab_MovedThere()
    {
        var result = TestData.Extract("Renata Quaresma começou a carreira no Itaú, em São Paulo, antes de ir para o Nubank em 2018.");

        Assert.Contains(result.Moves(), m => m.Person == "Renata Quaresma" && m.From == "Itaú Unibanco" && m.To == "Nubank");
    }

    [Fact]
    public void Extract_SubjectlessCurrentPostWithATitleAfterAPastStint_KeepsTheTitledPost()
    {
        var result = TestData.Extract("Perfil: Joana Valente\n\nJoana Valente trabalhou seis anos na Farfetch. Hoje trabalha na Feedzai como diretora de dados.");

        Assert.Contains(result.Moves(), m => m.Person == "Joana Valente" && m.From == "Farfetch" && m.To == "Feedzai");
        Assert.Contains(result.Tenures(), w => w.Person == "Joana Valente" && w.Lab == "Feedzai" && w.Role != null);
    }

    [Fact]
    public void Extract_MicrosoftResearch_IsALabOfItsOwn()
    {
        var result = TestData.Extract("Dana Whitfield worked at Microsoft Research for three years before she joined Meta.");

        Assert.Contains(result.Moves(), m => m.Person == "Dana Whitfield" && m.From == "Microsoft Research" && m.To == "Meta");
        Assert.Equal("Microsoft", Ingest.Extraction.Gazetteer.Default.ParentOf("Microsoft Research"));
    }
}
