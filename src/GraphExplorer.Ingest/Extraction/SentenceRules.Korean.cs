namespace GraphExplorer.Ingest.Extraction;

/// <summary>Korean-specific limits on the general title rules.</summary>
internal sealed partial class SentenceRules
{
    /// <summary>
    /// Korean puts a person's employer and title after the name and lists people as "A 어도비 매니저, B 오픈AI 연구원, C …":
    /// a title closed by a comma describes the person before it. A title written before a name ("오픈AI 연구원 B") is never
    /// set off by a comma, so in Korean a comma between a title and the next person ends the title's reach.
    /// </summary>
    private bool KoreanTitleClosedByComma(int titleEnd, Mention person) =>
        _lexicon.Code == "ko" && CommaBetween(titleEnd, person.First);
}
