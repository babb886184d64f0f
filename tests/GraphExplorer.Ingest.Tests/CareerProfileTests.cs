namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Careers told across a whole profile: the person is named once, then carried by pronoun or not at all, and the
/// employers come one per sentence. Each employer shown ended and the next one shown begun form a move when the text
/// gives the order (a "now/then/today" word of the language, or dates that follow one another); rumours, a stated gap
/// and an order the text reverses give none. The people and careers are made up for these tests.
/// </summary>
public class CareerProfileTests
{
    private const string Published = "2025-06-01";

    [Theory]
    [InlineData("Marta Kessling joined IBM in 2015 as a data scientist. In 2019 she moved to Spotify, where she led the recommendations team. Last year she left Spotify. She now works at Cohere as head of evaluation.", "Marta Kessling", "Spotify", "Cohere")]
    [InlineData("Claire Vasseur rejoint Criteo en 2014. En 2018, elle rejoint Doctolib comme ingénieure. L'an dernier, elle quitte Doctolib. Elle travaille aujourd'hui chez Hugging Face, où elle dirige l'équipe d'évaluation.", "Claire Vasseur", "Doctolib", "Hugging Face")]
    [InlineData("Jonas Albrecht kam 2015 zu Siemens. 2019 wechselte er zu Zalando. Im vergangenen Jahr verließ er Zalando. Heute arbeitet er bei DeepL als Forschungsleiter.", "Jonas Albrecht", "Zalando", "DeepL")]
    [InlineData("Lucía Ortega entró en Telefónica en 2014. En 2018 se incorporó a Glovo. El año pasado dejó Glovo. Hoy trabaja en Cohere como investigadora.", "Lucía Ortega", "Glovo", "Cohere")]
    [InlineData("Rita Monteiro entrou na Feedzai em 2015. Em 2019 foi contratada pela Talkdesk. No ano passado saiu da Talkdesk. Hoje trabalha na Unbabel como diretora de produto.", "Rita Monteiro", "Talkdesk", "Unbabel")]
    [InlineData("Dewi Kartika bergabung dengan Tokopedia pada 2015. Pada 2019 ia pindah ke Gojek. Tahun lalu ia keluar dari Gojek. Kini ia bekerja di Traveloka sebagai kepala tim AI.", "Dewi Kartika", "Gojek", "Traveloka")]
    public void Extract_LeftThenNowAtAnotherLabLaterInTheProfile_GivesTheMove(string text, string person, string from, string to)
    {
        AssertMove(text, person, from, to);
    }

    [Theory]
    [InlineData("Priya Natarajan joined Google in 2016 as a research engineer. In 2020 she joined Cohere, then a small start-up. She spent three years there building evaluation tools.", "Priya Natarajan", "Google", "Cohere")]
    [InlineData("Camille Roux rejoint Criteo en 2013 comme data scientist. En 2019, elle rejoint Hugging Face, alors une petite start-up. Elle y dirige l'équipe d'évaluation.", "Camille Roux", "Criteo", "Hugging Face")]
    public void Extract_DatedJoiningsInTextOrder_GivesTheMoveBetweenThem(string text, string person, string from, string to)
    {
        AssertMove(text, person, from, to);
    }

    [Fact]
    public void Extract_EarlierJoiningToldAfterTheLaterOne_GivesNoMoveBetweenThem()
    {
        var result = TestData.Extract("Priya Natarajan joined Cohere in 2020, then a small start-up. She had joined Google in 2016 as a research engineer.", Published);

        Assert.DoesNotContain(result.Moves(), m => m.From == "Cohere" && m.To == "Google");
        Assert.DoesNotContain(result.Moves(), m => m.From == "Google" && m.To == "Cohere");
    }

