using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Japanese moves the verb rules leave without an origin or without a verb of their own (words in
/// <c>japanese-moves.txt</c>):
/// <list type="bullet">
/// <item>a move stated by a noun: "Bは、X氏の加入を発表", "X氏のBへの移籍が決まった" (X joins B, or the lab named before "への");</item>
/// <item>a destination shared by a gapped list: "X氏とY氏はBに、Z氏はCに移籍した" (X and Y move to B too);</item>
/// <item>an exodus stated of a company, with no one named ("Aからの人材流出が続く", "Aからさらに3人が退社", "Aは…を失った";
/// in Korean too, with the words of <c>korean-moves.txt</c>: "오픈AI 인재 이탈", "오픈AI에서 연구원들이 잇따라 떠나"): the
/// people who join another lab in the next sentences came from A, as reporting on a wave of departures names the origin
/// once and then lists who went where; told in the headline or the lead, the wave is what the whole article is about;</item>
/// <item>an arrival announced with no origin, then the person's past told in the next sentences ("Bは…X氏の入社を発表した。
/// X氏は以前、Aで研究部門を率いていた"): X moved from A to B.</item>
/// </list>
/// </summary>
internal sealed partial class HeadFinalRules
{
    /// <summary>How many sentences after an exodus its company is still the origin of the moves told.</summary>
    private const int ExodusReach = 2;

    private static readonly Lazy<ILookup<string, string>> s_japaneseMoveWords = new(() => LoadMoveWords("japanese-moves.txt"));

    private static readonly Lazy<ILookup<string, string>> s_koreanMoveWords = new(() => LoadMoveWords("korean-moves.txt"));

    /// <summary>The company of the last exodus told, the sentence that told it (or last moved someone from it), and
    /// whether the headline or the lead told it.</summary>
    private (string Lab, int Sentence, bool Topic)? _exodus;

    private ILookup<string, string> MoveWords => Korean ? s_koreanMoveWords.Value : s_japaneseMoveWords.Value;

    /// <summary>The last arrivals told with no origin: the lab joined and the sentence, by person.</summary>
    private readonly Dictionary<string, (string To, int Sentence)> _arrivals = new(StringComparer.Ordinal);

    /// <summary>Adds the Japanese moves of one sentence to <paramref name="events"/> (after the verb rules have read it).</summary>
    private void JapaneseMoves(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        var japanese = _lexicon.Code == "ja";
        if (!japanese && !Korean)
        {
            return;
        }

        if (japanese)
        {
            JapaneseListHeader(index, sentence, ms);
            PostAfterLeaving(index, sentence, ms, events);
            PastClauseOrigin(sentence, ms, events);
            GappedDestinations(index, sentence, ms, events);
            ArrivalNouns(index, sentence, ms, events);
        }

        if (_exodus is { } exodus && index - exodus.Sentence > 0 && (exodus.Topic || index - exodus.Sentence <= ExodusReach))
        {
            ExodusOrigins(index, ms, events, exodus.Lab);
        }

        if (japanese)
        {
            PastThenArrival(index, sentence, ms, events);
        }

        if (ExodusLab(sentence, ms) is { } lab)
        {
            _exodus = (lab, index, HeadlineOrLead(index) || (_exodus is { Topic: true } topic && topic.Lab == lab));
        }
        else if (_exodus is { } current && events.Exists(e => e.From == current.Lab || (e.Kind == EventKind.Leave && e.Lab == current.Lab)))
        {
            _exodus = current with { Sentence = index }; // the wave goes on: another move from the same company
        }
    }

    /// <summary>"X氏とY氏はBに、Z氏はCに移籍した": the people before a lab marked "に、" (its verb left to the end) go there.</summary>
    private void GappedDestinations(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        var verb = ms.FindLastIndex(m => m.IsVerb && (m.Has(Cue.Join) || m.Has(Cue.Move)));
        var segment = 0;
        for (var i = 0; i < verb; i++)
        {
            if (ms[i] is not { Kind: MentionKind.Lab, Modifier: false, Name: { } to } || !StartsWithAny(SkipClosing(ms[i].CharEnd), "に、", "へ、", "に,"))
            {
                continue;
            }

            var people = ms.Skip(segment).Take(i - segment).Where(IsNamedPerson).ToList();
            // The list is the clause's subject: its last name is marked "は", "が" or "も".
            if (people.Count > 0 && StartsWithAny(SkipHonorific(people[^1].CharEnd), "は", "が", "も"))
            {
                foreach (var person in people.Select(p => p.Name!).Distinct(StringComparer.Ordinal))
                {
                    if (!events.Exists(e => e.Person == person && e.Kind is EventKind.Join or EventKind.Move or EventKind.Leave))
                    {
                        var origin = HeldElsewhere(events, person, to);
                        events.Add(new ArticleEvent(EventKind.Join, person, to, _dateFor(index, ms, verb), 0.6, index, sentence.Start, sentence.End) { From = origin });
                    }
                }
            }

            segment = i + 1;
        }
    }

    /// <summary>"Bは、X氏の加入を発表", "X氏のBへの移籍": a person in the genitive before a noun of arrival joins the lab named
    /// between them ("への"), else the lab the sentence is about (marked "は" or "が" before the person).</summary>
    private void ArrivalNouns(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        for (var i = 0; i < ms.Count; i++)
        {
            if (!IsNamedPerson(ms[i]) || ms[i].Name is not { } person)
            {
                continue;
            }

            var at = SkipHonorific(ms[i].CharEnd);
            if (at >= sentence.End || _text[at] != 'の')
            {
                continue;
            }

            at++;
            string? to = null;
            if (i + 1 < ms.Count && ms[i + 1] is { Kind: MentionKind.Lab, Modifier: false, Name: { } named } && ms[i + 1].Start == at
                && StartsWithAny(SkipClosing(ms[i + 1].CharEnd), "への", "に"))
            {
                to = named;
                at = SkipClosing(ms[i + 1].CharEnd);
                at += _text[at] == 'へ' ? 2 : 1;
            }

            var word = MoveWords["arrival"].FirstOrDefault(w => string.CompareOrdinal(_text, at, w, 0, w.Length) == 0);
            // The noun stands alone, marked by a particle or ending the clause ("加入を", "移籍が", "入社。"), not inside a
            // compound ("移籍先", "入社式").
            if (word is null || (at + word.Length < sentence.End && "をがはもに、。,".IndexOf(_text[at + word.Length], StringComparison.Ordinal) < 0))
            {
                continue;
            }

            to ??= ms.Take(i).FirstOrDefault(m => m is { Kind: MentionKind.Lab, Modifier: false, Name: not null } && StartsWithAny(SkipClosing(m.CharEnd), "は", "が"))?.Name;
            if (to is null || events.Exists(e => e.Person == person && e.Kind is EventKind.Join or EventKind.Move && e.Lab == to))
            {
                continue;
            }

            events.Add(new ArticleEvent(EventKind.Join, person, to, _dateFor(index, ms, i), 0.6, index, sentence.Start, sentence.End) { From = HeldElsewhere(events, person, to) });
        }
    }

    /// <summary>"X氏は以前、Aで…を率いていた" after X's arrival at B was told without an origin (in this sentence's two
    /// predecessors): X moved from A to B. Arrivals of this sentence with no origin are remembered for the next ones.</summary>
    private void PastThenArrival(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        var past = MoveWords["past"];
        if (_arrivals.Count > 0 && past.Any(w => _text.IndexOf(w, sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal) >= 0))
        {
            // "同氏は以前…": the pronoun stands for the person the article is about.
            foreach (var m in ms.Where(m => (IsNamedPerson(m) || m is { Kind: MentionKind.Person, Pronoun: true }) && StartsWithAny(SkipHonorific(m.CharEnd), "は", "が")))
            {
                if ((m.Pronoun ? _state.SalientPerson : m.Name) is not { } person)
                {
                    continue;
                }

                var labs = events.Where(e => e.Person == person && e.Kind is EventKind.Role or EventKind.Work && e.Lab is not null).Select(e => e.Lab!).Distinct(StringComparer.Ordinal).Take(2).ToList();
                if (labs.Count == 1 && _arrivals.TryGetValue(person, out var arrival) && index - arrival.Sentence is > 0 and <= 2
                    && !CareerReasoning.SameEmployer(_state, labs[0], arrival.To) && !events.Exists(e => e.Person == person && e.Kind is EventKind.Join or EventKind.Move or EventKind.Leave))
                {
                    events.Add(new ArticleEvent(EventKind.Join, person, arrival.To, null, 0.5, index, sentence.Start, sentence.End) { From = labs[0] });
                    _arrivals.Remove(person);
                }
            }
        }

        foreach (var e in events.Where(e => e is { Kind: EventKind.Join or EventKind.Move, From: null, Lab: not null }))
        {
            if (_arrivals.Count < 64 || _arrivals.ContainsKey(e.Person))
            {
                _arrivals[e.Person] = (e.Lab!, index);
            }
        }
    }

    /// <summary>Gives the exodus's company as the origin of this sentence's arrivals that have none, name their person here
    /// (a subject carried over from an earlier sentence is only a guess) and tie the person to no other lab, here or earlier
    /// in the article.</summary>
    private void ExodusOrigins(int index, List<Mention> ms, List<ArticleEvent> events, string lab)
    {
        for (var e = 0; e < events.Count; e++)
        {
            var arrival = events[e];
            if (arrival is { Kind: EventKind.Join or EventKind.Move, From: null, Lab: { } to } && !CareerReasoning.SameEmployer(_state, to, lab)
                && HeldElsewhere(events, arrival.Person, to) is null && !_state.TiedBefore(arrival.Person, index - 1, to)
                && ms.Exists(m => IsNamedPerson(m) && m.Name == arrival.Person))
            {
                events[e] = arrival with { From = lab, Confidence = arrival.Confidence * 0.8 };
            }
        }
    }

    /// <summary>
    /// The company a sentence tells an exodus from: "Aからの人材流出", "Aから3人が退社", "Aを去る研究者", "A 인재 이탈",
    /// "A에서 연구원들이 떠나" with no one named in the sentence as its subject (a named person's own move is theirs alone),
    /// or "Aは…を失った" (a company losing people).
    /// </summary>
    private string? ExodusLab(Sentence sentence, List<Mention> ms)
    {
        // A named subject makes the departure that person's own; a name in the genitive ("X氏の退社に加え、Aから3人が退社") does not.
        var named = ms.Exists(m => IsNamedPerson(m) && (StartsWithAny(SkipHonorific(m.CharEnd), "は", "が", "も") || SubjectMarked(m, ms)));
        var words = MoveWords;
        var exodus = words["exodus"];
        foreach (var m in ms)
        {
            if (m is not { Kind: MentionKind.Lab, Modifier: false, Name: { } lab })
            {
                continue;
            }

            var at = SkipClosing(m.CharEnd);
            var window = _text.Substring(at, Math.Max(0, Math.Min(sentence.End - at, 40)));
            // "AのXチームから3人が退社": a unit of the company in the genitive, then the origin.
            var from = window.StartsWith('の') ? window.IndexOf("から", StringComparison.Ordinal) : -1;
            if (from is > 0 and <= 24 && window.IndexOf('、', 0, from) < 0)
            {
                window = window[from..];
            }

            if (!named && (StartsWithParticle(window, CaseMark.From) is not null || PeopleNounAfter(window, words["people"]))
                && exodus.Any(w => window.Contains(w, StringComparison.Ordinal)))
            {
                return lab;
            }

            // "Aを去る研究者", "A를 떠나는 연구원들": the company is the object of the exodus word itself.
            if (!named && StartsWithParticle(window, CaseMark.Object) is { } objectEnd
                && exodus.Any(w => window.AsSpan(objectEnd).TrimStart().StartsWith(w, StringComparison.Ordinal)))
            {
                return lab;
            }

            if ((window.StartsWith("は", StringComparison.Ordinal) || window.StartsWith("が", StringComparison.Ordinal))
                && words["loss"].Any(w => _text.IndexOf("を" + w, at, Math.Max(0, Math.Min(sentence.End - at, 48)), StringComparison.Ordinal) >= 0))
            {
                return lab;
            }
        }

        return null;
    }

    /// <summary>Whether the sentence is the article's headline (a first line of its own) or the lead right after it: an
    /// exodus told there is what the article is about, while one told in passing in the body reaches only the next
    /// sentences.</summary>
    private bool HeadlineOrLead(int index)
    {
        var sentences = _state.Sentences;
        return index <= 1 && sentences.Count > 1 && _text.AsSpan(sentences[0].End, sentences[1].Start - sentences[0].End).IndexOfAny('\n', '\r') >= 0;
    }

    /// <summary>The length of the particle of <paramref name="mark"/> that opens <paramref name="window"/>, or null.</summary>
    private int? StartsWithParticle(string window, CaseMark mark)
    {
        foreach (var (particle, m) in _lexicon.Particles)
        {
            if (m == mark && window.StartsWith(particle, StringComparison.Ordinal))
            {
                return particle.Length;
            }
        }

        return null;
    }

    /// <summary>"の人材", "의 인재", " 인력": a noun for a company's people right after it (in the genitive or bare).</summary>
    private bool PeopleNounAfter(string window, IEnumerable<string> nouns)
    {
        var rest = window.AsSpan();
        rest = StartsWithParticle(window, CaseMark.Genitive) is { } genitive ? rest[genitive..] : rest;
        rest = rest.TrimStart();
        foreach (var noun in nouns)
        {
            if (rest.StartsWith(noun, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNamedPerson(Mention m) => m is { Kind: MentionKind.Person, Pronoun: false, Name: not null };

    private bool StartsWithAny(int at, params string[] words) =>
        at < _text.Length && Array.Exists(words, w => _text.AsSpan(at).StartsWith(w, StringComparison.Ordinal));

    /// <summary>The offset after closing quotes and brackets and the suffix "社" that may follow a lab's name.</summary>
    private int SkipClosing(int at)
    {
        while (at < _text.Length && _text[at] is '」' or '』' or '"' or '”' or '’' or '\'' or ')' or '）' or '】' or '社')
        {
            at++;
        }

        return at;
    }

    /// <summary>The offset after the honorific ("氏", "さん") that may follow a person's name.</summary>
    private int SkipHonorific(int at)
    {
        if (at < _text.Length && _text[at] == '氏')
        {
            return at + 1;
        }

        return _text.AsSpan(at).StartsWith("さん", StringComparison.Ordinal) ? at + 2 : at;
    }

    private static ILookup<string, string> LoadMoveWords(string file)
    {
        const string shape = "<word><TAB>arrival|exodus|loss|past|people";
        var resource = "lexicons/" + file;
        var rows = EmbeddedTable.Rows(resource, 2, shape);
        foreach (var (line, fields) in rows)
        {
            if (fields[1] is not ("arrival" or "exodus" or "loss" or "past" or "people"))
            {
                throw EmbeddedTable.BadValue(resource, line, fields[1], shape);
            }
        }

        return rows.ToLookup(r => r.Fields[1], r => r.Fields[0], StringComparer.Ordinal);
    }
}
