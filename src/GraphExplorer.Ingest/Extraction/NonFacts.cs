namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Moves that are not facts (labelling rule 1): "reports that X was in talks to join B were dismissed", "Meta tried to
/// recruit X", "百度方面对此予以否认", "移籍の噂", "합류설이 나왔다". A sentence holding one of the language's non-fact
/// cues tells a rumour, a denial, an offer or an approach, so the arrivals read in it and the posts at the labs they
/// name are dropped; what the sentence says of the person's past ("former Google DeepMind director X") stands.
/// </summary>
internal static class NonFacts
{
    public static void Apply(ArticleState state)
    {
        var cues = state.Lexicon.NonFactCues;
        if (cues.Count == 0)
        {
            return;
        }

        var unsure = new HashSet<int>();
        for (var s = 0; s < state.Sentences.Count; s++)
        {
            var sentence = state.Sentences[s];
            if (HiringPosts.Phrases(state, cues, sentence.FirstToken, sentence.EndToken).Any())
            {
                unsure.Add(s);
            }
        }

        if (unsure.Count == 0)
        {
            return;
        }

        var arrivals = state.Events.Where(e => unsure.Contains(e.Sentence) && e.Kind is EventKind.Join or EventKind.Move or EventKind.FoundEvent).ToList();
        var rumoured = arrivals.Where(e => e.Lab is not null).Select(e => (e.Sentence, e.Person, Lab: e.Lab!)).ToHashSet();
        var arrivalSentences = arrivals.Select(e => e.Sentence).ToHashSet();
        state.Events.RemoveAll(e => unsure.Contains(e.Sentence) && (e.Kind is EventKind.Join or EventKind.Move or EventKind.FoundEvent
            // "denied that he had resigned": with no arrival beside it, the departure itself is what is denied.
            || (e.Kind == EventKind.Leave && !arrivalSentences.Contains(e.Sentence))
            // "in talks to become B's CTO": the post at the rumoured lab is as unsure as the move.
            || (e.Kind is EventKind.Role or EventKind.Work && !e.Former && e.Lab is not null && rumoured.Contains((e.Sentence, e.Person, e.Lab)))));
    }
}
