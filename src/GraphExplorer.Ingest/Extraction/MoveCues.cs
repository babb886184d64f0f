using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// General constructions by which verb-final news (Japanese, Korean) reports where a mover was before a move.
/// </summary>
internal static class MoveCues
{
    /// <summary>
    /// "Aに所属していた", "Aに在籍", "A에 재직 중인", "A에 소속된": verbs of belonging take their place with the particle that
    /// otherwise marks a destination (に, 에). Only the lab nearest the verb counts, so "Bに移籍し、…" earlier in the
    /// clause is never read as the place of a later tenure.
    /// </summary>
    public static Mention? BelongingPlace(List<(Mention Lab, CaseMark? Mark)> clauseLabs) =>
        clauseLabs is [{ Mark: CaseMark.To } nearest, ..] ? nearest.Lab : null;

    /// <summary>
    /// Whether a Korean word ending in this syllable describes the noun after it: the attributive ending ㄴ (합류한, 떠난,
    /// 옮긴, 일하던, 출신). A noun of tenure in the genitive does the same ("구글 출신의 박지훈 박사", "네이버 소속의
    /// 연구원"), which the caller allows for tenure words only.
    /// </summary>
    public static bool KoreanAttributive(char last) => last is >= '\uAC00' and <= '\uD7A3' && (last - 0xAC00) % 28 == 4;

    /// <summary>
    /// Whether a pronoun is plural: true when it can only be ("they", "ils", "ellos", "eles", "mereka"), false when it
    /// may be ("sie" is "she" or "they"), null when it is singular.
    /// </summary>
    public static bool? Plural(string language, string? pronoun) => (language, pronoun?.ToLowerInvariant()) switch
    {
        ("de", "sie") => false,
        ("en", "they") or ("fr", "ils" or "elles") or ("es", "ellos" or "ellas") or ("pt", "eles" or "elas") or ("id", "mereka") => true,
        _ => GroupWord(language, pronoun) is not null ? true : null,
    };

    /// <summary>
    /// Whether a plural word stands for a group of people named before: true for a word that only does that ("both",
    /// "all three", "the pair", "tous deux", "le trio"), false for a plain plural pronoun ("they", "ils"), which may
    /// mean anything plural; null when it is neither.
    /// </summary>
    public static bool? GroupWord(string language, string? word) => (language, word?.ToLowerInvariant()) switch
    {
        ("en", "both" or "all three" or "all four" or "all five" or "the pair" or "the trio" or "the duo") => true,
        ("fr", "tous deux" or "toutes deux" or "tous les deux" or "toutes les deux" or "tous trois" or "tous les trois" or "le duo" or "le trio") => true,
        ("en", "they") or ("fr", "ils" or "elles") => false,
        _ => null,
    };

    /// <summary>
    /// Whether the lab a founding verb would take is only the lab the same sentence says was left, named before the verb
    /// right after a leaving verb ("离开百度后,创办了…", "left Google and founded a startup"): the new company is one the
    /// sentence does not name (or that is not known), never the lab left.
    /// </summary>
    public static bool FoundsTheLabLeft(List<Mention> ms, int k, string? lab)
    {
        if (lab is null || ms.Skip(k + 1).Any(m => m.Kind == MentionKind.Lab && m.Name == lab))
        {
            return false;
        }

        var at = ms.FindLastIndex(k, m => m.Kind == MentionKind.Lab && m.Name == lab);
        return at > 0 && ms[at - 1].Kind == MentionKind.Cue && ms[at - 1].Has(Cue.Leave);
    }

    /// <summary>The number of tokens of a bracketed aside that opens at <paramref name="from"/> and closes before
    /// <paramref name="to"/> ("(da OpenAI)", "(ex-Google)", "（前谷歌）"); 0 when none does.</summary>
    public static int BracketedAside(List<Token> tokens, int from, int to)
    {
        if (from >= to || tokens[from].Key is not ("(" or "（"))
        {
            return 0;
        }

        for (var t = from + 1; t < to && t - from <= 8; t++)
        {
            if (tokens[t].Key is ")" or "）")
            {
                return t - from + 1;
            }
        }

        return 0;
    }

    /// <summary>The lab named in a bracketed aside right after the person's name ("X (da OpenAI)", "Y (ex-Anthropic)"),
    /// or null.</summary>
    public static string? AsideLab(List<Mention> ms, List<Token> tokens, string person)
    {
        var at = ms.FindIndex(m => m is { Kind: MentionKind.Person, Pronoun: false } && m.Name == person);
        if (at < 0 || ms[at].End >= tokens.Count)
        {
            return null;
        }

        var aside = BracketedAside(tokens, ms[at].End, tokens.Count);
        var close = ms[at].End + aside;
        return aside == 0 ? null : ms.Skip(at + 1).TakeWhile(m => m.End <= close).FirstOrDefault(m => m is { Kind: MentionKind.Lab, Modifier: false, Name: not null })?.Name;
    }
}
