using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A move told in two sentences, the arrival first and the post held before it second: "张伟已正式加入字节跳动。此前他是
/// 百度的首席科学家。", "Andi Saputra bergabung dengan Anthropic. Sebelumnya ia peneliti di Google." The second sentence
/// opens with "previously" and tells no move of its own, so the post it gives is the one the arrival ended.
/// </summary>
internal sealed partial class SentenceRules
{
    private string? _lastRecruiter;
    private int _lastRecruiterSentence = -1;

    /// <summary>Marks as former the posts of a "previously" sentence about someone whose arrival the sentence before told.</summary>
    private void PostBeforeArrival(int index, List<Mention> ms, List<ArticleEvent> events)
    {
        if (!(_lexicon.Code.StartsWith("zh", StringComparison.Ordinal) || _lexicon.Code == "id")
            || !ms.Take(3).Any(x => x.Kind == MentionKind.Cue && x.Has(Cue.Previously) && !x.IsVerb)
            || events.Exists(e => e.Kind is not (EventKind.Role or EventKind.Work)))
        {
            return;
        }

        for (var i = 0; i < events.Count; i++)
        {
            var post = events[i];
            if (post.Former || post.Lab is not { } lab)
            {
                continue;
            }

            if (ArrivedJustBefore(index, post.Person, lab))
            {
                events[i] = post with { Former = true };
            }
        }
    }

    /// <summary>Whether the sentence before told the person's arrival at a lab other than <paramref name="lab"/>, with no
    /// origin. Reads back only over that sentence's events (they are stored in sentence order), so it stays linear.</summary>
    private bool ArrivedJustBefore(int index, string person, string lab)
    {
        for (var j = _state.Events.Count - 1; j >= 0 && _state.Events[j].Sentence >= index - 1; j--)
        {
            if (_state.Events[j] is { Kind: EventKind.Join or EventKind.Move, From: null, Lab: { } to } e && e.Sentence == index - 1 && e.Person == person && to != lab)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "在此次加入阿里巴巴之前，在Facebook任职": a Chinese sentence that drops its subject states the arrival and, before
    /// it, a post with no subject of its own; the post is the arriving person's, and the one the arrival ended.
    /// </summary>
    private void ChineseDroppedSubjectPost(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        if (!_lexicon.Code.StartsWith("zh", StringComparison.Ordinal) || ms.Exists(x => x.Kind == MentionKind.Person && !x.Pronoun)
            || !ms.Exists(x => x.Kind == MentionKind.Cue && x.Has(Cue.Previously))
            || events.Where(e => e.Kind is EventKind.Join or EventKind.Move && e.Lab is not null && e.From is null).Select(e => (e.Person, e.Lab)).Distinct().ToList() is not [var (person, joined)])
        {
            return;
        }

        for (var k = 0; k < ms.Count; k++)
        {
            if (!ms[k].IsVerb || !ms[k].Has(Cue.Work))
            {
                continue;
            }

            var lab = k > 0 && ms[k - 1] is { Kind: MentionKind.Lab, Modifier: false, Name: { } before } && ms[k].First - ms[k - 1].End <= 1 ? before
                : k + 1 < ms.Count && ms[k + 1] is { Kind: MentionKind.Lab, Modifier: false, Name: { } after } && ms[k + 1].First - ms[k].End <= 1 ? after
                : null;
            if (lab is not null && lab != joined && !events.Exists(e => e.Person == person && e.Lab == lab))
            {
                events.Add(new ArticleEvent(EventKind.Work, person, lab, null, 0.6, index, sentence.Start, sentence.End) { Former = true });
            }
        }
    }

    /// <summary>
    /// "Meta正在招募顶级人才。目前，新团队已引入8位研究员": a Chinese hiring verb with no company before it continues the
    /// hiring the sentence before told, so its hirer is that sentence's (or that sentence's topic lab).
    /// </summary>
    private string? ChineseContinuedHirer(int index) =>
        !_lexicon.Code.StartsWith("zh", StringComparison.Ordinal) ? null
        : _state.Group is { } group && group.Sentence == index - 1 ? group.To
        : _lastRecruiterSentence == index - 1 ? _lastRecruiter
        : null;
}
