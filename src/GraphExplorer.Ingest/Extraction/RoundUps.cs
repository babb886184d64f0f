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
    // A round-up tells its departures right after its header, one item or one short paragraph each.
    private const int PassageSentences = 8;

    public static void Apply(ArticleState state, List<List<Mention>> mentions)
    {
        var headers = state.Lexicon.DepartureHeaders;
        if (headers.Count == 0)
        {
            return;
        }

        var passages = new List<(int From, int To, string Lab)>();
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

            passages.Add((s, Math.Min(state.Sentences.Count, s + PassageSentences + 1), lab));
        }

        foreach (var (from, to, lab) in passages)
        {
            foreach (var person in state.Events.Where(e => e.Sentence >= from && e.Sentence < to).Select(e => e.Person).Distinct(StringComparer.Ordinal).ToList())
            {
                Complete(state, person, from, to, lab);
            }
        }
    }

    /// <summary>The lab of the header sentence: the nearest named before the header phrase, else the first after it.</summary>
    private static string? HeaderLab(List<Mention> ms, int cue)
    {
        var labs = ms.Where(m => m is { Kind: MentionKind.Lab, Anaphor: false, Name: not null }).ToList();
        return labs.LastOrDefault(m => m.End <= cue)?.Name ?? labs.FirstOrDefault(m => m.First >= cue)?.Name;
    }

    /// <summary>Gives the person's first arrival in the passage the round-up's lab as origin, when nothing else in the
    /// article says where they came from.</summary>
    private static void Complete(ArticleState state, string person, int from, int to, string lab)
    {
        var mine = state.Events.Where(e => e.Person == person).ToList();
        var arrival = mine.Find(e => e.Sentence >= from && e.Sentence < to && e.Kind is EventKind.Join or EventKind.Move or EventKind.FoundEvent
            && e.Lab is not null && e.From is null && !CareerReasoning.SameEmployer(state, e.Lab, lab));
        if (arrival is null || mine.Exists(e => e.From is not null))
        {
            return;
        }

        // Another lab in the person's past or present ("Meta's X", "former Apple engineer X") is where they came from.
        var elsewhere = mine.Exists(e => e.Lab is { } other && !CareerReasoning.SameEmployer(state, other, lab)
            && (e.Kind is EventKind.Leave or EventKind.FoundTitle or EventKind.FoundPossessive
                || (e.Kind is EventKind.Role or EventKind.Work && !CareerReasoning.SameEmployer(state, other, arrival.Lab!))
                || (e.Kind is EventKind.Join or EventKind.Move or EventKind.FoundEvent && e != arrival && !CareerReasoning.SameEmployer(state, other, arrival.Lab!))));
        if (elsewhere)
        {
            return;
        }

        var at = state.Events.IndexOf(arrival);
        state.Events[at] = arrival with { From = lab, Confidence = arrival.Confidence * 0.8 };
        for (var i = 0; i < state.Events.Count; i++)
        {
            if (state.Events[i] is { Kind: EventKind.Leave, Lab: null } leave && leave.Person == person && leave.Sentence >= from && leave.Sentence < to)
            {
                // "left in August and has since started at B": the departure the round-up tells was from its lab.
                state.Events[i] = leave with { Lab = lab };
            }
        }
    }
}
