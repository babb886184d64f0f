using System.Reflection;
using System.Text;
using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Chinese names in Han characters found by the way news reporting uses them rather than by a list: a surname from
/// <c>Lexicons/Data/chinese-names.txt</c> and one or two more characters, standing as the subject of a move, a founding,
/// a post or a statement ("张三离职", "李四近日加入谷歌", "王五表示"), alone or in a list ("张三、李四和王五等人").
/// </summary>
internal sealed partial class MentionFinder
{
    private static readonly Lazy<ChineseNameData> s_chinese = new(ChineseNameData.Load);

    private static bool IsSurname(char c) => s_chinese.Value.Surnames.Contains(c);

    /// <summary>Whether <paramref name="c"/> is a listed Chinese surname (for a Chinese person named in kanji in a Japanese article).</summary>
    internal static bool IsChineseSurname(char c) => IsSurname(c);

    /// <summary>
    /// Names that open a clause and are followed by what a person does: one name or several joined by "、", "和", "与",
    /// "及", then (after at most two adverbs such as "近日", "也") a verb of moving, founding, working or saying, or
    /// "等人"/"两人" after a list. Returns the token after the last name, or 0 when there is none.
    /// </summary>
    private int ChineseSubjectNames(int index, int sentenceStart, int end, List<Mention> mentions)
    {
        var start = _tokens[index].Start;
        // A name right after a naming word ("名为"), or the object of a hiring verb ("挖走了张三，"), needs no verb after it.
        var named = s_chinese.Value.Named.Exists(w => _text.AsSpan(0, start).EndsWith(w, StringComparison.Ordinal))
            || (mentions.Count > 0 && mentions[^1].Kind == MentionKind.Cue && mentions[^1].Has(Cue.Recruit)
                && (mentions[^1].End == index || (mentions[^1].End == index - 1 && _tokens[index - 1].Key == "了")));
        // "宁宁博士", "王明先生": a title of address makes a person wherever the name stands, even after "的".
        for (var length = 3; length >= 2; length--)
        {
            if (IsChineseNameShape(index, length, end) && index + length < end && StartsWithAny(index + length, s_chinese.Value.Honorifics) > 0)
            {
                mentions.Add(Person(index, index + length, unknown: true));
                return index + length;
            }
        }

        // "阿里出身的赵斌强，", "曾在谷歌工作的王明远": a full name (surname and two characters) after a career clause
        // and "的", ending where a name ends.
        if (!named && index + 3 <= end && CareerClauseBefore(index, mentions) && IsChineseNameShape(index, 3, end) && EndsChineseName(index + 3, end))
        {
            mentions.Add(Person(index, index + 3, unknown: true));
            return index + 3;
        }

        if (!named && !OpensChineseClause(index, sentenceStart, mentions))
        {
            return 0;
        }

        var names = new List<(int First, int End)>();
        var at = index;
        while (names.Count < 8)
        {
            var nameEnd = 0;
            var joined = false;
            for (var length = 3; length >= 2 && nameEnd == 0; length--)
            {
                if (!IsChineseNameShape(at, length, end))
                {
                    continue;
                }

                if (at + length + 1 < end && _tokens[at + length].Key is "、" or "和" or "与" or "與" or "及" && IsChineseNameShape(at + length + 1, 3, end) | IsChineseNameShape(at + length + 1, 2, end))
                {
                    (nameEnd, joined) = (at + length, true);
                }
                else if (at + length + 1 < end && _tokens[at + length].Key is "、" or "和" or "与" or "與" or "及" && StartsDotName(at + length + 1, end))
                {
                    nameEnd = at + length; // the list goes on with a transliterated name, found as such
                }
                else if (ConfirmsChineseName(at + length, end, names.Count > 0) || (named && EndsChineseName(at + length, end))
                    || (names.Count > 0 && at + length < end && _tokens[at + length].Kind == TokenKind.Punct && IntroducesList(index)))
                {
                    nameEnd = at + length;
                }
            }

            if (nameEnd == 0)
            {
                return 0;
            }

            names.Add((at, nameEnd));
            if (!joined)
            {
                foreach (var (first, last) in names)
                {
                    if (first > index)
                    {
                        AddJoiner(first - 1, mentions);
                    }

                    mentions.Add(Person(first, last, unknown: true));
                }

                return nameEnd;
            }

            at = nameEnd + 1;
        }

        return 0;
    }

    /// <summary>A word that opens a list of people ("分别是", "包括", "还有"): two or more names joined after it need no verb.</summary>
    private bool IntroducesList(int index) =>
        s_chinese.Value.ListOpeners.Exists(w => _text.AsSpan(0, _tokens[index].Start).EndsWith(w, StringComparison.Ordinal));

