using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "La incorporación llega acompañada de otras dos: X, procedente de A, se suma como …, e Y, ex de B, dirigirá …";
/// "Selain Rina, GoTo juga merekrut dua talenta lain. X, yang sebelumnya bekerja di A, akan memimpin …": a hire told
/// first, then "N others" closing its clause, then people listed each with the lab they come from. The hirer is named
/// only with the first hire (or in the clause of "N others"), so each listed person's arrival there is otherwise lost.
/// </summary>
internal sealed partial class SentenceRules
{
    private (string Hirer, int Sentence, int After)? _otherHires;

    /// <summary>Adds, for each person listed after "N others" (in its sentence or the next), the move from the lab
    /// their aside names to the hirer, when the list names no lab but those origins and the hirer.</summary>
    private void OtherHires(int index, List<Mention> ms, List<ArticleEvent> events, Sentence sentence)
    {
        if (OtherHiresPhraseEnd(sentence) is { } after
            && (ms.LastOrDefault(m => m is { Kind: MentionKind.Lab, Modifier: false, Anaphor: false, Name: not null } && m.End <= after)?.Name ?? _state.LastArrivalLab) is { } hirer)
        {
            _otherHires = (hirer, index, after);
        }

        if (_otherHires is not { } pending || index - pending.Sentence > 1)
        {
            _otherHires = null;
            return;
        }

        var from = pending.Sentence == index ? pending.After : sentence.FirstToken;
        var listed = ms.Where(m => m is { Kind: MentionKind.Person, Pronoun: false, Name: not null } && m.First >= from).ToList();
        var origins = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var person in listed)
        {
            var labs = events.Where(e => e.Person == person.Name && e.Kind is EventKind.Role or EventKind.Work && e.Lab is not null && e.Lab != pending.Hirer).Select(e => e.Lab!).Distinct(StringComparer.Ordinal).ToList();
            if (labs is [var origin] && !events.Exists(e => e.Person == person.Name && e.Kind is EventKind.Join or EventKind.Move or EventKind.FoundEvent or EventKind.Leave && e.Lab is not null))
            {
                origins[person.Name!] = origin;
            }
        }

        // Any other lab in the list may be where someone went instead: the list is then not (only) the hirer's.
        if (origins.Count == 0 || ms.Exists(m => m is { Kind: MentionKind.Lab, Modifier: false, Name: { } lab } && m.First >= from && lab != pending.Hirer && !origins.ContainsValue(lab)))
        {
            return;
        }

        foreach (var person in listed.Where(p => origins.ContainsKey(p.Name!)))
        {
            var name = person.Name!;
            var origin = origins[name];
            events.Add(new ArticleEvent(EventKind.Join, name, pending.Hirer, null, 0.6 * NameFactor([person]), index, sentence.Start, sentence.End) { From = origin });
            var next = listed.Find(p => p.First > person.First)?.First ?? int.MaxValue;
            var role = ms.Find(m => m.IsRole && !m.Has(Cue.FounderRole) && m.First > person.End && m.First < next && AsRole(ms, ms.IndexOf(m)))?.Get(Cue.Role)!.Value
                ?? (LeadVerbBetween(person.End, Math.Min(next, sentence.EndToken)) ? "head" : null);
            if (role is not null)
            {
                events.Add(new ArticleEvent(EventKind.Role, name, pending.Hirer, null, 0.6, index, sentence.Start, sentence.End) { Role = role });
            }
        }
    }

    /// <summary>The token after a phrase of the lexicon's "otherHires" that closes its clause (a colon, a full stop or the
    /// sentence's end follows it), or null. Closing the clause is what makes "two others" refer back to the hires just
    /// told rather than describe a noun after it ("otras dos empresas").</summary>
    private int? OtherHiresPhraseEnd(Sentence sentence)
    {
        foreach (var phrase in _lexicon.OtherHires)
        {
            for (var t = sentence.FirstToken; t + phrase.Length <= sentence.EndToken; t++)
            {
                var end = t + phrase.Length;
                if (PhraseAt(phrase, t) && (end == sentence.EndToken || _tokens[end].Key is ":" or "."))
                {
                    return end;
                }
            }
        }

        return null;
    }

    /// <summary>Whether a future verb of leading ("dirigirá", "akan memimpin") stands between the tokens: the listed
    /// person will head what follows it, a post at the hirer.</summary>
    private bool LeadVerbBetween(int first, int end) =>
        _lexicon.LeadVerbs.Exists(p => Enumerable.Range(first, Math.Max(0, end - first - p.Length + 1)).Any(t => PhraseAt(p, t)));

    private bool PhraseAt(string[] phrase, int t) => phrase.Select((w, i) => _tokens[t + i].Key == w).All(x => x);
}
