namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// A young company named by a naming word ("a company called X", "une start-up baptisée X", "perusahaan rintisan bernama
/// X"), written "X IA", described by a hyphenated company noun ("X, une start-up"), named alone before the German verb
/// closing the clause ("hat er X gegründet"), or founded with a companion named before it ("fundou com B a X",
/// "zusammen mit der früheren SAP-Entwicklerin B das Start-up X"): the company is found and its founders are given it,
/// not the lab they came from. The sentences, people and start-ups of these tests are made up.
/// </summary>
public class NamedFoundedCompanyTests
{
    [Theory]
    [InlineData("A new agent start-up in London\n\nNora Vance left Amazon in 2023. Months later she started a company called Quillbeck with Sam Ortiz. Quillbeck builds agents for banks.", "Nora Vance", "Quillbeck")]
    [InlineData("Startup kecerdasan buatan baru hadir di Bandung dengan pendanaan awal\n\nBANDUNG - Budi Hartono mendirikan perusahaan rintisan kecerdasan buatan bernama Sagu AI. Perusahaan itu mengumumkan pendanaan dari para investor.", "Budi Hartono", "Sagu AI")]
    [InlineData("Une jeune pousse bordelaise fait parler d'elle\n\nBordeaux — Baptisée Vasque, elle a été cofondée par Léa Roux et Marc Adam, et annonce un premier tour de table. Vasque compte six salariés.", "Léa Roux", "Vasque")]
    [InlineData("Deux anciens de Meta lancent Vasque, une start-up de traduction juridique\n\nBordeaux — Vasque, qui entraîne des modèles pour les avocats, lève 8 millions d'euros. La société a été cofondée par Léa Roux et Marc Adam, tous deux anciens de Meta.", "Marc Adam", "Vasque")]
    [InlineData("Nova empresa de inteligência artificial no Porto\n\nPorto — Em maio, Rui Tavares fundou com Inês Lobo a Caravela Labs, uma empresa que treina modelos de voz. A Caravela Labs tem doze pessoas.", "Inês Lobo", "Caravela Labs")]
    [InlineData("Nova empresa de inteligência artificial no Porto\n\nPorto — Em maio, Rui Tavares fundou com Inês Lobo a Caravela Labs, uma empresa que treina modelos de voz. A Caravela Labs tem doze pessoas.", "Rui Tavares", "Caravela Labs")]
    [InlineData("Dos exingenieras de Telefónica fundan Brisa IA en Valencia\n\nVALENCIA.- Marta Gil dejó Telefónica el pasado verano tras seis años. Ahora presenta su propio proyecto: Brisa IA, una startup valenciana que entrena modelos para hospitales. Gil ha fundado la compañía junto a Clara Ruiz.", "Clara Ruiz", "Brisa IA")]
    [InlineData("Neues Start-up in Leipzig\n\nTobias Kranz war fünf Jahre bei Zalando. Nun hat er zusammen mit der früheren SAP-Entwicklerin Mia Sommer das Start-up Fjordwerk gegründet, das Lieferketten plant.", "Tobias Kranz", "Fjordwerk")]
    [InlineData("Neues Start-up in Leipzig\n\nTobias Kranz war fünf Jahre bei Zalando. Nun hat er zusammen mit der früheren SAP-Entwicklerin Mia Sommer das Start-up Fjordwerk gegründet, das Lieferketten plant.", "Mia Sommer", "Fjordwerk")]
    [InlineData("Neues Start-up in Leipzig\n\nTobias Kranz war fünf Jahre bei Zalando. Gemeinsam mit Mia Sommer hat er Fjordwerk gegründet. Fjordwerk plant Lieferketten.", "Tobias Kranz", "Fjordwerk")]
    public void Extract_CompanyNamedByNamingWordOrNoun_FoundersGetIt(string text, string person, string lab)
    {
        var result = TestData.Extract(text, "2026-11-01");

        Assert.Contains(result.Foundings(), f => f.Person == person && f.Lab == lab);
    }

    [Theory]
    [InlineData("Deux anciens de Meta lancent Vasque, une start-up de traduction juridique\n\nBordeaux — Vasque, qui entraîne des modèles pour les avocats, lève 8 millions d'euros. La société a été cofondée par Léa Roux et Marc Adam, tous deux anciens de Meta.", "Meta")]
    [InlineData("Hinter dem Münchner Start-up Kelpwerk stehen zwei bekannte Namen\n\nJana Roth hat sechs Jahre bei Google DeepMind geforscht. Im März kündigte sie und gründete gemeinsam mit Malte Brink das Unternehmen, das sie heute führt.", "Google DeepMind")]
    [InlineData("A research group for agents\n\nNora Vance founded a reading group with Sam Ortiz of Google, which meets every month.", "Google")]
    [InlineData("Dos exingenieras de Telefónica fundan Brisa IA en Valencia\n\nVALENCIA.- Marta Gil dejó Telefónica el pasado verano tras seis años. Ahora presenta su propio proyecto: Brisa IA, una startup valenciana que entrena modelos para hospitales. Gil ha fundado la compañía junto a Clara Ruiz.", "Telefónica")]
    public void Extract_FoundersCameFromLab_LabIsNotFounded(string text, string lab)
    {
        var result = TestData.Extract(text, "2026-11-01");

        Assert.DoesNotContain(result.Foundings(), f => f.Lab == lab);
    }

    [Fact]
    public void Extract_PersonCalledByName_IsNoCompany()
    {
        var result = TestData.Extract("Mistral AI hires a new research lead\n\nMistral AI hired a researcher called Tom Hale from Google last week, the company said.", "2026-11-01");

        Assert.DoesNotContain(result.Facts, f => f is GraphExplorer.Core.Facts.FoundedFact || (f is GraphExplorer.Core.Facts.WorkedAtFact w && w.Lab == "Tom Hale"));
    }

    [Fact]
    public void Extract_HeadlineEndsWithVerbParticle_LeadsGivenNameKept()
    {
        // "sammelt Geld ein" ends the headline with the particle "ein", which reads as an article before the lead's first word.
        var result = TestData.Extract("Neues KI-Start-up aus Bremen sammelt Geld ein\n\nJana Wolff hat das Start-up Sprachwerk gegründet. Das Unternehmen baut Sprachmodelle.", "2026-11-01");

        Assert.Contains(result.Foundings(), f => f.Person == "Jana Wolff" && f.Lab == "Sprachwerk");
    }
}