    /// <summary>"的" right after a verb or title of a career ("出身的", "加入的", "创办的", "担任CTO的").</summary>
    private bool CareerClauseBefore(int index, List<Mention> mentions) =>
        index > 0 && _tokens[index - 1].Key == "的" && mentions.Count >= 2 && mentions[^1].First == index - 1
        && mentions[^2] is { Kind: MentionKind.Cue } clause && clause.End == index - 1
        && (clause.Has(Cue.Work) || clause.Has(Cue.Join) || clause.Has(Cue.Leave) || clause.Has(Cue.Move) || clause.Has(Cue.Found) || clause.Has(Cue.FounderRole) || clause.IsRole);

    // Characters that usually mean "former" or "post" and so stop a name, but also end given names ("惠彬原", "李文前");
    // before punctuation they are part of the name.
    private const string GivenNameEnds = "原前任";

    /// <summary>A two-character name found before a title-like stop character gets it back when punctuation follows ("负责人惠彬原，").</summary>
    private int OverGivenNameEnd(int first, int nameEnd, int end) =>
        nameEnd - first == 2 && nameEnd + 1 < end && _tokens[nameEnd].Kind == TokenKind.Cjk && _tokens[nameEnd].Length == 1
            && GivenNameEnds.Contains(_text[_tokens[nameEnd].Start], StringComparison.Ordinal) && _tokens[nameEnd + 1].Kind == TokenKind.Punct
            ? nameEnd + 1
            : nameEnd;

    /// <summary>The "和"/"与" between two names as the coordination cue it is, so the rules see the list.</summary>
    private void AddJoiner(int at, List<Mention> mentions)
    {
        var (length, cues) = MatchCues(at, at + 1);
        if (length == 1 && cues!.Exists(c => c.Cue == Cue.Coord))
        {
            mentions.Add(new Mention(MentionKind.Cue, at, at + 1, _tokens[at].Start, _tokens[at].End) { Cues = cues, Surface = Slice(at, at + 1) });
        }
    }

    /// <summary>A name opens a clause: at the start of the sentence, after punctuation, a Latin word or a function
    /// character, or right after a mention (a lab, a title, "前").</summary>
    private bool OpensChineseClause(int index, int sentenceStart, List<Mention> mentions)
    {
        if (index == sentenceStart || (mentions.Count > 0 && mentions[^1].End == index))
        {
            return true;
        }

        var previous = _tokens[index - 1];
        return previous.Kind != TokenKind.Cjk || NameStops.Contains(_text[previous.Start], StringComparison.Ordinal) || s_chinese.Value.Opens.Contains(_text[previous.Start]);
    }

    /// <summary>Nothing after the name could continue it: the end, punctuation, a function character, a cue or a known name.</summary>
    private bool EndsChineseName(int at, int end) =>
        at >= end || _tokens[at].Kind != TokenKind.Cjk || NameStops.Contains(_text[_tokens[at].Start], StringComparison.Ordinal) || IsBoundary(at);

    /// <summary>A surname and one or two characters, none of them starting a cue or a known name, and no common word.</summary>
    private bool IsChineseNameShape(int first, int length, int end)
    {
        if (first + length > end || !IsSurname(_text[_tokens[first].Start]))
        {
            return false;
        }

        // "赵琳来自百度" is 赵琳: a third character that opens a word of the clause ("来自", "正式") belongs to that word.
        if (length == 3 && OpensAdverb(first + 2))
        {
            return false;
        }

        for (var k = first; k < first + length; k++)
        {
            var token = _tokens[k];
            if (token.Kind != TokenKind.Cjk || token.Length != 1 || (k > first && (NameStops.Contains(_text[token.Start], StringComparison.Ordinal) || IsBoundary(k))))
            {
                return false;
            }
        }

        return MatchGazetteer(first, end).Length == 0 && MatchCues(first, end).Length == 0
            && !StartsWithNotName(first, length) && !EndsLikeAnOrganisation(first, first + length);
    }

