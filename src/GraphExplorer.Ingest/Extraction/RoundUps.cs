namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Round-ups of departures: "xAI has lost a string of senior staff. The departures include: - A, who ran
/// pretraining, has since started at Anthropic. - B joined Microsoft in September", "네이버 핵심 인력들이 잇따라 회사를
/// 떠나고 있다 … 이서연 책임연구원도 삼성전자에 합류했다". A sentence with a departure header of the language names the
/// lab people are leaving (the lab it names nearest the header, else the lab the article is about); in the passage
/// after it, a person told only to arrive somewhere else, with no other past post, came from that lab.
/// </summary>
internal static class RoundUps
{
    // A round-up tells who went where right after its header: the header's lab is the origin for the next two
    // sentences, and for two more after each one that moves someone from it (the wave goes on). The same reach as the
    // Japanese and Korean exodus rule (HeadFinalRules.JapaneseMoves), so that a lab named in passing long before an
    // arrival is not its origin.
    private const int Reach = 2;

    public static void Apply(ArticleState state, List<List<Mention>> mentions)
    {
        var headers = state.Lexicon.DepartureHeaders;
        if (headers.Count == 0)
        {
            return;
        }

        // Events change their origin here, never their person or sentence, so the indexes stay true throughout.
        Index? index = null;
        for (var s = 0; s < state.Sentences.Count; s++)
        {
            var sentence = state.Sentences[s];
            var ms = mentions[s];
            var cue = HiringPosts.Phrases(state, headers, sentence.FirstToken, sentence.EndToken).Select(p => p.Start).DefaultIfEmpty(-1).First();
            // A header tells that people left, not who: a name before it makes it one person's story ("X left A").
            if (cue < 0 || ms.Exists(m => m is { Kind: MentionKind.Person, Pronoun: false, Name: not null } && m.First < cue)
                || (HeaderLab(ms, cue) ?? state.TopicLab) is not { } lab)
            {
                continue;
            }

            index ??= new Index(state.Events);
            Passage(state, index, s, lab);
        }
    }

    /// <summary>The positions of the article's events by sentence and by person, so a long article's passages and
    /// arrivals are completed without scanning every event for each (linear in the article's length).</summary>
    private sealed class Index(List<ArticleEvent> events)
    {
        public ILookup<int, int> BySentence { get; } = Enumerable.Range(0, events.Count).ToLookup(i => events[i].Sentence);

        public ILookup<string, int> ByPerson { get; } = Enumerable.Range(0, events.Count).ToLookup(i => events[i].Person, StringComparer.Ordinal);
    }

    /// <summary>Completes the arrivals of the passage after the header at <paramref name="header"/>: the whole article
    /// when the headline or the lead is the header, else the reach of the wave, list items after the header included.</summary>
    private static void Passage(ArticleState state, Index index, int header, string lab)
    {
        var sentences = state.Sentences;
        var end = HeadlineOrLead(state, header) ? sentences.Count : Math.Min(sentences.Count, header + Reach + 1);
        for (var t = header; t < end; t++)
        {
            if (t + 1 < sentences.Count && sentences[t + 1].IsListItem)
            {
                end = Math.Max(end, t + 2);
            }

            foreach (var person in index.BySentence[t].Select(i => state.Events[i].Person).Distinct(StringComparer.Ordinal).ToList())
            {
                if (Complete(state, index, person, t, lab))
                {
                    end = Math.Min(sentences.Count, Math.Max(end, t + Reach + 1));
                }
            }
        }
    }

    /// <summary>Whether the sentence is the headline (a first line of its own) or the lead right after it.</summary>
    private static bool HeadlineOrLead(ArticleState state, int index)
    {
        var sentences = state.Sentences;
        return index <= 1 && sentences.Count > 1 && state.Text.AsSpan(sentences[0].End, sentences[1].Start - sentences[0].End).IndexOfAny('\n', '\r') >= 0;
    }

    /// <summary>The lab of the header sentence: the nearest named before the header phrase, else the first after it.</summary>
    private static string? HeaderLab(List<Mention> ms, int cue)
    {
        var labs = ms.Where(m => m is { Kind: MentionKind.Lab, Anaphor: false, Name: not null }).ToList();
        return labs.LastOrDefault(m => m.End <= cue)?.Name ?? labs.FirstOrDefault(m => m.First >= cue)?.Name;
    }

    /// <summary>Gives the person's arrival in sentence <paramref name="at"/> the round-up's lab as origin, when nothing
    /// else in the article says where they came from; whether it did.</summary>
    private static bool Complete(ArticleState state, Index index, string person, int at, string lab)
    {
        var positions = index.ByPerson[person].ToList();
        var mine = positions.ConvertAll(i => state.Events[i]);
        var arrival = mine.Find(e => e.Sentence == at && e.Kind is EventKind.Join or EventKind.Move or EventKind.FoundEvent
            && e.Lab is not null && e.From is null && !CareerReasoning.SameEmployer(state, e.Lab, lab));
        if (arrival is null || mine.Exists(e => e.From is not null))
        {
            return false;
        }

        // Another lab in the person's past or present ("Meta's X", "former Apple engineer X") is where they came from.
        var elsewhere = mine.Exists(e => e.Lab is { } other && !CareerReasoning.SameEmployer(state, other, lab)
            && (e.Kind is EventKind.Leave or EventKind.FoundTitle or EventKind.FoundPossessive
                || (e.Kind is EventKind.Role or EventKind.Work && !CareerReasoning.SameEmployer(state, other, arrival.Lab!))
                || (e.Kind is EventKind.Join or EventKind.Move or EventKind.FoundEvent && e != arrival && !CareerReasoning.SameEmployer(state, other, arrival.Lab!))));
        if (elsewhere)
        {
            return false;
        }

        state.Events[positions[mine.IndexOf(arrival)]] = arrival with { From = lab, Confidence = arrival.Confidence * 0.8 };
        foreach (var i in positions)
        {
            if (state.Events[i] is { Kind: EventKind.Leave, Lab: null } leave && leave.Person == person && leave.Sentence == at)
            {
                // "left in August and has since started at B": the departure the round-up tells was from its lab.
                state.Events[i] = leave with { Lab = lab };
            }
        }

        return true;
    }
}
