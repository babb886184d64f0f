using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Chinese companies no list knows, found the way the press writes young companies: a Han name with its Latin name in
/// brackets ("它石智航（TARS）"), a Han name glued to "AI" ("某某AI"), or a two-character name with a company word
/// ("某某科技", "某某智能", "某某机器人"). Each must stand where a company stands (after a verb of joining, leaving or
/// founding, after "前"/"原", after "初创公司") or before a title ("…创始人"), so terms written the same way
/// ("大语言模型（LLM）", "人工智能") stay words. The name is the Latin one when given, else pinyin with the company word
/// in English, the way the English press names such companies.
/// </summary>
internal sealed partial class MentionFinder
{
    /// <summary>Finds an unknown Chinese company at <paramref name="index"/> and adds it; returns the token after it, or 0.</summary>
    private int ChineseOrganisation(int index, int end, List<Mention> mentions)
    {
        if (!IsHanCharacter(index) || NameStops.Contains(_text[_tokens[index].Start], StringComparison.Ordinal))
        {
            return 0;
        }

        var run = index;
        while (run < end && run - index < 6 && IsHanCharacter(run) && (run == index || !IsBoundary(run))
            && !NameStops.Contains(_text[_tokens[run].Start], StringComparison.Ordinal))
        {
            run++;
        }

        if (run - index < 2)
        {
            return 0;
        }

        var han = Slice(index, run);
        string? name = null;
        var stop = run;
        if (BracketedLatinName(run, end, CompanyWord(han).Stem is not null) is var (bracketEnd, latin) && bracketEnd > 0)
        {
            (name, stop) = (latin, bracketEnd);
        }
        else if (run - index <= 4 && run < end && _tokens[run].Kind == TokenKind.Word && _text.AsSpan(_tokens[run].Start, _tokens[run].Length).SequenceEqual("AI")
            && (run + 1 >= end || _tokens[run + 1].Kind != TokenKind.Word) && !StartsWithClassifier(index) && !OccupationAfter(run + 1, end) && !StartupNounAfter(run + 1))
        {
            name = ScriptNames.Pinyin(han) is { } pinyin ? pinyin + " AI" : null;
            stop = run + 1;
        }
        else if (CompanyWord(han) is var (stem, english) && stem is not null)
        {
            name = ScriptNames.Pinyin(stem) is { } pinyin ? english == "-" ? pinyin : $"{pinyin} {english}" : null;
        }
        else if (run - index <= 4 && JoinedStartupBefore(index, mentions) && !s_chinese.Value.NotStems.Any(n => han.Contains(n, StringComparison.Ordinal)))
        {
            // "加入初创公司深言": a young company is often named bare after the start-up noun, with no company word. Only
            // where someone joins, leaves for or founds it, so "初创公司数量" (the number of start-ups) stays a phrase.
            name = ScriptNames.Pinyin(han);
        }

        if (name is null || !(LabSlotBefore(index, mentions) || TitleAfter(stop, end) || FoundedByAfter(stop, end)))
        {
            return 0;
        }

        mentions.Add(new Mention(MentionKind.Lab, index, stop, _tokens[index].Start, _tokens[stop - 1].End) { Name = name, Surface = Slice(index, stop), Unknown = true });
        return stop;
    }

    /// <summary>
    /// "两位重量级AI研究员", "知名AI研究员": "AI" before an occupation is part of the occupation ("AI researcher"), and
    /// the characters before it are a measure word or an adjective, not a company. A post ("某某AI的CEO", "某某AI创始人")
    /// still marks a company.
    /// </summary>
    private bool OccupationAfter(int at, int end)
    {
        var (length, cues) = at < end ? MatchCues(at, end) : (0, null);
        return length > 0 && cues!.Exists(c => c.Cue == Cue.Role && c.Value is { } english && s_occupations.Contains(english));
    }

    private static readonly HashSet<string> s_occupations = new(StringComparer.Ordinal)
    {
        "researcher", "research scientist", "scientist", "engineer", "expert", "senior researcher", "senior engineer", "algorithm expert",
        "senior algorithm expert", "technical expert", "employee", "member", "core member", "contributor", "core contributor", "colleague",
    };

    /// <summary>"北京AI初创公司星河智能": "AI" before the noun that introduces a start-up describes that start-up, and the
    /// characters before it are a place or a field, not a company; the name comes after the noun.</summary>
    private bool StartupNounAfter(int at) =>
        at < _tokens.Count && OrganisationNouns.Nouns(_lexicon.Code).Any(n => _text.AsSpan(_tokens[at].Start).StartsWith(n, StringComparison.OrdinalIgnoreCase));

    /// <summary>A measure word after a number ("两位", "5名", "三个") never opens a company's name.</summary>
    private bool StartsWithClassifier(int index) =>
        "位名个個".Contains(_text[_tokens[index].Start], StringComparison.Ordinal)
        && index > 0 && (_tokens[index - 1].Kind == TokenKind.Number || "一二两兩三四五六七八九十几幾数數多".Contains(_text[_tokens[index - 1].Start], StringComparison.Ordinal));

    private bool IsHanCharacter(int at) =>
        _tokens[at].Kind == TokenKind.Cjk && _tokens[at].Length == 1 && _text[_tokens[at].Start] is >= '\u4E00' and <= '\u9FFF';

