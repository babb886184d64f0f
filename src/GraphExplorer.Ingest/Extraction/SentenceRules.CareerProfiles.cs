namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// The current post that closes a career told across an article, in the languages that drop the subject: "Hoy trabaja
/// en Anthropic como investigadora", "Hoje trabalha na Unbabel", "Kini bekerja di Gojek". The sentence names nobody and
/// opens with a "now", "since" or "then" word of the language, so it tells where the person the story follows stands
/// now (<see cref="CareerProfiles"/> links it to the stint told before it).
/// </summary>
internal sealed partial class SentenceRules
{
    /// <summary>
    /// Whether the work verb at <paramref name="k"/> is a present post whose dropped subject is the person the article
    /// follows (<see cref="Followed"/>): nobody is named in the sentence, and everything before the verb is a
    /// now/since/sequel word or a date ("Desde septiembre trabaja en B"). Without such an opening a present "trabaja en"
    /// may be the company's own work.
    /// </summary>
    private bool CarriedOverCurrentPost(List<Mention> ms, int k)
    {
        if (ms.Exists(x => x.Kind == MentionKind.Person) || ms.Take(k).Any(x => x.Kind != MentionKind.Date) || !Followed(_state.SalientPerson))
        {
            return false;
        }

        var sentence = _state.Sentences[_state.CurrentSentence];
        var opener = _tokens[sentence.FirstToken].Key;
        if (!_lexicon.NowWords.Contains(opener) && !_lexicon.SinceWords.Contains(opener) && !_lexicon.SequelWords.Contains(opener))
        {
            return false;
        }

        // Only dates and punctuation may stand between the opening word and the verb.
        var dates = ms.Take(k).ToList();
        for (var t = sentence.FirstToken + 1; t < ms[k].First; t++)
        {
            if (!dates.Exists(d => d.First <= t && t < d.End) && _tokens[t].Key is not ("," or "、"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the person is the one the article follows: named in its headline or lead (the first three
    /// sentences). A name read later in passing (a place misread as a name, a colleague) carries no dropped subject.</summary>
    private bool Followed(string? person)
    {
        if (person is null || _state.Sentences.Count == 0)
        {
            return false;
        }

        var lead = _state.Sentences[Math.Min(2, _state.Sentences.Count - 1)].End;
        return _state.Text.AsSpan(0, lead).Contains(person, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the sentence brings the person in as a relation of the one the story follows ("Her former manager at
    /// Cohere, Liam Fortier, remembers her …", "Son ancien directeur, X, …"): it opens with a possessive determiner and
    /// names the person soon after. Such a person is quoted about the profiled one, so the next "she" still means the
    /// profiled person, not the manager.
    /// </summary>
    private bool IntroducedByRelation(List<Mention> ms, Mention person)
    {
        var sentence = _state.Sentences[_state.CurrentSentence];
        return _state.SalientPerson is { } salient && person.Name != salient && !person.Pronoun
            && _lexicon.PossessiveDeterminers.Contains(_tokens[sentence.FirstToken].Key)
            && person.First - sentence.FirstToken <= 10
            && !ms.Take(ms.IndexOf(person)).Any(m => m.Kind == MentionKind.Person);
    }
}
