using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "joined B, a startup founded in 2022", "B, which was set up last year", "rejoint la start-up B, fondée l'an dernier":
/// the founding participle describes the lab before it. With no founder named after it, nobody in the sentence founded
/// the lab, least of all the person who joined or left it, to whom the verb was attributed as an active "founded".
/// </summary>
internal sealed partial class SentenceRules
{
    // Between the lab's comma and the participle: a noun phrase saying what the lab is ("a startup"), a relative pronoun
    // and a passive auxiliary ("which was", "qui a été").
    private const int MaxWordsBetweenLabAndParticiple = 4;

    // After an active "founded" comes what was founded ("founded the startup B", "a fondé sa société"); after the
    // participle comes when, where or by whom.
    private static readonly HashSet<string> s_objectOpeners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "his", "her", "their", "its", "our", "la", "le", "les", "un", "une", "sa", "son", "ses", "leur", "leurs", "des", "du",
    };

    // Participles of more than one word; the other phrases of more than one word are active ("a fondé", "went on to found").
    private static readonly HashSet<string> s_participlePhrases = new(StringComparer.Ordinal) { "set up", "spun up" };

    private bool FoundingParticipleDescribesLab(List<Mention> ms, int k, CueEntry cue)
    {
        var verb = ms[k];
        if (cue.Cue != Cue.Found || k == 0 || (cue.Phrase.Contains(' ', StringComparison.Ordinal) && !s_participlePhrases.Contains(cue.Phrase)) || verb.End >= _tokens.Count)
        {
            return false;
        }

        var next = _tokens[verb.End];
        if (next.Kind == TokenKind.Word && (next.Capitalized || s_objectOpeners.Contains(next.Key)))
        {
            return false;
        }

        // "离开字节跳动，创立了星河科技": a Chinese founding verb with its aspect mark or its object right after it is the
        // next clause of the person before, not a description of the lab before the comma ("字节跳动，成立于2012年").
        if (_lexicon.Code.StartsWith("zh", StringComparison.Ordinal) && (next.Key == "了" || ms.Exists(x => x.Kind == MentionKind.Lab && x.First == verb.End)))
        {
            return false;
        }

        // "X, exingeniero de Amazon, fundó este año Tlacuilo AI": a lab named right after the verb is what it founded, so the
        // verb is active and describes nothing before it ("B, fundada en 2022 por X" names a person, not a lab).
        if (ms.Skip(k + 1).TakeWhile(x => !x.IsVerb && x.Kind != MentionKind.Person).Any(x => x is { Kind: MentionKind.Lab, Anaphor: false, Modifier: false } && x.First - verb.End <= 3))
        {
            return false;
        }

        // "X, mantan kepala data A, mendirikan perusahaan rintisan … bernama B", "fundó una startup llamada B": a company
        // noun right after the verb (an article at most between) is its object, so the verb is active; a participle
        // describing the lab before the comma is followed by when, where or by whom, never by a company noun.
        if (k + 1 < ms.Count && ms[k + 1] is { Kind: MentionKind.Cue } noun && noun.Has(Cue.StartupNoun) && noun.First - verb.End <= 1)
        {
            return false;
        }

        var before = ms.FindLastIndex(k - 1, k, x => x.Kind is MentionKind.Person or MentionKind.Lab || x.IsVerb);
        if (before < 0 || ms[before] is not { Kind: MentionKind.Lab } lab)
        {
            return false;
        }

        var comma = verb.First - 1;
        while (comma > lab.End && verb.First - comma <= MaxWordsBetweenLabAndParticiple && _tokens[comma] is { Kind: TokenKind.Word, Capitalized: false })
        {
            comma--;
        }

        return comma == lab.End && _tokens[comma] is { Kind: TokenKind.Punct, Key: "," };
    }
}