    /// <summary>"(TARS)" or "（Acme AI）" right at <paramref name="at"/>: one or two Latin words, the first capitalised, that
    /// do not look like a person's first and last name; (0, null) otherwise. A Han name that ends in a company word
    /// (<paramref name="companyHan"/>, "流明智能（Lumina Mind）") is a company whatever its Latin name's second word, and the
    /// Latin name the article gives wins over a pinyin reading, as the English press writes it.</summary>
    private (int End, string? Name) BracketedLatinName(int at, int end, bool companyHan)
    {
        if (at + 2 >= end || _tokens[at].Key is not ("(" or "（"))
        {
            return (0, null);
        }

        var close = at + 1;
        while (close < end && close - at <= 3 && _tokens[close].Kind is TokenKind.Word or TokenKind.Number)
        {
            close++;
        }

        var words = close - at - 1;
        if (close >= end || _tokens[close].Key is not (")" or "）") || words is < 1 or > 2 || !char.IsUpper(_text[_tokens[at + 1].Start]))
        {
            return (0, null);
        }

        // Two capitalised words are a person's name ("Ruoming Pang") unless the second is a company word ("Acme AI").
        var second = words == 2 ? _text.Substring(_tokens[at + 2].Start, _tokens[at + 2].Length) : null;
        if (second is not null && !companyHan && !s_latinCompanyWords.Contains(second))
        {
            return (0, null);
        }

        return (close + 1, _text[_tokens[at + 1].Start.._tokens[close - 1].End]);
    }

    private static readonly HashSet<string> s_latinCompanyWords = new(StringComparer.OrdinalIgnoreCase) { "AI", "Labs", "Lab", "Tech", "Technology", "Robotics", "Intelligence", "Inc" };

    /// <summary>The stem and English company word of "某某科技" (a two- or three-character stem that is no common
    /// modifier such as "人工" in "人工智能"), or (null, null).</summary>
    private static (string? Stem, string? English) CompanyWord(string han)
    {
        foreach (var (suffix, english) in s_chinese.Value.CompanyWords)
        {
            var stemLength = han.Length - suffix.Length;
            if (stemLength is 2 or 3 && han.EndsWith(suffix, StringComparison.Ordinal)
                && !s_chinese.Value.NotStems.Any(n => han.AsSpan(0, stemLength).Contains(n, StringComparison.Ordinal)))
            {
                return (han[..stemLength], english);
            }
        }

        return (null, null);
    }

    /// <summary>A company slot before the name: a verb of joining, leaving, moving or founding, "前"/"原", "初创公司", or "从",
    /// also with "了" between ("加入了", "创建了"); after "的" only a founding verb ("创办的" is "founded by", while
    /// "离开的" describes a person).</summary>
    private bool LabSlotBefore(int index, List<Mention> mentions)
    {
        var at = index > 0 && _tokens[index - 1].Key is "了" or "的" ? index - 1 : index;
        var last = mentions.Count - 1;
        if (at < index && last >= 0 && mentions[last].First == at)
        {
            last--; // "的" is a cue of its own
        }

        var cue = last >= 0 && mentions[last].Kind == MentionKind.Cue && mentions[last].End == at ? mentions[last] : null;
        if (cue is null)
        {
            return false;
        }

        return at == index
            ? cue.Has(Cue.Join) || cue.Has(Cue.Leave) || cue.Has(Cue.Move) || cue.Has(Cue.Found) || cue.Has(Cue.Former) || cue.Has(Cue.StartupNoun) || cue.Has(Cue.FromPrep)
            : cue.Has(Cue.Found) || (_tokens[at].Key == "了" && (cue.Has(Cue.Join) || cue.Has(Cue.Leave)));
    }

    /// <summary>
    /// Whether the start-up noun ends right before <paramref name="index"/> and itself follows a verb of joining, leaving,
    /// moving or founding, with at most "了", "一家" or a field word ("AI") between ("加入了AI初创公司", "创办一家初创公司").
    /// </summary>
    private bool JoinedStartupBefore(int index, List<Mention> mentions)
    {
        var noun = mentions.FindLastIndex(m => m.End <= index);
        if (noun < 1 || mentions[noun] is not { Kind: MentionKind.Cue } startup || startup.End != index || !startup.Has(Cue.StartupNoun))
        {
            return false;
        }

        var verb = mentions[noun - 1];
        if (verb.Kind != MentionKind.Cue || !(verb.Has(Cue.Join) || verb.Has(Cue.Found) || verb.Has(Cue.Leave) || verb.Has(Cue.Move)) || startup.First - verb.End > 3)
        {
            return false;
        }

        for (var t = verb.End; t < startup.First; t++)
        {
            if (_tokens[t].Key is not ("了" or "一" or "家" or "ai" or "AI" or "新"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A founder's or a post's title right after the name, or after "的" ("某某科技创始人", "某某AI的CEO").</summary>
    /// <summary>
    /// "星河智能由王磊创立", "某某科技是由前谷歌工程师X和Y共同创办的": a company word before "由" and a verb of founding
    /// later in the same clause names the company founded, as the subject of the passive.
    /// </summary>
    private bool FoundedByAfter(int at, int end)
    {
        at += at < end && _tokens[at].Key == "是" ? 1 : 0;
        if (at >= end || _tokens[at].Key != "由")
        {
            return false;
        }

        for (var j = at + 1; j < end && j - at <= MaxFoundersSpan; j++)
        {
            if (_tokens[j].Key is "，" or "," or "。" or "；")
            {
                return false;
            }

            if (MatchCues(j, end) is { Length: > 0 } cue && cue.Cues!.Exists(c => c.Cue == Cue.Found))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many tokens the founders between "由" and the verb may take ("由前谷歌工程师王磊和前百度研究员李娜共同创立").</summary>
    private const int MaxFoundersSpan = 30;

    private bool TitleAfter(int at, int end)
    {
        if (at < end && _tokens[at].Key is "的")
        {
            at++;
        }

        var (length, cues) = at < end ? MatchCues(at, end) : (0, null);
        return length > 0 && cues!.Exists(c => c.Cue == Cue.FounderRole || (c.Cue == Cue.Role && c.Phrase.Length >= 2));
    }
}
