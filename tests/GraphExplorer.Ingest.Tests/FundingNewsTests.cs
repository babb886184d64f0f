namespace GraphExplorer.Ingest.Tests;

/// <summary>Funding news: the company raising money is a lab even when no list knows it; self-written sentences only.</summary>
public class FundingNewsTests
{
    [Theory]
    [InlineData("Tessarine raised $30 million on Tuesday. Tessarine was founded in 2023 by Helena Vaz and Marcos Rocha.", "Helena Vaz")]
    [InlineData("A Tessarine captou R$ 40 milhões nesta terça-feira. A Tessarine foi fundada em 2024 por Carla Menezes.", "Carla Menezes")]
    public void Extract_CompanyRaisingAnAmount_IsALab(string text, string founder)
    {
        var result = TestData.Extract(text, "2025-04-01");

        Assert.Contains(result.Foundings(), f => f.Person == founder && f.Lab == "Tessarine");
    }

    [Fact]
    public void Extract_SurnameRaisingConcerns_IsNoCompany()
    {
        var result = TestData.Extract("Okonkwo raised concerns about the deal, which Tessarine announced on Monday.", "2025-04-01");

        Assert.DoesNotContain(result.Tenures(), t => t.Lab == "Okonkwo");
    }
}
