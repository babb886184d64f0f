using GraphExplorer.Core.Model;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Young companies a Chinese, Japanese or Korean article introduces once with their Latin spelling in brackets: "スタート
/// アップ、カゲロウ・ラボ（Kagerou Labs、東京・千代田）", "새 회사 '누리랩스'(Nuri Labs)", "新会社「ミライ言語研究所」（英語名：Mirai
/// Language Labs）". News names such a company that way the first time and then uses the bare script word, which no list
/// knows and whose shape (no capitals) cannot tell it from a common noun. So the bracket decides, once for the article:
/// every mention of the word, in the headline and after, is that company under its Latin name. The bracket alone is not
/// enough (people are introduced the same way, "高橋美咲（Misaki Takahashi）氏"): a company noun before the word, quotes
/// around it, or a company word ending it or its Latin spelling must say it is a company. Nouns and labels are lexicon data.
/// </summary>
internal sealed partial class MentionFinder
{
    /// <summary>
    /// Adds a lab mention for every occurrence of a company the article introduces with its Latin spelling, replacing the
    /// person or name guesses the word's letters led to, and returns the Latin names with the sentence each is introduced
    /// in.
    /// </summary>
    public Dictionary<string, int> AddIntroducedCompanies(List<Sentence> sentences, List<List<Mention>> mentions)
    {
        var introduced = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!IsCjkLanguage)
        {
            return introduced;
        }

        var companies = IntroducedCompanies();
        foreach (var (word, name) in companies)
        {
            for (var s = 0; s < sentences.Count; s++)
            {
                var sentence = sentences[s];
                for (var at = _text.IndexOf(word, sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal); at >= 0;
                     at = at + word.Length < sentence.End ? _text.IndexOf(word, at + word.Length, sentence.End - at - word.Length, StringComparison.Ordinal) : -1)
                {
                    // Where the company is introduced, its bracket belongs to it (the Latin spelling is no second name).
                    var charEnd = at + word.Length;
                    var opens = charEnd < _text.Length && _text[charEnd] is '」' or '』' or '\'' or '’' or '"' or '”' ? charEnd + 1 : charEnd;
                    var close = opens < sentence.End && _text[opens] is '(' or '（' && LatinSpellingIn(opens) is var (_, shut) ? shut + 1 : -1;
                    var extent = close > 0 && close <= sentence.End ? close : charEnd;
                    var first = _tokens.FindIndex(sentence.FirstToken, sentence.EndToken - sentence.FirstToken, t => t.Start == at);
                    var last = first < 0 ? -1 : _tokens.FindIndex(first, sentence.EndToken - first, t => t.End == extent);
                    if (first < 0 || last < 0 || mentions[s].Exists(m => m.Kind == MentionKind.Lab && m.Name == name && m.First <= first && last < m.End))
                    {
                        continue;
                    }

                    mentions[s].RemoveAll(m => m.Kind != MentionKind.Date && m.First <= last && first < m.End);
                    var lab = new Mention(MentionKind.Lab, first, last + 1, at, extent) { Name = name, Surface = word, Unknown = true };
                    var index = mentions[s].FindIndex(m => m.First > first);
                    mentions[s].Insert(index < 0 ? mentions[s].Count : index, lab);
                    introduced.TryAdd(name, s);
                }
            }
        }

