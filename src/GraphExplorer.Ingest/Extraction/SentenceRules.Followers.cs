using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "She will be followed next month by Daniel Osei", "Daniel Osei will follow her", "suivie par X", "diikuti oleh X":
/// the follower makes the leader's latest move, to the same lab; the lab the follower is described at in the sentence
/// ("a former Google engineer") is where they come from. This is who followed whom, as news tells it. The phrases are data
/// (<c>followPhrases</c> and <c>passiveFollowPhrases</c> in the language's lexicon).
/// </summary>
internal sealed partial class SentenceRules
{
    /// <summary>How many tokens may separate the follower (passive) or the leader (active) from the phrase.</summary>
    private const int FollowReach = 4;

    /// <summary>A mention standing for the last person other than <paramref name="follower"/> the article has joining a lab.</summary>
    private Mention? LastMover(List<ArticleEvent> events, string follower) =>
        _state.Events.Concat(events).LastOrDefault(e => e.Person != follower && e.Kind is EventKind.Join or EventKind.Move && e.Lab is not null) is { } move
            ? new Mention(MentionKind.Person, 0, 0, 0, 0) { Name = move.Person, Pronoun = true }
            : null;

    private void Followers(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        if (_lexicon.FollowPhrases.Count == 0 && _lexicon.PassiveFollowPhrases.Count == 0)
        {
            return;
        }

        var passives = HiringPosts.Phrases(_state, _lexicon.PassiveFollowPhrases, sentence.FirstToken, sentence.EndToken).ToList();
        var actives = HiringPosts.Phrases(_state, _lexicon.FollowPhrases, sentence.FirstToken, sentence.EndToken)
            .Where(a => !passives.Exists(p => a.Start < p.End && p.Start < a.End)).ToList();
        foreach (var (start, phraseEnd, passivePhrase) in passives.Select(p => (p.Start, p.End, true)).Concat(actives.Select(a => (a.Start, a.End, false))))
        {
            // "will be followed next month by X": words may stand between the participle and its "by".
            var by = passivePhrase ? null : ms.Find(m => m.Kind == MentionKind.Cue && m.Has(Cue.PassiveBy) && m.First >= phraseEnd && m.First - phraseEnd <= FollowReach);
            var passive = passivePhrase || by is not null;
            var end = by?.End ?? phraseEnd;
            var before = ms.LastOrDefault(m => m.Kind == MentionKind.Person && m.Name is not null && m.End <= start && !m.Comitative);
            var after = ms.FirstOrDefault(m => m.Kind is MentionKind.Person or MentionKind.Lab && m.First >= end && m.First - end <= FollowReach);
            var (follower, leader) = passive ? (after, before) : (before, after);

            // "will follow her", "la siguió": a pronoun stands for the person followed, the last one the article moved.
            if (!passive && leader is not { Kind: MentionKind.Person } && follower?.Name is { } following
                && (Enumerable.Range(start, end - start).Any(t => _lexicon.FollowObjectPronouns.Contains(_tokens[t].Key))
                    || (end < sentence.EndToken && _lexicon.FollowObjectPronouns.Contains(_tokens[end].Key))))
            {
                leader = LastMover(events, following);
            }
            if (follower is not { Kind: MentionKind.Person, Name: { } name } || leader is not { Kind: MentionKind.Person, Name: { } led } || name == led
                || (!passive && !leader.Pronoun && leader.First - end > 1) || (passive && follower.Pronoun))
            {
                continue;
            }

            var destination = _state.Events.Concat(events).LastOrDefault(e => e.Person == led && e.Kind is EventKind.Join or EventKind.Move && e.Lab is not null)?.Lab;
            if (destination is null)
            {
                continue;
            }

            // Where the follower is now: a move the sentence tells of them ("a former DeepMind engineer who moved to OpenAI
            // in 2023"), else the post it describes them at.
            var origin = (events.LastOrDefault(e => e.Person == name && e.Kind is EventKind.Join or EventKind.Move && e.Lab is not null && e.Lab != destination)
                ?? events.LastOrDefault(e => e.Person == name && e.Kind is EventKind.Work or EventKind.Role && e.Lab is not null && e.Lab != destination))?.Lab;
            events.Add(new ArticleEvent(EventKind.Join, name, destination, null, 0.6, index, sentence.Start, sentence.End) { From = origin });
        }
    }
}
