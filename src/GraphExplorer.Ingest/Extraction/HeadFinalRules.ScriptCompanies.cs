using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Young Japanese and Korean companies written only in katakana or Hangul, which no list knows. Without Latin letters a
/// name cannot be told from a common noun by its shape, so one counts only where the text itself marks it as a company:
/// a company affix glued to it ("ミライラボ", "리벨랩스", "株式会社カゼハナ", "(주)모레"), quotes ("「カゼハナ」社"), the
/// noun that introduces a start-up right before it ("AIスタートアップのミライラボ", "AI 스타트업 모레"), or the object of a
/// founding verb ("カゼハナを設立", "모레를 창업") that is no kind of thing ("ファンドを設立", "법인을 설립"). The name is
/// romanised with the affix in English ("Mirai Lab"), as the English press writes such a company when it has no other
/// spelling. Words in <c>Lexicons/Data/script-companies.txt</c>.
/// </summary>
internal sealed partial class HeadFinalRules
{
    private const string ScriptCompaniesResource = "lexicons/script-companies.txt";

    private static readonly Lazy<ScriptCompanyWords> s_scriptCompanies = new(LoadScriptCompanies);

    /// <summary>
    /// The English name of the katakana or Hangul word <paramref name="word"/> that ends at <paramref name="end"/>, when
    /// the text marks it as a company; null otherwise. <paramref name="quoted"/>: the word stood in quotes;
    /// <paramref name="founded"/>: it is the object of a founding verb.
    /// </summary>
    private string? CompanyInScript(string word, int start, bool quoted, bool founded, List<Mention> ms)
    {
        if (UnitOfALab(start, ms))
        {
            return null;
        }

        var data = s_scriptCompanies.Value;
        var language = _lexicon.Code;
        var (stem, english) = StripAffix(data, language, word);
        if (stem.Length is < 2 or > 20 || !stem.All(c => InScript(c) || c == '・'))
        {
            return null;
        }

        var prefixed = PrefixBefore(data, language, start);
        english ??= prefixed;
        var marked = quoted || english is not null || StartupNounBefore(start);
        if (!marked && !founded)
        {
            return null;
        }

        if (data.NotCompanies.Contains((language, stem)) || _lexicon.NotNames.Contains(stem)
            || _lexicon.Entries.Exists(c => c.Phrase == stem || (c.Cue == Cue.StartupNoun && stem.EndsWith(c.Phrase, StringComparison.Ordinal))))
        {
            return null;
        }

        // Each part spelled as it sounds: a company's invented name is no person's, so the name spellings do not apply.
        var romanised = string.Join(' ', stem.Split('・', StringSplitOptions.RemoveEmptyEntries).Select(Spell).Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
        return english is null or "-" ? romanised : $"{romanised} {english}";
    }

    /// <summary>"Metaのスーパーインテリジェンス研究所", "구글의 AI 연구소": a known lab in the genitive right before the word
    /// owns it; the word is a unit of that lab, not a company of its own.</summary>
    private bool UnitOfALab(int start, List<Mention> ms) =>
        ms.Exists(m => m is { Kind: MentionKind.Lab, Modifier: false, Name: not null } && SkipClosing(m.CharEnd) is var after && after < start && start - after <= 3
            && MarkAt(after) == CaseMark.Genitive && _text.AsSpan(after + 1, start - after - 1).IsWhiteSpace());

    /// <summary>A word's sound in Latin letters; Hangul syllable by syllable, with ㄹ opening a syllable written "r" as the
    /// Korean standard writes it (누리 "nuri", not "nuli"), unless the syllable before ends in it too ("ll").</summary>
    private string Spell(string part)
    {
        if (!Korean)
        {
            return NameSounds.Latin(part);
        }

        var spelled = new System.Text.StringBuilder();
        foreach (var syllable in part)
        {
            var latin = NameSounds.Latin(syllable.ToString());
            spelled.Append(latin.StartsWith('l') && (spelled.Length == 0 || spelled[^1] != 'l') ? "r" + latin[1..] : latin);
        }

        return spelled.ToString();
    }

    /// <summary>Katakana (with its long-vowel mark) or Hangul: the scripts a young company's invented name is written in.</summary>
    private bool InScript(char c) => Korean ? c is >= '\uAC00' and <= '\uD7A3' : c is >= '\u30A1' and <= '\u30FA' or 'ー';

    /// <summary>The word without the company affixes it starts or ends with ("株式会社ヒカリテクノロジーズ" → "ヒカリ"), and
    /// the English word of the affix the English name keeps (null: no affix; "-": only affixes the English name drops).</summary>
    private static (string Stem, string? English) StripAffix(ScriptCompanyWords data, string language, string word)
    {
        string? english = null;
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var (_, affix, meaning) in data.Affixes.Where(a => a.Language == language))
            {
                var ends = word.EndsWith(affix, StringComparison.Ordinal);
                if (word.Length > affix.Length && (ends || word.StartsWith(affix, StringComparison.Ordinal)))
                {
                    word = ends ? word[..^affix.Length] : word[affix.Length..];
                    english = english is null or "-" ? meaning : english;
                    stripped = true;
                    break;
                }
            }
        }

        return (word, english);
    }

    /// <summary>A company affix standing right before the word, apart from it ("(주)모레", "株式会社 カゼハナ").</summary>
    private string? PrefixBefore(ScriptCompanyWords data, string language, int start)
    {
        var before = _text[Math.Max(0, start - 12)..start].TrimEnd();
        return data.Affixes.Where(a => a.Language == language && before.EndsWith(a.Affix, StringComparison.Ordinal)).Select(a => a.English).FirstOrDefault();
    }

    /// <summary>The noun that introduces a start-up right before the word ("スタートアップの", "스타트업 ").</summary>
    private bool StartupNounBefore(int start)
    {
        var before = _text.Substring(Math.Max(0, start - 16), Math.Min(16, start)).TrimEnd();
        return OrganisationNouns.Nouns(_lexicon.Code).Any(n => before.EndsWith(n, StringComparison.OrdinalIgnoreCase));
    }

    private static ScriptCompanyWords LoadScriptCompanies()
    {
        const string shape = "<language><TAB>affix|not<TAB><word><TAB><English or ->";
        var data = new ScriptCompanyWords([], []);
        foreach (var (line, fields) in EmbeddedTable.Rows(ScriptCompaniesResource, 4, shape))
        {
            switch (fields[1])
            {
                case "affix": data.Affixes.Add((fields[0], fields[2], fields[3])); break;
                case "not": data.NotCompanies.Add((fields[0], fields[2])); break;
                default: throw EmbeddedTable.BadValue(ScriptCompaniesResource, line, fields[1], shape);
            }
        }

        // Longer affixes first, so "ラボズ" wins over the "ラボ" it ends with.
        data.Affixes.Sort((a, b) => b.Affix.Length.CompareTo(a.Affix.Length));
        return data;
    }

    private sealed record ScriptCompanyWords(List<(string Language, string Affix, string English)> Affixes, HashSet<(string Language, string Word)> NotCompanies);
}
