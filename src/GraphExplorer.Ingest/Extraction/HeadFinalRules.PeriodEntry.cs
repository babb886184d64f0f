using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A verb of joining that enters a time rather than a company: "同社は今年に入り、資金調達を実施" ("this year"), "10月に入って
/// から". Read as an arrival, it carried the last person named into whatever lab the sentence named.
/// </summary>
internal sealed partial class HeadFinalRules
{
    /// <summary>Whether the verb at <paramref name="k"/> is one of the lexicon's verbs of entering a period
    /// (<see cref="Lexicons.LanguageLexicon.PeriodEntries"/>) written right after a date and its particle ("今年に入り").</summary>
    private bool EntersPeriod(List<Mention> ms, int k) =>
        k >= 2 && ms[k - 1].Has(Cue.ToPrep) && ms[k - 2].Kind == MentionKind.Date && ms[k - 2].End == ms[k - 1].First && ms[k - 1].End == ms[k].First
        && ms[k].Get(Cue.Join)?.Phrase is { } phrase && _lexicon.PeriodEntries.Contains(phrase);
}