    /// <summary>What follows a name shows it is a person: a verb (after at most two adverbs), a statement, a passive
    /// "被", "曾任", "担任", "是"/"从"/"在" before a lab, or, after a list, "等人"/"两人".</summary>
    private bool ConfirmsChineseName(int at, int end, bool list)
    {
        if (at >= end)
        {
            return false;
        }

        if (StartsWithAny(at, s_chinese.Value.Group) > 0)
        {
            return list || StartsWithAny(at, s_chinese.Value.Group) >= 2;
        }

        if (JoinedToFormerColleague(at, end) || OpensRosterEntry(at, end))
        {
            return true;
        }

        // "随着张三的加盟": a move stated as a noun of the name.
        if (_tokens[at].Key == "的" && at + 1 < end && MatchCues(at + 1, end) is (> 0, { } nounCues) && nounCues.Exists(c => c.Cue is Cue.Join or Cue.Leave))
        {
            return true;
        }

        for (var adverbs = 0; adverbs <= 3 && at < end; adverbs++)
        {
            if (StartsWithAny(at, s_chinese.Value.Speech) > 0)
            {
                return true;
            }

            var (length, cues) = MatchCues(at, end);
            if (length > 0 && cues!.Exists(c => c.Cue is Cue.Leave or Cue.Join or Cue.Move or Cue.Found or Cue.Work or Cue.Recruit or Cue.PassiveBy
                || (c.Cue == Cue.Copula && (length >= 2 || (at + 1 < end && MatchGazetteer(at + 1, end).Length > 0)))
                || (c.Cue == Cue.Former && length >= 2)
                || (c.Cue == Cue.FromPrep && at + 1 < end && MatchGazetteer(at + 1, end).Length > 0)))
            {
                return true;
            }

            if (_tokens[at].Key == "在" && at + 1 < end && MatchGazetteer(at + 1, end).Length > 0)
            {
                return true;
            }

            // "张三2023年加入谷歌", "张三在2023年创办了": a date (also after "在"/"于") stands where an adverb would.
            var adverb = DateLength(at, end) is var dateLength and > 0 ? dateLength
                : _tokens[at].Key is "在" or "于" or "於" && at + 1 < end && DateLength(at + 1, end) is var afterPrep and > 0 ? afterPrep + 1
                : StartsWithAny(at, s_chinese.Value.Subject);
            if (adverb == 0)
            {
                return false;
            }

            at += adverb;
        }

        return false;
    }

    /// <summary>"Slack 帐号", "Slack 内部账号": a lab followed by an account noun is its product in use, not an employer
    /// (departures are often reported by a deactivated work account).</summary>
    private bool UsedAsProduct(Mention lab)
    {
        if (!_lexicon.Code.StartsWith("zh", StringComparison.Ordinal) || lab.End >= _tokens.Count)
        {
            return false;
        }

        var at = lab.End;
        at += StartsWithAny(at, ["内部", "內部"]);
        return at < _tokens.Count && StartsWithAny(at, s_chinese.Value.ProductNouns) > 0;
    }

    /// <summary>
    /// "资深算法专家黄一鸣已于上月加入", "原负责人郑一鸣将调任": a function character that also opens given names (一) right
    /// after the surname, when one more name character follows and the name ends there, and the two are no common word
    /// ("一直", "一起"). <paramref name="at"/> is the character after the surname.
    /// </summary>
    private bool OpensGivenName(int at, int end)
    {
        if (at + 1 >= end || !s_chinese.Value.GivenOpeners.Contains(_text[_tokens[at].Start]) || _tokens[at + 1] is not { Kind: TokenKind.Cjk, Length: 1 } second
            || NameStops.Contains(_text[second.Start], StringComparison.Ordinal) || IsBoundary(at + 1))
        {
            return false;
        }

        return !s_chinese.Value.NotGiven.Contains(Slice(at, at + 2)) && EndsChineseName(at + 2, end);
    }

    /// <summary>A two-character adverb or verb of saying starts here ("正式", "已经", "发文"): a name after a title ends
    /// before it ("副总裁张伟正式加盟" is 张伟, not 张伟正; "工程师杨宏发文" is 杨宏).</summary>
    private bool OpensAdverb(int at) => StartsWithAny(at, s_chinese.Value.Subject) >= 2 || StartsWithAny(at, s_chinese.Value.Speech) >= 2;

    /// <summary>The candidate opens with a common word that starts with a surname character ("程序员", "许多").</summary>
    private bool StartsWithNotName(int first, int length)
    {
        var candidate = Slice(first, first + length);

        // "已于近期离职", "於今年加入": a preposition that is also a surname, then a time word, is no name ("Yu Jinqi").
        return s_chinese.Value.NotNames.Contains(candidate) || (length == 3 && s_chinese.Value.NotNames.Contains(candidate[..2]))
            || (candidate.Length >= 3 && s_chinese.Value.Subject.Exists(w => w.Length >= 2 && candidate.AsSpan(1).StartsWith(w, StringComparison.Ordinal)));
    }

