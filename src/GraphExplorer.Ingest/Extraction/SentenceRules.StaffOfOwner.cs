using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "His deputy, X, departed for B", "two of his engineers, X and Y, followed him to B": a title owned by a personal
/// possessive names people who worked under the person it stands for, so they held that title where that person
/// worked (the lab the person left, else the one held), not at the lab the sentence moves them to.
/// </summary>
internal sealed partial class SentenceRules
{
    /// <summary>Whether a title is owned by a personal possessive right before it ("his deputy", "of her engineers").</summary>
    private bool OwnedByPerson(Mention title) =>
        title.IsRole && !title.Has(Cue.FounderRole) && title.First > 0 && _lexicon.StaffPossessives.Contains(_tokens[title.First - 1].Key);

    private void StaffOfOwner(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        for (var k = 0; k + 1 < ms.Count; k++)
        {
            var title = ms[k];
            var named = ms[k + 1];
            if (!OwnedByPerson(title) || named is not { Kind: MentionKind.Person, Pronoun: false, Name: not null } || named.First - title.End > 1)
            {
                continue;
            }

            var owner = ms.Take(k).LastOrDefault(x => x.Kind == MentionKind.Person && !x.Pronoun && x.Name is not null)?.Name ?? _state.SalientPerson;
            if (owner is null || OwnerLab(owner, events) is not { } lab)
            {
                continue;
            }

            foreach (var person in Coordinated(ms, k + 1, forward: true).Prepend(named).Where(p => p.Name is not null && p.Name != owner))
            {
                events.Add(new ArticleEvent(EventKind.Role, person.Name!, lab, null, 0.7, index, sentence.Start, sentence.End) { Role = title.Get(Cue.Role)!.Value });
            }
        }
    }

    /// <summary>Where the owner of the staff worked: the lab the article last has them leave, else the last post held.</summary>
    private string? OwnerLab(string owner, List<ArticleEvent> sentenceEvents)
    {
        string? held = null;
        foreach (var e in _state.Events.Concat(sentenceEvents).Where(e => e.Person == owner).Reverse())
        {
            if (e.Kind is EventKind.Join or EventKind.Move && e.From is { } from)
            {
                return from;
            }

            if (e.Kind == EventKind.Leave && e.Lab is { } left)
            {
                return left;
            }

            held ??= e.Kind is EventKind.Role or EventKind.Work && e.Lab is not null ? e.Lab : null;
        }

        return held;
    }
}
