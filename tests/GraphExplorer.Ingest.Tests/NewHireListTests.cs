namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// A hiring story whose hires are introduced as a list of "new arrivals" ("zu den Neuzugängen gehören", "entre los
/// nuevos fichajes están", "entre as novas contratações estão", "parmi les nouvelles recrues figurent"): each listed
/// person with a past post moved from there to the hiring lab. The same list introduced as guests or speakers gives no
/// move. The sentences, people and start-ups of these tests are made up.
/// </summary>
public class NewHireListTests
{
    [Theory]
    [InlineData("Helsing holt zwei Forscher von der Konkurrenz\nDas Münchner Start-up Helsing verstärkt sein Forschungsteam. Wie das Unternehmen mitteilte, gehören zu den Neuzugängen Jana Roth (zuvor SAP) und Malte Brink, der bislang bei Siemens an Sensorik arbeitete.", "Jana Roth", "SAP", "Helsing")]
    [InlineData("Helsing holt zwei Forscher von der Konkurrenz\nDas Münchner Start-up Helsing verstärkt sein Forschungsteam. Wie das Unternehmen mitteilte, gehören zu den Neuzugängen Jana Roth (zuvor SAP) und Malte Brink, der bislang bei Siemens an Sensorik arbeitete.", "Malte Brink", "Siemens", "Helsing")]
    [InlineData("El banco BBVA refuerza su equipo de inteligencia artificial en Madrid. Entre los nuevos fichajes están Lucía Pérez, que trabajaba en Telefónica, y Marcos Gil, procedente de Amazon.", "Lucía Pérez", "Telefónica", "BBVA")]
    [InlineData("El banco BBVA refuerza su equipo de inteligencia artificial en Madrid. Entre los nuevos fichajes están Lucía Pérez, que trabajaba en Telefónica, y Marcos Gil, procedente de Amazon.", "Marcos Gil", "Amazon", "BBVA")]
    [InlineData("O Nubank reforça sua equipe de inteligência artificial\nO banco digital anunciou nesta terça várias contratações. Entre as novas contratações estão Ana Souza, que trabalhava no iFood, e Pedro Lima, vindo da Amazon.", "Ana Souza", "iFood", "Nubank")]
    [InlineData("Mistral AI renforce son équipe de recherche à Paris\nLa start-up a annoncé mardi plusieurs arrivées. Parmi les nouvelles recrues figurent Jeanne Perrin, auparavant chez Meta, et Louis Marchal, qui travaillait jusqu'ici chez Google DeepMind.", "Louis Marchal", "Google DeepMind", "Mistral AI")]
    public void Extract_ListOfNewHiresAfterHiringLead_MovesEachToTheHirer(string text, string person, string from, string to)
    {
        var result = TestData.Extract(text, "2026-11-01");

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Theory]
    [InlineData("Helsing holt zwei Forscher von der Konkurrenz\nDas Münchner Start-up Helsing verstärkt sein Forschungsteam. Wie das Unternehmen mitteilte, gehören zu den Gästen der Konferenz Jana Roth (zuvor SAP) und Malte Brink, der bislang bei Siemens an Sensorik arbeitete.", "Helsing")]
    [InlineData("El banco BBVA refuerza su equipo de inteligencia artificial en Madrid. Entre los ponentes del congreso están Lucía Pérez, que trabajaba en Telefónica, y Marcos Gil, procedente de Amazon.", "BBVA")]
    public void Extract_ListOfGuestsAfterHiringLead_NoMoveToTheLab(string text, string lab)
    {
        var result = TestData.Extract(text, "2026-11-01");

        Assert.DoesNotContain(result.Moves(), m => m.To == lab);
    }
}
