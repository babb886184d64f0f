using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "O executivo X, que estava na A, foi contratado para liderar …", "X fue fichado para dirigir …": a passive hire with
/// no agent in an article about a lab. The hirer goes unsaid because the article is about it, so the lab mentioned most
/// so far is where the person arrives; a lab the sentence ties to the person (the origin) is never that hirer.
/// </summary>
internal static class LatinHires
{
    private static readonly HashSet<string> s_agents = new(StringComparer.Ordinal) { "pela", "pelo", "pelas", "pelos", "por" };

    public static IEnumerable<ArticleEvent> UnsaidHirer(LanguageLexicon lexicon, string? topicLab, List<Token> tokens, List<Mention> ms, int index, Sentence sentence)
    {
        if (lexicon.PassiveHires.Count == 0 || topicLab is null)
        {
            yield break;
        }

        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var length = lexicon.PassiveHires.Find(p => t + p.Length <= sentence.EndToken && p.Select((w, i) => tokens[t + i].Key == w).All(x => x))?.Length ?? 0;
            if (length == 0)
            {
                continue;
            }

            var after = t + length;
            if (after < sentence.EndToken && s_agents.Contains(tokens[after].Key))
            {
                yield break; // the agent is named: the join phrases read it
            }

            var person = ms.LastOrDefault(m => m.End <= t && m is { Kind: MentionKind.Person, Name: not null, Comitative: false });
            if (person is null || ms.Exists(m => m.Kind == MentionKind.Lab && m.Name == topicLab) || ms.Exists(m => m.First > t && m is { Kind: MentionKind.Lab, Modifier: false }))
            {
                yield break; // the hirer is in the sentence, or a lab after the verb may be it: the sentence rules decide
            }

            yield return new ArticleEvent(EventKind.Join, person.Name!, topicLab, null, 0.5, index, sentence.Start, sentence.End);
            yield break;
        }
    }

    /// <summary>
    /// "el fichaje de X por Anthropic", "a contratação de X pela Meta": a hiring noun, the person hired, then the agent
    /// marker and a lab, side by side; that lab hired the person, whatever lab the sentence named before. Null when the
    /// four do not follow one another.
    /// </summary>
    public static string? AgentAfterHiredPerson(List<Mention> ms, int k) =>
        k + 3 < ms.Count
        && ms[k + 1] is { Kind: MentionKind.Person, Pronoun: false, Name: not null } person && person.First == ms[k].End
        && ms[k + 2] is { Kind: MentionKind.Cue } agent && agent.Has(Cue.PassiveBy) && agent.First == person.End
        && ms[k + 3] is { Kind: MentionKind.Lab, Modifier: false, Anaphor: false } lab && lab.First == agent.End
            ? lab.Name
            : null;
}
