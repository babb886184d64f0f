using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "Other departures include X, now at B", "X (now at B)", "avait vu partir X, aujourd'hui chez B", "X (jetzt bei B)":
/// a person this sentence already has leaving a lab, followed by an aside saying where the person is now (the lexicon's
/// <c>currentlyAt</c> words right before a lab), went from that lab to the one the aside names. Reporting lists earlier
/// departures this way when the moves themselves are not the news.
/// </summary>
internal sealed partial class SentenceRules
{
    // At most an article or a short word between the "now at" phrase and the lab ("now at the", "désormais chez").
    private const int NowPhraseToLabChars = 5;

    private void AsideDestinations(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        if (_lexicon.CurrentlyAt.Count == 0)
        {
            return;
        }

        for (var p = 0; p + 1 < ms.Count; p++)
        {
            if (ms[p] is not { Kind: MentionKind.Person, Pronoun: false, Name: { } person }
                || events.Find(e => e.Person == person && e.Kind == EventKind.Leave && e.Lab is not null) is not { } leave
                || events.Exists(e => e.Person == person && e.Kind is EventKind.Join or EventKind.Move or EventKind.FoundEvent)
                || ms.Find(x => x.First >= ms[p].End && x.Kind is MentionKind.Lab or MentionKind.Person) is not { Kind: MentionKind.Lab, Modifier: false, Name: { } lab } target
                || lab == leave.Lab || !NowAside(ms[p].CharEnd, target.Start))
            {
                continue;
            }

            events.Add(new ArticleEvent(EventKind.Join, person, lab, null, Math.Min(0.7, leave.Confidence), index, sentence.Start, sentence.End));
        }
    }

    /// <summary>Whether the text between a name and a lab is an aside for "now at": a comma or an opening bracket, then
    /// one of the lexicon's <c>currentlyAt</c> phrases, then at most an article.</summary>
    private bool NowAside(int from, int to)
    {
        if (to <= from)
        {
            return false;
        }

        var gap = _state.Text.AsSpan(from, to - from).Trim();
        if (gap.Length < 2 || gap[0] is not (',' or '('))
        {
            return false;
        }

        var rest = gap[1..].TrimStart().ToString();
        return _lexicon.CurrentlyAt.Exists(phrase => rest.StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && rest.Length - phrase.Length <= NowPhraseToLabChars);
    }
}