        return introduced;
    }

    /// <summary>The script words the article introduces as companies, each with its Latin name (as the gazetteer spells it
    /// when it knows it).</summary>
    private List<(string Word, string Name)> IntroducedCompanies()
    {
        var found = new List<(string Word, string Name)>();
        for (var open = _text.IndexOfAny(['(', '（']); open > 0; open = open + 1 < _text.Length ? _text.IndexOfAny(['(', '（'], open + 1) : -1)
        {
            if (LatinSpellingIn(open) is not var (latin, close) || ScriptWordBefore(open) is not var (word, start))
            {
                continue;
            }

            var quoted = start > 0 && _text[start - 1] is '「' or '『' or '\'' or '‘' or '"' or '“';
            var nounBefore = CompanyNounEndsAt(quoted ? start - 1 : start);
            var companyWord = _lexicon.OrganisationAffixes.Exists(a => word.Length > a.Length && word.EndsWith(a, StringComparison.Ordinal))
                || LatinNames.IsOrganisationSuffix(Tokenizer.Fold(latin.Split(' ')[^1]));
            // A person's honorific right after the bracket makes the word a person's name ("高橋美咲（Misaki Takahashi）氏").
            var rest = _text.AsSpan(close + 1).TrimStart();
            var personAfter = rest.Length > 0 && (rest[0] is '氏' or '씨' or '様' || rest.StartsWith("さん", StringComparison.Ordinal));
            if (!(quoted || nounBefore || companyWord || NamedAsCompanyInHeadline(word)) || personAfter || found.Exists(f => f.Word == word))
            {
                continue;
            }

            var name = _gazetteer.Resolve(latin, NodeKind.Lab) ?? _gazetteer.Resolve(word, NodeKind.Lab) ?? latin;
            found.Add((word, name));
        }

        // A longer word first, so "ミライ・ランゲージ・ラボ" is not cut by a shorter company word it contains.
        found.Sort((a, b) => b.Word.Length.CompareTo(a.Word.Length));
        return found;
    }

    /// <summary>The Latin spelling a bracket opening at <paramref name="open"/> starts with ("（Kagerou Labs、東京）",
    /// "（英語名：Mirai Language Labs）"): capitalised words up to the bracket's end or a comma; null when it holds none.</summary>
    private (string Latin, int Close)? LatinSpellingIn(int open)
    {
        var close = _text.IndexOfAny([')', '）'], open + 1);
        if (close < 0 || close - open > 60)
        {
            return null;
        }

        var inside = _text.AsSpan(open + 1, close - open - 1).Trim();
        foreach (var label in _lexicon.LatinNameLabels)
        {
            if (inside.StartsWith(label, StringComparison.Ordinal))
            {
                inside = inside[label.Length..].TrimStart("：: ");
                break;
            }
        }

        var stop = inside.IndexOfAny("、，,;；");
        var latin = (stop >= 0 ? inside[..stop] : inside).Trim().ToString();
        var words = latin.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 5 && char.IsAsciiLetterUpper(latin[0]) && words.All(w => w.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '&'))
            ? (latin, close)
            : null;
    }

    /// <summary>The script word right before the bracket at <paramref name="open"/>, quoted or not (katakana with its dots,
    /// Han characters, Hangul), with its first character; null when there is none or it is too short to be a name.</summary>
    private (string Word, int Start)? ScriptWordBefore(int open)
    {
        var end = open;
        if (end > 0 && _text[end - 1] is '」' or '』' or '\'' or '’' or '"' or '”')
        {
            var quote = _text.LastIndexOfAny(['「', '『', '\'', '‘', '"', '“'], end - 2, Math.Min(30, end - 1));
            if (quote < 0)
            {
                return null;
            }

            var quotedWord = _text[(quote + 1)..(end - 1)].Trim();
            return quotedWord.Length is >= 2 and <= 20 && quotedWord.All(c => CompanyScript(c) || c == ' ') ? (quotedWord, quote + 1) : null;
        }

        var start = end;
        while (start > 0 && end - start < 20 && CompanyScript(_text[start - 1]))
        {
            start--;
        }

        // A company noun inside the run describes the name after it and is no part of it ("新会社カゲロウ", "初创公司深言科技").
        var word = _text[start..end];
        var noun = _lexicon.CompanyNouns.Select(n => (Noun: n, At: word.LastIndexOf(n, StringComparison.Ordinal))).Where(n => n.At >= 0 && n.At + n.Noun.Length < word.Length)
            .OrderByDescending(n => n.At + n.Noun.Length).ThenByDescending(n => n.Noun.Length).FirstOrDefault();
        if (noun.Noun is not null)
        {
            start += noun.At + noun.Noun.Length;
            word = word[(noun.At + noun.Noun.Length)..];
        }
        else if (word.Any(c => c is >= '\u4E00' and <= '\u9FFF') && !(word.Length <= 6 && (start == 0 || char.IsPunctuation(_text[start - 1]) || char.IsWhiteSpace(_text[start - 1]))))
        {
            // Without spaces, Han characters before a name run on into the words before it: only a katakana name, or the
            // katakana end of the run, is the name by itself. A short run that opens a sentence or follows punctuation
            // ("。深流科技（DeepStream AI）") is the name whole: nothing runs into it.
            var kana = word.Length;
            while (kana > 0 && word[kana - 1] is (>= '\u30A1' and <= '\u30FA') or 'ー' or '・')
            {
                kana--;
            }

            start += kana;
            word = word[kana..];
        }

        return word.Length >= 2 && word.Trim('・').Length >= 2 ? (word, start) : null;
    }

    /// <summary>Whether a company noun of the language ends right before <paramref name="at"/>, a comma, space or
    /// genitive between them allowed ("スタートアップ、", "AI 스타트업 ", "新会社の").</summary>
    private bool CompanyNounEndsAt(int at)
    {
        var before = _text[Math.Max(0, at - 12)..at].TrimEnd(' ', '、', '，', ',', 'の', '的');
        return _lexicon.CompanyNouns.Exists(n => before.EndsWith(n, StringComparison.Ordinal)) || (at > 0 && CompanyNounGlued(at));
    }

    /// <summary>"新会社カゲロウ": the noun was cut off the word, so it ends where the word now starts.</summary>
    private bool CompanyNounGlued(int at) => _lexicon.CompanyNouns.Exists(n => at >= n.Length && _text.AsSpan(at - n.Length, n.Length).SequenceEqual(n));

    /// <summary>The characters a CJK company's own name is written in: katakana with its dots and long-vowel mark, Han, Hangul.</summary>
    private bool CompanyScript(char c) => _lexicon.Code == "ko"
        ? c is >= '\uAC00' and <= '\uD7A3'
        : c is (>= '\u30A1' and <= '\u30FA') or 'ー' or '・' or (>= '\u4E00' and <= '\u9FFF');
}
