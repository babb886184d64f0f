namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "X and Y worked at Google. Both joined Anthropic"; "X, Y et Z travaillaient chez A. Tous trois ont rejoint B"; "The
/// pair left A in May": news names a group of people once and then makes it the subject of the next sentence with a
/// word that stands for all of them ("both", "all three", "the pair", "tous deux", "le trio"; "they"/"ils" only in the
/// very next sentence). That word opening a sentence is every person of the latest coordinated list.
/// </summary>
internal sealed partial class SentenceRules
{
    /// <summary>How many sentences later a group word may still stand for the people listed.</summary>
    private const int GroupWordReach = 2;

    private (List<string> People, int Sentence)? _lastPeopleGroup;

    /// <summary>The people a plural word opening the sentence stands for, or null when it stands for none.</summary>
    private List<string>? EarlierGroup(int index, List<Mention> ms, Mention pronoun)
    {
        if (_lastPeopleGroup is not { } last || last.Sentence >= index || MoveCues.GroupWord(_lexicon.Code, pronoun.Surface) is not { } groupWord)
        {
            return null;
        }

        // The subject of the sentence: nothing named before it, and the word is no determiner of a name or a lab right
        // after it ("both Google and Meta", "les deux entreprises" are not the people).
        var at = ms.IndexOf(pronoun);
        var reach = groupWord ? GroupWordReach : 1;
        if (index - last.Sentence > reach || ms.Take(at).Any(x => x.Kind is MentionKind.Person or MentionKind.Lab)
            || (at + 1 < ms.Count && ms[at + 1].Kind is MentionKind.Person or MentionKind.Lab && ms[at + 1].First == pronoun.End))
        {
            return null;
        }

        return last.People;
    }

    /// <summary>
    /// Drops the group words that stand for nobody: before resolution, those after a name or a lab ("X and Y, both OpenAI
    /// veterans, …" is an aside the list rules read from the words); after it, those no earlier list gave people to.
    /// </summary>
    private void DropGroupWords(List<Mention> ms, bool resolved)
    {
        var seenName = false;
        for (var i = 0; i < ms.Count; i++)
        {
            var m = ms[i];
            if (m.Kind == MentionKind.Person && m.Pronoun && MoveCues.GroupWord(_lexicon.Code, m.Surface) == true
                && (resolved ? m.Name is null : seenName))
            {
                ms.RemoveAt(i--);
                continue;
            }

            seenName |= m.Kind is MentionKind.Person or MentionKind.Lab;
        }
    }

    /// <summary>Notes the sentence's list of coordinated named people ("X, Y and Z"), for a group word that follows.</summary>
    private void NotePeopleGroup(int index, List<Mention> ms)
    {
        for (var i = 0; i < ms.Count; i++)
        {
            if (ms[i] is not { Kind: MentionKind.Person, Pronoun: false, Name: { } first })
            {
                continue;
            }

            var rest = Coordinated(ms, i, forward: true).Where(x => !x.Pronoun && x.Name is not null).Select(x => x.Name!).ToList();
            if (rest.Count > 0)
            {
                _lastPeopleGroup = ([first, .. rest.Where(r => r != first).Distinct(StringComparer.Ordinal)], index);
                return;
            }
        }
    }
}
