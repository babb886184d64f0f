using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Chinese lists further hires after the first one: "与陈思远同期加入的还有两人：来自阿里巴巴的工程师王浩，以及前百度高级工程师李婧".
/// The people after the phrase join where the person named before it did; the labs in their descriptions are where they
/// came from, never what they (or the first person) joined.
/// </summary>
internal sealed partial class SentenceRules
{
    private void ChineseFellowArrivals(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        if (_lexicon.FellowArrivals.Count == 0)
        {
            return;
        }

        var text = _state.Text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        var at = -1;
        foreach (var phrase in _lexicon.FellowArrivals)
        {
            if (text.IndexOf(phrase, StringComparison.Ordinal) is var i and >= 0)
            {
                at = sentence.Start + i + phrase.Length;
                break;
            }
        }

        // "同期加盟的还有A": with nobody named before the phrase, the fellow is of the one person whose arrival the two
        // sentences before told ("…陈思远已于近期正式加入月之暗面。同期加盟的还有…刘佳琪").
        var anchorName = at < 0 ? null
            : ms.LastOrDefault(m => m is { Kind: MentionKind.Person, Pronoun: false, Name: not null } && m.CharEnd <= at)?.Name
            ?? (ms.Exists(m => m.Kind == MentionKind.Person && m.CharEnd <= at) ? null : LoneRecentArrival(index));
        if (anchorName is null)
        {
            return;
        }

        // Where the first person went: an arrival the article told before this sentence (whose own arrival verb has no
        // object), at a lab not also told as left or past ("前字节跳动研究员陈思远加盟月之暗面 … 2020年加入字节跳动").
        var told = _state.Events.Where(e => e.Person == anchorName && e.Sentence < index).ToList();
        var destination = told.LastOrDefault(e => e.Kind is EventKind.Join or EventKind.Move && e.Lab is { } lab
            && !told.Exists(o => (o.Lab == lab && ((o.Former && o.Kind is EventKind.Role or EventKind.Work) || o.Kind == EventKind.Leave)) || o.From == lab))?.Lab;
        if (destination is null)
        {
            return;
        }

        // The arrival verb of the phrase has no object of its own: a lab after it describes a fellow, it was not joined.
        events.RemoveAll(e => e.Kind is EventKind.Join or EventKind.Move && e.Lab != destination && e.Sentence == index);
        events.RemoveAll(e => e.Person == anchorName && e.Sentence == index && e.Lab != destination);
        var fellows = ms.Where(m => m is { Kind: MentionKind.Person, Pronoun: false, Name: not null } && m.Start >= at && m.Name != anchorName);
        foreach (var fellow in fellows)
        {
            events.Add(new ArticleEvent(EventKind.Join, fellow.Name!, destination, null, 0.7 * NameFactor([fellow]), index, sentence.Start, sentence.End));
        }
    }

    /// <summary>The one person who arrived somewhere in the two sentences before <paramref name="index"/>; null when nobody
    /// or several did.</summary>
    private string? LoneRecentArrival(int index)
    {
        var people = new HashSet<string>(StringComparer.Ordinal);
        for (var j = _state.Events.Count - 1; j >= 0 && _state.Events[j].Sentence >= index - 2; j--)
        {
            if (_state.Events[j] is { Kind: EventKind.Join or EventKind.Move, Lab: not null } arrival && arrival.Sentence < index)
            {
                people.Add(arrival.Person);
            }
        }

        return people.Count == 1 ? people.First() : null;
    }
}
