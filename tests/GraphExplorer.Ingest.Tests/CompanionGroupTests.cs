namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// "with two former colleagues, A and B", "avec deux anciens collègues, A et B": companions counted or described in a
/// few plain words and then named after a comma act with the subject. A description holding a lab ("with two engineers
/// from Stripe, …") is left to the rules for described companions. The sentences and people are made up for these tests.
/// </summary>
public class CompanionGroupTests
{
    [Theory]
    [InlineData("Dana Whitfield founded Larkspur Labs in 2024 with two former colleagues, Omar Castellanos and Priya Nair.", "Dana Whitfield", "Larkspur Labs", "Omar Castellanos", "Priya Nair")]
    [InlineData("Claire Vasseur a fondé Brumelle en 2024 avec deux anciens collègues, Julien Marchetti et Sarah Cohen, après dix ans chez Criteo.", "Claire Vasseur", "Brumelle", "Julien Marchetti", "Sarah Cohen")]
    [InlineData("Dewi Anggraini mendirikan Tenun AI pada 2024 bersama dua rekannya, Yosef Manurung dan Ratna Sari. Perusahaan itu membuat model bahasa untuk koperasi.", "Dewi Anggraini", "Tenun AI", "Yosef Manurung", "Ratna Sari")]
    public void Extract_CompanionsNamedAfterAGroupDescription_CoFounded(string text, string founder, string company, string first, string second)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Foundings(), f => f.Person == founder && f.Lab == company);
        Assert.Contains(result.Foundings(), f => f.Person == first && f.Lab == company);
        Assert.Contains(result.Foundings(), f => f.Person == second && f.Lab == company);
    }

    [Fact]
    public void Extract_NamesAfterACommaWithNoComitative_AreNotCoFounders()
    {
        var result = TestData.Extract("Dana Whitfield founded Larkspur Labs in 2024 in two small rooms, and Omar Castellanos later joined Stripe.");

        Assert.DoesNotContain(result.Foundings(), f => f.Person == "Omar Castellanos");
    }
}
