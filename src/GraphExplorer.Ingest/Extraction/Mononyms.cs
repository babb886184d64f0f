using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// People known by one name, as many Indonesians are ("Sutrisno", "Bayu"): a lone capitalised word that no full name in
/// the article explains names nobody, unless the article treats it as a person. It does when the word is listed with a
/// full name ("bersama dua rekannya, Bayu dan Yohanes Siregar"), or, in Indonesian, when a relative clause after it
/// tells a post or a move ("Sutrisno, yang sebelumnya memimpin tim data di Tokopedia, …").
/// </summary>
internal static class Mononyms
{
    /// <summary>How many tokens after "yang" the clause's post or move may start.</summary>
    private const int ClauseReach = 4;

    /// <summary>The folded surfaces of the lone words the article uses as people's names.</summary>
    public static HashSet<string> Find(ArticleState state, List<List<Mention>> sentences)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ms in sentences)
        {
            for (var i = 0; i < ms.Count; i++)
            {
                if (ms[i] is { Kind: MentionKind.Person, ShortForm: true, Unknown: true, Pronoun: false } lone
                    && !AfterPlacePreposition(state, lone) && (ListedWithAFullName(ms, i) || (state.Lexicon.Code == "id" && TellsAPostInARelativeClause(state, ms, i))))
                {
                    found.Add(Tokenizer.Fold(lone.Surface));
                }
            }
        }

        return found;
    }

    private static bool ListedWithAFullName(List<Mention> ms, int i) =>
        (i + 2 < ms.Count && IsCoordination(ms[i + 1]) && IsFullName(ms[i + 2]) && ms[i + 1].First == ms[i].End && ms[i + 2].First == ms[i + 1].End)
        || (i >= 2 && IsCoordination(ms[i - 1]) && IsFullName(ms[i - 2]) && ms[i].First == ms[i - 1].End && ms[i - 1].First == ms[i - 2].End);

    // "en México y Sofía Benítez": a place after its preposition, listed beside a name, is still a place.
    private static bool AfterPlacePreposition(ArticleState state, Mention lone) =>
        lone.First > 0 && state.Lexicon.PlacePrepositions.Contains(state.Tokens[lone.First - 1].Key);

    private static bool IsCoordination(Mention m) => m.Kind == MentionKind.Cue && m.Has(Cue.Coord);

    private static bool IsFullName(Mention m) => m is { Kind: MentionKind.Person, ShortForm: false, Pronoun: false, Name: not null } && m.Surface.Contains(' ', StringComparison.Ordinal);

    private static bool TellsAPostInARelativeClause(ArticleState state, List<Mention> ms, int i)
    {
        var tokens = state.Tokens;
        var comma = ms[i].End;
        if (comma + 1 >= tokens.Count || tokens[comma].Key != "," || !state.Lexicon.RelativePronouns.Contains(tokens[comma + 1].Key))
        {
            return false;
        }

        var clause = comma + 2;
        return ms.Skip(i + 1).TakeWhile(x => x.First - clause <= ClauseReach)
            .Any(x => x.Kind == MentionKind.Cue && (x.IsRole || x.Has(Cue.Work) || x.Has(Cue.Leave) || x.Has(Cue.Join) || x.Has(Cue.Move)));
    }
}
