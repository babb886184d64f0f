using System.Reflection;
using System.Text;
using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A first-person announcement in quotes ("I'm joining Anthropic," said X; « Je rejoins Mistral AI », a déclaré X;
/// X: "Me uno a OpenAI"): the speaker joins the lab. The speaker is the person named outside the quote in the same
/// sentence, or the person of a preceding line that ends with a colon. The first-person words and the first-person
/// forms of joining the cue lexicons lack are data per language (<c>Lexicons/Data/first-person.txt</c>).
/// </summary>
internal static class QuotedMoves
{
    /// <summary>How far (in characters) the first-person word may stand before the joining verb it is the subject of.</summary>
    private const int MaxSubjectDistance = 40;

    private static readonly Dictionary<string, HashSet<string>> s_firstPerson = Load("me");
    private static readonly Dictionary<string, HashSet<string>> s_joining = Load("join");

    public static void Apply(ArticleState state, int sentence, List<Mention> ms)
    {
        var language = LanguageKey(state.Lexicon.Code);
        if (!s_firstPerson.TryGetValue(language, out var words) || !ms.Exists(m => m.Kind == MentionKind.Lab))
        {
            return;
        }

        var s = state.Sentences[sentence];
        var added = new List<ArticleEvent>();
        foreach (var (qs, qe) in QuoteSpans(state.Text, s.Start, s.End))
        {
            var cue = ms.Find(m => m.Kind == MentionKind.Cue && m.Start >= qs && m.CharEnd <= qe && (m.Has(Cue.Join) || m.Has(Cue.Move)));
            var verb = cue is not null ? (cue.Start, cue.CharEnd) : s_joining.TryGetValue(language, out var phrases) ? FindPhrase(state.Text, qs, qe, phrases) : null;

            // A first-person form from the data ("vou para", "wechsle zu") is its own subject (Spanish and Portuguese drop the pronoun).
            var ownSubject = cue is null && verb is not null;
            if (verb is not { } v || (ownSubject ? v.Start : FirstPersonBefore(state.Text, qs, v.End, words)) is not { } subject
                || ms.Exists(m => m.Start > subject && m.CharEnd <= v.Start && ((m.Kind == MentionKind.Person && m.Name is not null) || m.Has(Cue.Negation))))
            {
                continue;
            }

            // The lab the verb governs: after it, or (verb-final clauses: "Ich werde zu B wechseln", Japanese) before it.
            bool Usable(Mention m) => m.Kind == MentionKind.Lab && !m.Modifier && m.Name is not null;
            var after = ms.Find(m => Usable(m) && m.Start >= v.End && m.CharEnd <= qe);
            var before = ms.LastOrDefault(m => Usable(m) && m.Start >= subject && m.CharEnd <= v.Start);
            var lab = state.Lexicon.HeadFinal ? before ?? after : after ?? before;
            var speaker = Speaker(state, sentence, ms, qs, qe);
            if (lab?.Name is null || speaker is null
                || state.Events.Exists(e => e.Sentence == sentence && e.Person == speaker && e.Lab == lab.Name && e.Kind is EventKind.Join or EventKind.Move))
            {
                continue;
            }

            var date = ms.Find(m => m.Kind == MentionKind.Date && m.Date is not null)?.Date;
            added.Add(new ArticleEvent(EventKind.Join, speaker, lab.Name, date, 0.7, sentence, s.Start, s.End));
        }

        state.Events.AddRange(added);
        state.NoteEvents(added);
    }

    /// <summary>The person named outside the quote (the nearest), else the salient person when the line before ends with a colon.</summary>
    private static string? Speaker(ArticleState state, int sentence, List<Mention> ms, int qs, int qe) =>
        ms.Where(m => m.Kind == MentionKind.Person && !m.Pronoun && m.Name is not null && (m.CharEnd <= qs || m.Start >= qe))
            .OrderBy(m => m.CharEnd <= qs ? qs - m.CharEnd : m.Start - qe)
            .FirstOrDefault()?.Name
        ?? (sentence > 0 && state.Sentences[sentence - 1].EndsWithColon ? state.SalientPerson : null);

    /// <summary>The first of the phrases written as whole words in text[start..end], as a character range, or null.</summary>
    private static (int Start, int End)? FindPhrase(string text, int start, int end, HashSet<string> phrases)
    {
        var window = text[start..end].ToLowerInvariant();
        (int, int)? best = null;
        foreach (var phrase in phrases)
        {
            for (var at = window.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = window.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                var whole = (at == 0 || !char.IsLetter(window[at - 1]) || phrase[0] == '\'') && (at + phrase.Length == window.Length || !char.IsLetter(window[at + phrase.Length]));
                if (whole && (best is null || start + at < best.Value.Item1))
                {
                    best = (start + at, start + at + phrase.Length);
                }
            }
        }

        return best;
    }

    /// <summary>The position of a first-person word of the quote shortly before the verb, or null.</summary>
    private static int? FirstPersonBefore(string text, int quoteStart, int verb, HashSet<string> words)
    {
        var from = Math.Max(quoteStart, verb - MaxSubjectDistance);
        var window = text[from..verb];
        foreach (var word in words)
        {
            if (word.Any(Tokenizer.IsCjk) || word.Any(c => c >= 0xAC00 && c <= 0xD7A3))
            {
                var at = window.LastIndexOf(word, StringComparison.Ordinal);
                // "我们" (we) is no single speaker.
                if (at >= 0 && !(at + word.Length < window.Length && window[at + word.Length] is '们' or '們'))
                {
                    return from + at;
                }
            }
        }

        var start = -1;
        for (var i = 0; i <= window.Length; i++)
        {
            var inWord = i < window.Length && (char.IsLetter(window[i]) || (window[i] is '\'' or '’' && start >= 0));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = window[start..i].Replace('’', '\'').ToLowerInvariant();
                if (words.Contains(word) || (word.IndexOf('\'', StringComparison.Ordinal) is > 0 and var apostrophe && words.Contains(word[..(apostrophe + 1)])))
                {
                    return from + start;
                }

                start = -1;
            }
        }

        return null;
    }

    /// <summary>The quoted spans of a sentence; a quote opened in an earlier sentence runs from the sentence start, one not
    /// closed runs to its end.</summary>
    internal static List<(int Start, int End)> QuoteSpans(string text, int start, int end)
    {
        var spans = new List<(int, int)>();
        var open = -1;

        // The sentence may begin just after the opening mark ("„Ich …" splits after „).
        for (var back = start - 1; back >= 0 && back >= start - 3 && !char.IsLetterOrDigit(text[back]); back--)
        {
            if (text[back] is '«' or '„' or '「' or '『' or '“' or '"')
            {
                open = start;
                break;
            }
        }

        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var opener = c is '«' or '„' or '「' or '『' or '“' || (c == '"' && open < 0);
            var closer = c is '»' or '」' or '』' or '”' || (c is '"' or '“' && open >= 0);
            if (open >= 0 && closer)
            {
                spans.Add((open, i));
                open = -1;
            }
            else if (open < 0 && closer && !opener)
            {
                spans.Add((start, i));
            }
            else if (open < 0 && opener)
            {
                open = i + 1;
            }
        }

        if (open >= 0)
        {
            spans.Add((open, end));
        }

        return spans;
    }

    internal static string LanguageKey(string code) => code.StartsWith("zh", StringComparison.Ordinal) ? "zh" : code;

    internal static Dictionary<string, HashSet<string>> Load(string kind)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("lexicons/first-person.txt")
            ?? throw new InvalidOperationException("embedded resource 'lexicons/first-person.txt' is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (line.Length > 0 && line[0] != '#' && parts.Length == 3 && parts[1] == kind)
            {
                map[parts[0]] = parts[2].Split('|', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            }
        }

        return map;
    }
}
