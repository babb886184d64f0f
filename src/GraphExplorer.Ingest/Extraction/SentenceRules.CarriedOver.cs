using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Posts told right after the sentence that names the person, in the looser phrasing of Spanish, Portuguese and
/// Indonesian reporting: "Hugging Face ha contratado a X. Antes trabajó en Meta." (the subject of the second sentence
/// is dropped), "Llega tras cinco años en Google DeepMind", "Ela chega depois de sete anos no Google", "Ia bergabung
/// setelah lima tahun di Google DeepMind" (time spent at a lab, then left: the lab is where the person came from,
/// never where they arrive).
/// </summary>
internal sealed partial class SentenceRules
{
    /// <summary>
    /// Whether the work verb at <paramref name="k"/> is a past post whose dropped subject is the person the sentence
    /// before named: the sentence names nobody and opens with "previously" ("Antes", "Anteriormente"; in Indonesian,
    /// with no tense, the only mark of the past) or with the past verb itself ("Trabajó en", "Sebelumnya bekerja di").
    /// A present "trabaja en" opening the sentence stays unread: it may be the company's work, not a post.
    /// </summary>
    private bool CarriedOverPastPost(List<Mention> ms, int k) =>
        !ms.Exists(x => x.Kind == MentionKind.Person)
        && ms.Take(k).All(x => x.Kind == MentionKind.Cue && x.Has(Cue.Previously) && !x.IsVerb)
        && (k > 0 || ms[k].Cues!.Exists(c => c.Cue == Cue.Work && c.Past))
        && _state.SalientPerson is { } salient && NamedJustBefore(_state.CurrentSentence, salient);

    /// <summary>
    /// "tras cinco años en A", "depois de sete anos no A", "setelah lima tahun di A": an "after"/"previously" word, a
    /// span of time and a lab say the person spent that time at the lab and has left it. The lab is a former post of
    /// the sentence's person (or, with nobody named, of the person the sentence before named); an arrival verb that took
    /// that lab as its object ("Ia bergabung setelah lima tahun di A") is read as the post it is, so the arrival the
    /// sentence before told is where the person went. Spans with an arrival elsewhere in the sentence are read by
    /// <see cref="LatinMoveCues.YearsBeforeArrival"/>.
    /// </summary>
    private void TenuresSpentBefore(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        if (_lexicon.HeadFinal || _lexicon.Code.StartsWith("zh", StringComparison.Ordinal))
        {
            return;
        }

        for (var c = 1; c + 1 < ms.Count; c++)
        {
            if (ms[c].Kind != MentionKind.Cue || !ms[c].Has(Cue.TenureSpan) || ms[c + 1] is not { Kind: MentionKind.Lab, Modifier: false, Anaphor: false, Name: { } lab }
                || ms[c + 1].First - ms[c].End > 1)
            {
                continue;
            }

            var after = ms.FindLastIndex(c - 1, x => x.Kind == MentionKind.Cue && x.Has(Cue.Previously) && !x.IsVerb);
            if (after < 0 || ms[c].First - ms[after].End > 3 || events.Exists(e => e.Lab == lab && e.Kind is EventKind.Work or EventKind.Role && e.Former))
            {
                continue;
            }

            var misread = events.FindIndex(e => e.Kind is EventKind.Join or EventKind.Move && e.Lab == lab && e.From is null);
            if (misread < 0 && events.Exists(e => e.Kind is EventKind.Join or EventKind.Move && e.Lab is not null))
            {
                continue; // an arrival elsewhere: the span is read with it
            }

            var person = misread >= 0 ? events[misread].Person : SpanHolder(index, ms, after);
            if (person is null)
            {
                continue;
            }

            if (misread >= 0)
            {
                events.RemoveAt(misread);
            }

            events.Add(new ArticleEvent(EventKind.Work, person, lab, null, 0.6, index, sentence.Start, sentence.End) { Former = true });
        }
    }

    /// <summary>The person who spent the time: the first person the sentence names as a subject before the span, else,
    /// when the sentence names neither a person nor a lab before it, the person the sentence before named.</summary>
    private string? SpanHolder(int index, List<Mention> ms, int span)
    {
        if (ms.Take(span).FirstOrDefault(x => x is { Kind: MentionKind.Person, Object: false, Comitative: false, Name: not null }) is { } named)
        {
            return named.Name;
        }

        return !ms.Take(span).Any(x => x.Kind == MentionKind.Lab || x is { Kind: MentionKind.Person, Name: not null }) && _state.SalientPerson is { } salient && NamedJustBefore(index, salient)
            ? salient
            : null;
    }

    /// <summary>Whether the sentence before this one told something of <paramref name="person"/>. Reads back only over
    /// that sentence's events (they are stored in sentence order), so it stays linear.</summary>
    private bool NamedJustBefore(int index, string person)
    {
        for (var j = _state.Events.Count - 1; j >= 0 && _state.Events[j].Sentence >= index - 1; j--)
        {
            if (_state.Events[j].Sentence == index - 1 && _state.Events[j].Person == person)
            {
                return true;
            }
        }

        return false;
    }
}