    /// <summary>The tokens of a date at <paramref name="at"/> ("2023年", "2024年3月", "2024年年初"), or 0.</summary>
    private int DateLength(int at, int end)
    {
        if (_datesByToken.TryGetValue(at, out var date) && date.End <= end)
        {
            // "2024年年初", "2023年底": the part of the year the date parser leaves after the year.
            var after = date.End;
            if (after + 1 < end && _tokens[after].Key == "年" && "初底中末".Contains(_text[_tokens[after + 1].Start], StringComparison.Ordinal))
            {
                after += 2;
            }
            else if (after < end && _tokens[after].Kind == TokenKind.Cjk && "初底末".Contains(_text[_tokens[after].Start], StringComparison.Ordinal))
            {
                after++;
            }

            return after - at;
        }

        var j = at;
        while (j + 1 < end && _tokens[j].Kind == TokenKind.Number && _tokens[j + 1].Kind == TokenKind.Cjk && "年月日号號".Contains(_text[_tokens[j + 1].Start], StringComparison.Ordinal))
        {
            j += 2;
            while (j < end && _tokens[j].Kind == TokenKind.Cjk && "年初底中末".Contains(_text[_tokens[j].Start], StringComparison.Ordinal) && j - at < 6)
            {
                j++;
            }
        }

        return j - at;
    }

    /// <summary>Tokens from <paramref name="at"/> are the word's characters, one each, with nothing between them but a
    /// skipped reading ("發(fā)文").</summary>
    private bool SpellsWord(int at, string word)
    {
        for (var k = 0; k < word.Length; k++)
        {
            var token = _tokens[at + k];
            if (token.Length != 1 || _text[token.Start] != word[k] || (k > 0 && token.SpaceBefore))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many one-character tokens from <paramref name="at"/> spell the longest of the words, or 0.</summary>
    private int StartsWithAny(int at, List<string> words)
    {
        var best = 0;
        foreach (var word in words)
        {
            if (word.Length > best && at + word.Length <= _tokens.Count && SpellsWord(at, word))
            {
                best = word.Length;
            }
        }

        return best;
    }

    private sealed record ChineseNameData(HashSet<char> Surnames, List<string> Subject, List<string> Speech, List<string> Group, HashSet<string> NotNames, List<string> Named, HashSet<char> Opens,
        List<(string Suffix, string English)> CompanyWords, HashSet<string> NotStems, List<string> Honorifics, List<string> ListOpeners, List<string> ProductNouns,
        HashSet<char> GivenOpeners, HashSet<string> NotGiven)
    {
        public static ChineseNameData Load()
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("lexicons/chinese-names.txt")
                ?? throw new InvalidOperationException("embedded resource 'lexicons/chinese-names.txt' is missing");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var data = new ChineseNameData([], [], [], [], new HashSet<string>(StringComparer.Ordinal), [], [], [], new HashSet<string>(StringComparer.Ordinal), [], [], [], [], new HashSet<string>(StringComparer.Ordinal));
            var lineNumber = 0;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var parts = line.Split('\t');
                var entries = parts.Skip(1).Where(p => p.Length > 0);
                switch (parts[0])
                {
                    case "surnames": data.Surnames.UnionWith(entries.SelectMany(p => p)); break;
                    case "subject": data.Subject.AddRange(entries); break;
                    case "speech": data.Speech.AddRange(entries); break;
                    case "group": data.Group.AddRange(entries); break;
                    case "notnames": data.NotNames.UnionWith(entries); break;
                    case "named": data.Named.AddRange(entries); break;
                    case "opens": data.Opens.UnionWith(entries.SelectMany(p => p)); break;
                    case "company": data.CompanyWords.AddRange(entries.Select(e => CompanyWordEntry(e, lineNumber))); break;
                    case "notstems": data.NotStems.UnionWith(entries); break;
                    case "honorifics": data.Honorifics.AddRange(entries); break;
                    case "listopeners": data.ListOpeners.AddRange(entries); break;
                    case "productnouns": data.ProductNouns.AddRange(entries); break;
                    case "givenopeners": data.GivenOpeners.UnionWith(entries.SelectMany(p => p)); break;
                    case "notgiven": data.NotGiven.UnionWith(entries); break;
                    default: throw new InvalidOperationException($"chinese-names.txt:{lineNumber}: unknown kind '{parts[0]}' (expected surnames, subject, speech, group, notnames, named, opens, company, notstems, honorifics, listopeners, productnouns, givenopeners or notgiven)");
                }
            }

            // Longer company words first, so "机器人" wins over a shorter word it ends with.
            data.CompanyWords.Sort((a, b) => b.Suffix.Length.CompareTo(a.Suffix.Length));
            return data;
        }

        private static (string, string) CompanyWordEntry(string entry, int lineNumber)
        {
            var eq = entry.IndexOf('=', StringComparison.Ordinal);
            return eq > 0 && eq < entry.Length - 1
                ? (entry[..eq], entry[(eq + 1)..])
                : throw new InvalidOperationException($"chinese-names.txt:{lineNumber}: company entry '{entry}' must be 'word=English'");
        }
    }
}
