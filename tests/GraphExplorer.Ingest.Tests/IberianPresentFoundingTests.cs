namespace GraphExplorer.Ingest.Tests;

/// <summary>Spanish and Portuguese headlines tell a founding in the present plural ("X y Y cofundan Z", "X e Y cofundam
/// Z"); plain "fundan" is left out because "fundar en" also means "to base on"; self-written sentences only.</summary>
public class IberianPresentFoundingTests
{
    private const string SpanishOpening = "Madrid. La noticia fue anunciada el lunes y confirmada por un portavoz de la empresa. ";
    private const string PortugueseOpening = "Lisboa — A notícia foi confirmada pela empresa nesta terça-feira, segundo um porta-voz. ";

    [Fact]
    public void Extract_SpanishPresentPluralCofounding_IsAFoundingByBoth()
    {
        var result = TestData.Extract(SpanishOpening + "Marta Quiroga y Pablo Esteve cofundan en Sevilla la startup Olivar Robotics.", "2025-07-01");

        Assert.Contains(result.Foundings(), f => f is { Person: "Marta Quiroga", Lab: "Olivar Robotics" });
        Assert.Contains(result.Foundings(), f => f is { Person: "Pablo Esteve", Lab: "Olivar Robotics" });
    }

    [Fact]
    public void Extract_PortuguesePresentPluralCofounding_IsAFounding()
    {
        var result = TestData.Extract(PortugueseOpening + "Joana Prates e Caio Barreto cofundam a startup Maré Labs em Recife.", "2025-07-01");

        Assert.Contains(result.Foundings(), f => f is { Person: "Joana Prates", Lab: "Maré Labs" });
    }

    [Fact]
    public void Extract_SpanishFundarEnMeaningToBaseOn_IsNoFounding()
    {
        var result = TestData.Extract(SpanishOpening + "Marta Quiroga y Pablo Esteve fundan sus críticas en un informe de Accenture.", "2025-07-01");

        Assert.Empty(result.Foundings());
    }
}
