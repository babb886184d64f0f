using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Earlier departures listed with where each person went: "Cohere ha perdido a varios investigadores. Entre ellos están
/// X, que se fue a Mistral AI en marzo, e Y, ahora en Google DeepMind", "Entre eles estão X, hoje na Anthropic",
/// "Di antaranya X, yang kini bergabung dengan Anthropic, dan Y, yang pindah ke Mistral AI". The sentence that tells
/// the loss (a lab that lost people, people who left a lab) names the origin; the list opens with "among them", and
/// each person's own aside (a relative clause with a verb of joining or moving, or "now at") names their destination.
/// </summary>
internal sealed partial class SentenceRules
{
    // "Entre ellos están X": the list opener stands close before the first name.
    private const int OpenerToFirstName = 3;

    // "OpenAI's departures include": the lab of a one-sentence round-up stands just before its header.
    private const int HeaderToLab = 2;

    private (string Lab, int Sentence)? _lostFrom;

    private void DepartedAsides(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        if (_lexicon.HeadFinal || _lexicon.Code.StartsWith("zh", StringComparison.Ordinal))
        {
            return;
        }

        var opener = ms.FindIndex(x => x.Kind == MentionKind.Cue && x.Has(Cue.Including));
        var origin = _lostFrom is { } lost && lost.Sentence == index - 1 ? lost.Lab : null;
        _lostFrom = LossInSentence(ms, sentence) is { } lab ? (lab, index) : null;
        int first;
        if (origin is null || opener < 0 || ms.Take(opener).Any(x => x.Kind is MentionKind.Person or MentionKind.Lab || x.IsVerb)
            || ms.FindIndex(opener + 1, x => x.Kind == MentionKind.Person) is var afterOpener && (afterOpener < 0 || ms[afterOpener].First - ms[opener].End > OpenerToFirstName))
        {
            if (HeaderedList(sentence, ms, origin) is not { } headed)
            {
                return;
            }

            (origin, first, opener) = headed;
        }
        else
        {
            first = ms.FindIndex(opener + 1, x => x.Kind == MentionKind.Person);
        }

        var listed = ms.Skip(first).Where(x => x is { Kind: MentionKind.Person, Pronoun: false, Name: not null }).ToList();
        var destinations = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < listed.Count; i++)
        {
            var until = i + 1 < listed.Count ? listed[i + 1].First : sentence.EndToken;
            if (_tokens[listed[i].End].Key is "," or "(" && AsideDestination(ms, listed[i].End, until) is { } to && to != origin)
            {
                destinations[listed[i].Name!] = to;
            }
        }

        if (destinations.Count == 0)
        {
            return; // no one's aside says where they went: not this structure
        }

        // A verb in one person's aside may have been read with a name listed before it ("X, que …, e Y, que pindah ke B").
        events.RemoveAll(e => e.Kind is EventKind.Join or EventKind.Move or EventKind.Work && e.Lab is { } lab && destinations.ContainsValue(lab)
            && (!destinations.TryGetValue(e.Person, out var own) || own != lab || e.From is null));
        var date = opener < 0 ? null : DateFor(index, ms, opener);
        foreach (var person in listed)
        {
            events.Add(destinations.TryGetValue(person.Name!, out var to)
                ? new ArticleEvent(EventKind.Join, person.Name!, to, null, 0.6 * NameFactor([person]), index, sentence.Start, sentence.End) { From = origin }
                : new ArticleEvent(EventKind.Leave, person.Name!, origin, date, 0.6 * NameFactor([person]), index, sentence.Start, sentence.End));
        }
    }

    /// <summary>
    /// A round-up told in one sentence, its header before the names: "Among those who have left OpenAI this year: A (now
    /// at B), C, who joined D in March", "Parmi les départs, A (désormais chez B)", "Zu den Abgängen zählen A, der zu B
    /// wechselte". The origin is the lab named between the header and the first name, else the lab the sentence before
    /// said lost people (<paramref name="lost"/>), else the one the article has been about. Null when no header opens
    /// the sentence's names or no origin is known; else the origin, the first listed name and no opener (-1).
    /// </summary>
    private (string Origin, int First, int Opener)? HeaderedList(Sentence sentence, List<Mention> ms, string? lost)
    {
        var header = HiringPosts.Phrases(_state, _lexicon.DepartureHeaders, sentence.FirstToken, sentence.EndToken).Select(p => ((int Start, int End)?)p).FirstOrDefault();
        if (header is not { } h || ms.Exists(x => x is { Kind: MentionKind.Person } && x.First < h.End))
        {
            return null;
        }

        var first = ms.FindIndex(x => x is { Kind: MentionKind.Person, Pronoun: false, Name: not null } && x.First >= h.End);
        if (first < 0)
        {
            return null;
        }

        // "OpenAI's departures include", "who have left OpenAI this year:": the lab stands beside the header.
        var named = ms.Take(first).LastOrDefault(x => x is { Kind: MentionKind.Lab, Anaphor: false, Name: not null } && x.End >= h.Start - HeaderToLab);
        var origin = named?.Name ?? lost ?? (ms.Skip(first).Any(x => x.Kind == MentionKind.Lab && x.Name == _state.TopicLab) ? null : _state.TopicLab);
        return origin is null ? null : (origin, first, -1);
    }

    /// <summary>The lab an aside after a listed name sends the person to: the first lab after a verb of joining or moving
    /// ("que se fue a B", "yang pindah ke B") or after a word for "now" ("ahora en B", "hoje na B", "kini di B").</summary>
    private string? AsideDestination(List<Mention> ms, int from, int until)
    {
        var opened = false;
        foreach (var m in ms.Where(x => x.First >= from && x.First < until))
        {
            if (m.IsVerb && (m.Has(Cue.Join) || m.Has(Cue.Move)))
            {
                opened = true;
            }
            else if (m.IsVerb || m.Kind == MentionKind.Person)
            {
                return null;
            }
            else if (m is { Kind: MentionKind.Lab, Modifier: false, Name: { } lab } && (opened || NowBefore(from, m.First)))
            {
                return lab;
            }
        }

        return null;
    }

    /// <summary>Whether a word for "now" ("ahora", "hoje", "kini") stands in the aside before the lab at <paramref name="lab"/>.</summary>
    private bool NowBefore(int from, int lab) => AnyWordBetween(from, lab, _lexicon.NowWords);

    /// <summary>The lab a sentence says lost people or saw them leave, with no one named: "A ha perdido a varios
    /// investigadores", "vários pesquisadores deixaram a A". Null otherwise.</summary>
    private string? LossInSentence(List<Mention> ms, Sentence sentence)
    {
        if (ms.Exists(x => x is { Kind: MentionKind.Person, Pronoun: false, Name: not null }))
        {
            return null;
        }

        for (var k = 0; k < ms.Count; k++)
        {
            if (ms[k] is { Kind: MentionKind.Lab, Modifier: false, Name: { } lab }
                && Enumerable.Range(ms[k].End, Math.Max(0, Math.Min(3, sentence.EndToken - ms[k].End))).Any(t => _lexicon.LoseVerbs.Contains(_tokens[t].Key)))
            {
                return lab;
            }

            if (ms[k].IsVerb && ms[k].Has(Cue.Leave) && k + 1 < ms.Count && ms[k + 1] is { Kind: MentionKind.Lab, Modifier: false, Name: { } left } && ms[k + 1].First - ms[k].End <= 1)
            {
                return left;
            }
        }

        return null;
    }
}
