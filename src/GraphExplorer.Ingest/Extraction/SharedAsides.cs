using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// An aside set off by commas after one name or a list of names that says where they all worked before: "X, formerly of
/// A, joined B"; "X, Y and Z, all former A researchers, …"; "X and Y, both A veterans, …"; "X et Y, tous deux anciens de
/// A, …"; "X, from A, …". News shares one aside among every name of the list before it. The aside states a past tenure
/// for each, which an arrival told in the sentence (or elsewhere in the article) turns into the move.
/// </summary>
internal static class SharedAsides
{
    /// <summary>Words that spread an aside over the list ("all", "both", "tous deux"), skipped before it.</summary>
    private static readonly HashSet<string> s_quantifiers = new(StringComparer.Ordinal)
    {
        "all", "both", "each", "tous", "toutes", "deux", "trois", "todos", "todas", "ambos", "ambas", "los", "las", "dos", "tres",
        "alle", "beide", "drei", "semua", "keduanya", "ketiganya", "os", "as", "três", "a", "an", "un", "une", "uma", "um", "una", "uno",
    };

    /// <summary>Tokens that may stand between the parts of an aside ("ex-A", "formerly of the A lab").</summary>
    private static readonly HashSet<string> s_gapTokens = new(StringComparer.Ordinal) { "-", "the", "la", "le", "l", "el", "o", "a", "der", "die", "das", "dem" };

    /// <summary>The past tenures stated by comma asides after names in one sentence, for people not yet tied to that lab.</summary>
    public static List<ArticleEvent> FormerTenures(List<Mention> ms, List<Token> tokens, List<ArticleEvent> events, int index, Sentence sentence)
    {
        var added = new List<ArticleEvent>();
        for (var p = 0; p + 1 < ms.Count; p++)
        {
            if (ms[p] is not { Kind: MentionKind.Person, Pronoun: false, Name: not null } || ms[p + 1].Kind == MentionKind.Person
                || ms[p].End >= sentence.EndToken || tokens[ms[p].End].Key != ",")
            {
                continue;
            }

            var start = ms[p].End + 1;
            while (start < sentence.EndToken && start - ms[p].End <= 2 && s_quantifiers.Contains(tokens[start].Key))
            {
                start++;
            }

            if (AsideLab(ms, tokens, p + 1, start, sentence) is not { } lab)
            {
                continue;
            }

            foreach (var person in ListEndingAt(ms, tokens, p))
            {
                if (!events.Exists(e => e.Person == person && e.Lab == lab) && !added.Exists(e => e.Person == person))
                {
                    added.Add(new ArticleEvent(EventKind.Work, person, lab, null, 0.7, index, sentence.Start, sentence.End) { Former = true });
                }
            }
        }

        return added;
    }

    /// <summary>The lab of an aside opening at token <paramref name="start"/> with mention <paramref name="m"/> and closed
    /// by a comma, a bracket or the sentence's end: "former(ly) [title] [of] A", "ex-A", "A veterans", "alumni of A",
    /// "from A". Null when the mentions there say anything else.</summary>
    private static string? AsideLab(List<Mention> ms, List<Token> tokens, int m, int start, Sentence sentence)
    {
        if (m >= ms.Count || ms[m].First != start || ms[m].Kind != MentionKind.Cue)
        {
            return LabThenAlumnus(ms, tokens, m, start, sentence);
        }

        var opener = ms[m];
        if (!opener.Has(Cue.Former) && !opener.Has(Cue.FromPrep) && !opener.Has(Cue.Alumnus))
        {
            return null;
        }

        // Any titles and "of" may follow the opener before the lab ("former research scientists at A" has its own rule).
        var at = m + 1;
        var previousEnd = opener.End;
        while (at < ms.Count && ms[at].Kind == MentionKind.Cue && (ms[at].IsRole || ms[at].Has(Cue.Genitive)) && !ms[at].IsVerb && Adjacent(tokens, previousEnd, ms[at].First))
        {
            previousEnd = ms[at].End;
            at++;
        }

        if (at >= ms.Count || ms[at] is not { Kind: MentionKind.Lab, Modifier: false, Name: { } lab } || !Adjacent(tokens, previousEnd, ms[at].First))
        {
            return null;
        }

        // A title after the lab belongs to the aside too ("former A researchers").
        var end = ms[at].End;
        if (at + 1 < ms.Count && ms[at + 1] is { Kind: MentionKind.Cue } after && (after.IsRole || after.Has(Cue.Alumnus)) && after.First == end)
        {
            end = after.End;
        }

        return Closed(tokens, end, sentence) ? lab : null;
    }

    /// <summary>"A veterans", "A alumni", "A alums": a lab right at the aside's start and a word for its former staff.</summary>
    private static string? LabThenAlumnus(List<Mention> ms, List<Token> tokens, int m, int start, Sentence sentence) =>
        m + 1 < ms.Count && ms[m] is { Kind: MentionKind.Lab, Modifier: false, Name: { } lab } && ms[m].First == start
        && ms[m + 1] is { Kind: MentionKind.Cue } alumnus && alumnus.Has(Cue.Alumnus) && alumnus.First == ms[m].End && Closed(tokens, alumnus.End, sentence)
            ? lab
            : null;

    /// <summary>Whether the tokens from <paramref name="from"/> to <paramref name="to"/> are at most one connecting token.</summary>
    private static bool Adjacent(List<Token> tokens, int from, int to) => to == from || (to == from + 1 && s_gapTokens.Contains(tokens[from].Key));

    /// <summary>Whether the aside ends at <paramref name="end"/>: a comma, a closing bracket or the sentence's end.</summary>
    private static bool Closed(List<Token> tokens, int end, Sentence sentence) =>
        end >= sentence.EndToken || tokens[end].Key is "," or ")" or "." or ";" || (tokens[end].Kind == TokenKind.Punct && end + 1 >= sentence.EndToken);

    /// <summary>The people of the list whose last name is mention <paramref name="last"/>: names joined by commas and "and"
    /// ("X, Y and Z"), read back from the last one.</summary>
    private static List<string> ListEndingAt(List<Mention> ms, List<Token> tokens, int last)
    {
        var people = new List<string> { ms[last].Name! };
        var k = last;
        while (k > 0)
        {
            var previous = ms[k - 1];
            if (previous is { Kind: MentionKind.Person, Pronoun: false, Name: { } name } && previous.End + 1 == ms[k].First && tokens[previous.End].Key == ",")
            {
                people.Add(name);
                k--;
            }
            else if (k > 1 && previous is { Kind: MentionKind.Cue } coord && coord.Has(Cue.Coord) && coord.End == ms[k].First
                && ms[k - 2] is { Kind: MentionKind.Person, Pronoun: false, Name: { } first } && (ms[k - 2].End == coord.First || (ms[k - 2].End + 1 == coord.First && tokens[ms[k - 2].End].Key == ",")))
            {
                people.Add(first);
                k -= 2;
            }
            else
            {
                break;
            }
        }

        return people;
    }
}
