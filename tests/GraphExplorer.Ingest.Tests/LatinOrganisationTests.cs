using GraphExplorer.Ingest.Extraction;
using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Organisations the gazetteer does not know, in Latin-script news: a capitalised word in an employer slot (a joining,
/// leaving or founding verb, "chez", "bei", "ex-", "CEO of") or a name closing with an organisation word. The sentences
/// and the companies in them are made up for these tests.
/// </summary>
public class LatinOrganisationTests
{
    [Fact]
    public void Extract_EnglishLeftAndJoinedUnknownCompanies_FindsMove()
    {
        var result = TestData.Extract("Dana Whitfield left Quillmark last year and joined Brightwave as head of research, the company said.");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Dana Whitfield", "Quillmark", "Brightwave"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_FrenchChezAndRejoint_FindsFormerEmployerAndMove()
    {
        var result = TestData.Extract("Léa Marchand, ancienne ingénieure chez Zelphir, a rejoint Corvanta en 2024, selon l'entreprise.");

        Assert.Contains(result.Tenures(), t => t.Person == "Léa Marchand" && t.Lab == "Zelphir");
        Assert.Contains(result.Moves(), m => m.Person == "Léa Marchand" && m.From == "Zelphir" && m.To == "Corvanta");
    }

    [Fact]
    public void Extract_GermanWechseltVonZu_FindsMove()
    {
        var result = TestData.Extract("Tobias Krämer wechselt von Velatrix zu Nordhelm, wie das Unternehmen am Montag mitteilte.");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Tobias Krämer", "Velatrix", "Nordhelm"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_SpanishFormerTitleOfAndFichaPor_FindsMove()
    {
        var result = TestData.Extract("Marta Ibáñez, exdirectora de Quintara, ficha por Lumivex, según ha confirmado la empresa.");

        Assert.Contains(result.Moves(), m => m.Person == "Marta Ibáñez" && m.From == "Quintara" && m.To == "Lumivex");
    }

    [Fact]
    public void Extract_PortugueseDeixouAndContratadaPela_FindsMove()
    {
        var result = TestData.Extract("A engenheira Beatriz Lobo deixou a Solvanta e foi contratada pela Marveen, segundo a empresa.");

        Assert.Contains(result.Moves(), m => m.Person == "Beatriz Lobo" && m.From == "Solvanta" && m.To == "Marveen");
    }

    [Fact]
    public void Extract_IndonesianHengkangAndBergabung_FindsMove()
    {
        var result = TestData.Extract("Rina Hartono hengkang dari Tanura dan bergabung dengan Solvio, kata perusahaan itu pada Senin.");

        Assert.Contains(result.Moves(), m => m.Person == "Rina Hartono" && m.From == "Tanura" && m.To == "Solvio");
    }

    [Fact]
    public void Extract_NameClosingWithOrganisationWord_IsFoundedLab()
    {
        var result = TestData.Extract("Arjun Mehta founded Pellucid Technologies in 2021 after eight years at Google.");

        Assert.Contains(result.Foundings(), f => f.Person == "Arjun Mehta" && f.Lab == "Pellucid Technologies");
    }

    [Fact]
    public void Find_PlaceOrDepartmentInSlot_IsNoLab()
    {
        var spanish = Mentions("El ingeniero Pablo Ruiz trabajó en Brasil durante años antes de unirse a la empresa, según ha confirmado la compañía.", "es");
        var english = Mentions("Nora Quist, the head of Infrastructure, joined the startup last spring.", "en");

        Assert.DoesNotContain(spanish, m => m.Kind == MentionKind.Lab && m.Surface == "Brasil");
        Assert.DoesNotContain(english, m => m.Kind == MentionKind.Lab && m.Surface == "Infrastructure");
    }

    [Fact]
    public void Find_SurnameOfPersonNamedBeforeInSlot_StaysPerson()
    {
        var mentions = Mentions("Kwame Boateng runs the lab. Last year the researcher Lina Park joined Boateng at Brightwave.", "en");

        Assert.Contains(mentions, m => m.Kind == MentionKind.Person && m.Surface == "Boateng");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Lab && m.Surface == "Brightwave");
    }

    [Fact]
    public void Find_WordWrittenInLowerCaseElsewhere_IsNoLab()
    {
        var mentions = Mentions("The beacon was lit at dawn. Omar Haddad left Beacon to lead a team.", "en");

        Assert.DoesNotContain(mentions, m => m.Kind == MentionKind.Lab && m.Surface == "Beacon");
    }

    [Fact]
    public void Find_HeadlineCommonWordInSlot_IsNeitherLabNorPerson()
    {
        var mentions = Mentions("Rina Hartono Bergabung ke Kabinet. Rina Hartono resmi bergabung ke kabinet pada Senin, kata juru bicara.", "id");

        Assert.DoesNotContain(mentions, m => m.Surface == "Kabinet");
    }

    [Fact]
    public void Find_GermanGenitiveOfKnownLab_IsThatLab()
    {
        var mentions = Mentions("Metas Forschungschef Jonas Weber verlässt das Unternehmen nach fünf Jahren.", "de");

        Assert.Contains(mentions, m => m.Kind == MentionKind.Lab && m.Name == "Meta" && m.Surface == "Metas");
    }

    [Fact]
    public void Find_GermanWordsAfterDeterminer_AreNoPersonName()
    {
        var mentions = Mentions("Der Abgang der Züricher Forscher überrascht. Züricher Forscher gelten als gefragt, sagt Jonas Weber.", "de");

        Assert.DoesNotContain(mentions, m => m.Kind == MentionKind.Person && m.Surface.Contains("Züricher", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Kind == MentionKind.Person && m.Surface == "Jonas Weber");
    }

    [Fact]
    public void Find_WebAddressName_KeepsDomain()
    {
        var mentions = Mentions("Ines Varga cofounded the firm after she left Lexora.ai in 2022.", "en");

        Assert.Contains(mentions, m => m.Kind == MentionKind.Lab && m.Surface == "Lexora.ai");
    }

    [Fact]
    public void Find_TwoWordsInSlotWithNoNamePart_AreLab()
    {
        var mentions = Mentions("Omar Haddad left Velvet Orbit in May to join Anthropic as a researcher.", "en");

        Assert.Contains(mentions, m => m.Kind == MentionKind.Lab && m.Surface == "Velvet Orbit");
    }

    [Fact]
    public void Find_TwoWordsInSlotWithGivenName_StayPerson()
    {
        var mentions = Mentions("The startup has since joined Maria Lopez in the new venture.", "en");

        Assert.Contains(mentions, m => m.Kind == MentionKind.Person && m.Surface == "Maria Lopez");
    }

    [Fact]
    public void Find_WordBeforeGivenName_IsDroppedFromName()
    {
        var mentions = Mentions("Veteran Maria Lopez joined the startup in March, the company said.", "en");

        Assert.Contains(mentions, m => m.Kind == MentionKind.Person && m.Surface == "Maria Lopez");
    }

    [Fact]
    public void Parse_UnknownSection_NamesFileAndLine()
    {
        var error = Assert.Throws<InvalidDataException>(() => LatinNames.Parse("[suffixes]\nlabs\n[colours]\nred\n", "orgs.txt"));

        Assert.Contains("orgs.txt: line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EntryBeforeSection_IsError()
    {
        var error = Assert.Throws<InvalidDataException>(() => LatinNames.Parse("labs\n", "orgs.txt"));

        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
    }

    private static List<Mention> Mentions(string text, string language)
    {
        var lexicon = Languages.All[language];
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        var finder = new MentionFinder(Gazetteer.Default, lexicon, text, tokens, DateParser.For(lexicon).Find(text, null, tokens));
        return sentences.SelectMany(finder.Find).ToList();
    }
}
