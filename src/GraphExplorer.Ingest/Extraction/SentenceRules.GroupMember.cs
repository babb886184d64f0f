using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "Microsoft hired some twenty researchers from Google. Among them is X, who led …"; "Meta a recruté des chercheurs
/// d'OpenAI. Parmi eux, X, …": after a group's move told without names, one person named right after a word that
/// introduces members ("among them", "including", "parmi eux", "dont") made the group's move. A list of several names
/// is read by ListedMovers; this adds the lone member, whom nothing else in the sentence ties to a third lab.
/// </summary>
internal sealed partial class SentenceRules
{
    /// <summary>How many sentences after the group's move a member may still be named.</summary>
    private const int GroupMemberReach = 3;

    private void LoneGroupMember(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        if (_state.Group is not { } group || group.Sentence >= index || index - group.Sentence > GroupMemberReach)
        {
            return;
        }

        for (var i = 1; i < ms.Count; i++)
        {
            if (ms[i] is not { Kind: MentionKind.Person, Pronoun: false, Name: { } name } || ms[i - 1] is not { Kind: MentionKind.Cue } cue
                || !cue.Has(Cue.Including) || ms[i].First - cue.End > 1 || Coordinated(ms, i, forward: true).Count > 0)
            {
                continue;
            }

            var mine = events.FindAll(e => e.Person == name);
            if (mine.Exists(e => e.Kind is EventKind.Join or EventKind.Move or EventKind.FoundEvent or EventKind.Leave || (e.Lab is not null && e.Lab != group.From && e.Lab != group.To))
                || KnownBefore(name, group))
            {
                continue;
            }

            events.Add(new ArticleEvent(EventKind.Join, name, group.To, group.Date, 0.55, index, sentence.Start, sentence.End) { From = group.From });
        }
    }

    /// <summary>
    /// "米グーグルのトップ研究者が米アップルに移籍した。X氏が3月にアップルに移籍した。": Chinese, Japanese and Korean news
    /// often tells a move first with no name and then again with the person named; the named arrival at the same lab,
    /// stating no origin of its own, came from the origin told first.
    /// </summary>
    private void RetoldGroupArrival(int index, List<ArticleEvent> events)
    {
        if (!(_lexicon.HeadFinal || _lexicon.Code.StartsWith("zh", StringComparison.Ordinal))
            || _state.Group is not { From: { } from } group || group.Sentence >= index || index - group.Sentence > GroupMemberReach)
        {
            return;
        }

        for (var e = 0; e < events.Count; e++)
        {
            if (events[e] is { Kind: EventKind.Join or EventKind.Move, From: null, Lab: { } to } arrival && to == group.To && to != from
                && !KnownBefore(arrival.Person, group))
            {
                events[e] = arrival with { From = from };
            }
        }
    }
}
