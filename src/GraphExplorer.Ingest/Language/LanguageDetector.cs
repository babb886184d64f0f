using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Language;

/// <summary>The detected language and how sure the detector is; <see cref="Code"/> is null when it cannot tell.</summary>
public sealed record DetectedLanguage(string? Code, double Confidence, string Reason);

/// <summary>
/// Detects the language of an article from its scripts (Han, kana, Hangul, Latin), then, for Latin text, from
/// stopword and character-sequence profiles of English, French, Spanish, German, Portuguese and Indonesian; Chinese
/// is told apart as simplified or traditional by characters that exist in only one of the two.
/// </summary>
public static class LanguageDetector
{
    // Frequent characters that differ between the simplified and traditional scripts (each string holds one side of a pair).
    private const string SimplifiedOnly = "们这个说时发会来对为经学国开离进过还后里动现实关东车长门问间听见觉认让说话语读写买卖热爱边员总设计导币产业业务联创办职转钱网络级";
    private const string TraditionalOnly = "們這個說時發會來對為經學國開離進過還後裡動現實關東車長門問間聽見覺認讓說話語讀寫買賣熱愛邊員總設計導幣產業務聯創辦職轉錢網絡級";

    /// <summary>Detects the language of <paramref name="text"/>.</summary>
    public static DetectedLanguage Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int han = 0, kana = 0, hangul = 0, latin = 0, otherLetters = 0, simplified = 0, traditional = 0;
        var sample = text.Length > 200_000 ? text[..200_000] : text;
        foreach (var c in sample)
        {
            if (c is (>= '\u3040' and <= '\u30FF'))
            {
                kana++;
            }
            else if (c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF'))
            {
                han++;
                if (SimplifiedOnly.Contains(c, StringComparison.Ordinal))
                {
                    simplified++;
                }
                else if (TraditionalOnly.Contains(c, StringComparison.Ordinal))
                {
                    traditional++;
                }
            }
            else if (c is (>= '\uAC00' and <= '\uD7AF') or (>= '\u1100' and <= '\u11FF'))
            {
                hangul++;
            }
            else if (char.IsLetter(c))
            {
                if (c < '\u0250' || c is (>= '\u1E00' and <= '\u1EFF'))
                {
                    latin++;
                }
                else
                {
                    otherLetters++;
                }
            }
        }

        // A CJK character carries about as much as a three-letter Latin word, so CJK wins when it is a third of Latin.
        var cjk = han + kana + hangul;
        if (cjk > 0 && cjk * 3 >= latin && cjk >= 4)
        {
            if (hangul >= Math.Max(han, kana) || hangul * 2 >= cjk)
            {
                return new DetectedLanguage("ko", Ratio(hangul, cjk), "Hangul script");
            }

            if (kana * 10 >= cjk)
            {
                return new DetectedLanguage("ja", Ratio(kana + han, cjk), "kana and kanji");
            }

            if (simplified == traditional)
            {
                return simplified == 0 && han < 20
                    ? new DetectedLanguage(null, 0.3, "Chinese characters, but too few to tell simplified from traditional")
                    : new DetectedLanguage("zh-Hans", 0.5, "Chinese characters; script undecided, simplified assumed");
            }

            return simplified > traditional
                ? new DetectedLanguage("zh-Hans", Ratio(simplified, simplified + traditional), "simplified Chinese characters")
                : new DetectedLanguage("zh-Hant", Ratio(traditional, simplified + traditional), "traditional Chinese characters");
        }

        if (otherLetters > latin)
        {
            return new DetectedLanguage(null, 0, "a script the extractor does not read (not Latin, Chinese, Japanese or Korean)");
        }

        return DetectLatin(sample);
    }

    private static DetectedLanguage DetectLatin(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && (char.IsLetter(text[i]) || text[i] == '\'');
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }

            if (words.Count >= 5000)
            {
                break;
            }
        }

        if (words.Count < 4)
        {
            return new DetectedLanguage(null, 0, $"too little text to tell its language ({words.Count} words)");
        }

        var lower = text.Length > 50_000 ? text[..50_000].ToLowerInvariant() : text.ToLowerInvariant();
        var scores = new List<(string Code, double Score)>();
        foreach (var lexicon in Languages.All.Values)
        {
            if (lexicon.Stopwords.Count == 0)
            {
                continue;
            }

            var hits = words.Count(lexicon.Stopwords.Contains);
            var gramHits = 0;
            foreach (var gram in lexicon.Grams)
            {
                gramHits += Count(lower, gram);
            }

            var score = ((double)hits / words.Count) + (0.15 * gramHits / Math.Max(lower.Length / 5.0, 1));
            scores.Add((lexicon.Code, score));
        }

        scores.Sort((a, b) => b.Score.CompareTo(a.Score));
        var (best, top) = scores[0];
        var second = scores[1].Score;
        if (top < 0.12)
        {
            return new DetectedLanguage(null, top, "the words match none of en, fr, es, de, pt, id closely enough");
        }

        if (top < second * 1.15)
        {
            return new DetectedLanguage(null, top, $"undecided between {scores[0].Code} and {scores[1].Code}");
        }

        return new DetectedLanguage(best, Math.Min(1, (top - second) / top + 0.5), "stopword and character profiles");
    }

    private static int Count(string text, string gram)
    {
        var count = 0;
        for (var i = text.IndexOf(gram, StringComparison.Ordinal); i >= 0; i = text.IndexOf(gram, i + gram.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 2);
}
