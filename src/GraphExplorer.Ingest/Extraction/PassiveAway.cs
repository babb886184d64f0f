using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "X was poached from A by B", "X was lured away from A", "X a été débauché de A par B": a passive verb that takes the
/// person away from the lab after it. Read as a move from A to the agent B, or as leaving A when no agent is named. The
/// active reading of the same verb ("B poached X") would take the person's name for the hirer, so this one comes first.
/// </summary>
internal static class PassiveAway
{
    public static IEnumerable<ArticleEvent> Moves(LanguageLexicon lexicon, List<Token> tokens, List<Mention> ms, int index, Sentence sentence)
    {
        if (lexicon.PassiveAway.Count == 0)
        {
            yield break;
        }

        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var length = lexicon.PassiveAway.Where(p => t + p.Length <= sentence.EndToken && p.Select((w, i) => tokens[t + i].Key == w).All(x => x)).Select(p => p.Length).DefaultIfEmpty(0).Max();
            if (length == 0)
            {
                continue;
            }

            var after = t + length;
            var person = ms.LastOrDefault(m => m.End <= t && m is { Kind: MentionKind.Person, Name: not null, Comitative: false });
            var origin = ms.FirstOrDefault(m => m.First >= after && m.First - after <= 1 && m is { Kind: MentionKind.Lab, Name: not null });
            if (person is null || origin is null)
            {
                continue;
            }

            // The agent: "by B" right after the origin (a date or place may stand between: "from A in June by B").
            var agent = ms.FirstOrDefault(m => m.First > origin.End && m.First - origin.End <= 5 && m is { Kind: MentionKind.Lab, Name: not null }
                && m.Name != origin.Name && m.First > 0 && lexicon.AgentWords.Contains(tokens[m.First - 1].Key));
            yield return agent is not null
                ? new ArticleEvent(EventKind.Move, person.Name!, agent.Name, null, 0.8, index, sentence.Start, sentence.End) { From = origin.Name }
                : new ArticleEvent(EventKind.Leave, person.Name!, origin.Name, null, 0.7, index, sentence.Start, sentence.End);
            t = after;
        }
    }
}