    [Theory]
    [InlineData("Marta Kessling joined IBM in 2015 as a data scientist. In 2019 she moved to Spotify, where she led the recommendations team. Last year she left Spotify. Cohere then tried to recruit her, she says.")]
    [InlineData("Lucía Ortega entró en Telefónica en 2014. En 2018 se incorporó a Spotify. El año pasado dejó Spotify. Luego se dijo que Cohere le hizo una oferta.")]
    public void Extract_OfferAfterTheLeaving_GivesNoMove(string text)
    {
        var result = TestData.Extract(text, Published);

        Assert.DoesNotContain(result.Moves(), m => m.To == "Cohere");
    }

    [Fact]
    public void Extract_LeavingYearsBeforeTheCurrentPost_GivesNoMove()
    {
        var result = TestData.Extract("Marta Kessling joined IBM in 2005 as a data scientist. In 2009 she moved to Spotify, where she led the recommendations team. In 2012 she left Spotify. She now works at Cohere as head of evaluation.", Published);

        Assert.DoesNotContain(result.Moves(), m => m.From == "Spotify" && m.To == "Cohere");
    }

    [Theory]
    [InlineData("Perfil de Lucía Ortega\n\nLucía Ortega empezó en Telefónica como analista de datos. Hoy trabaja en Cohere como investigadora.", "Lucía Ortega", "Cohere")]
    [InlineData("Perfil: Rita Monteiro\n\nRita Monteiro começou a carreira na Feedzai. Hoje trabalha na Unbabel como diretora de produto.", "Rita Monteiro", "Unbabel")]
    public void Extract_SubjectlessCurrentPostOpenedByNow_PlacesTheProfiledPerson(string text, string person, string lab)
    {
        var result = TestData.Extract(text, Published);

        Assert.Contains(result.Tenures(), t => t.Person == person && t.Lab == lab);
    }

    [Fact]
    public void Extract_SubjectlessPresentWorkWithoutNowWord_PlacesNobody()
    {
        var result = TestData.Extract("Perfil de Lucía Ortega\n\nLucía Ortega empezó en Telefónica como analista de datos. Trabaja en Cohere con muchos equipos.", Published);

        Assert.DoesNotContain(result.Tenures(), t => t.Lab == "Cohere");
    }

    [Theory]
    [InlineData("Priya Raghunathan joined Cohere in 2021 as a research engineer. Her former manager at Cohere, Liam Fortier, remembers her well. This March she quit Cohere for Poolside.", "Priya Raghunathan", "Cohere", "Poolside")]
    [InlineData("Hélène Marchal a rejoint Mistral AI en 2022. Son ancien directeur chez Mistral AI, Paul Girard, la décrit comme exigeante. En mars, elle a quitté Mistral AI pour Anthropic.", "Hélène Marchal", "Mistral AI", "Anthropic")]
    public void Extract_RelationQuotedBetweenStints_KeepsThePronounOnTheProfiledPerson(string text, string person, string from, string to)
    {
        var result = TestData.Extract(text, Published);

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
        Assert.DoesNotContain(result.Moves(), m => m.Person != person);
    }

    [Fact]
    public void Extract_FormerColleagueNamedWithoutPossessive_TakesTheNextPronoun()
    {
        var result = TestData.Extract("Priya Raghunathan joined Cohere in 2021 as a research engineer. Liam Fortier, a former manager at Cohere, remembers her well. This March he quit Cohere for Poolside.", Published);

        Assert.Contains(result.Moves(), m => m.Person == "Liam Fortier" && m.From == "Cohere" && m.To == "Poolside");
    }

    [Fact]
    public void Extract_SwappedOneLabForAnother_GivesTheMove()
    {
        var result = TestData.Extract("In 2021 Nora Lindqvist swapped SAP for Helsing, the Munich defence firm.", Published);

        Assert.Contains(result.Moves(), m => m.Person == "Nora Lindqvist" && m.From == "SAP" && m.To == "Helsing");
    }

    [Fact]
    public void Extract_SwappedNotesWithStaff_GivesNoMove()
    {
        var result = TestData.Extract("In 2021 Nora Lindqvist swapped notes with SAP engineers at a Helsing event.", Published);

        Assert.Empty(result.Moves());
    }

    private static void AssertMove(string text, string person, string from, string to)
    {
        var result = TestData.Extract(text, Published);

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }
}
