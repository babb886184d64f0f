using System.Globalization;
using System.Text.RegularExpressions;
using GraphExplorer.Core.Model;
using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>A date expression found in text: its character range and the date it stands for (null when it is relative
/// and the article has no publication date to resolve it against).</summary>
internal readonly record struct DateMention(int Start, int End, PartialDate? Date);

/// <summary>
/// Finds absolute and relative dates in each supported language and resolves relative ones against the publication
/// date, keeping their precision: "last week" and "上周" are known to the month, "yesterday" to the day, "last year" to
/// the year. A week has no precision of its own, so it is reported as the month holding its Thursday.
/// </summary>
internal sealed class DateParser
{
    // Patterns are written in lower case and run on lower-cased text: case-insensitive matching of long alternations
    // (month names) is several times slower, and lower-casing keeps every offset. The engine is non-backtracking, so
    // matching is linear in the text whatever it holds and needs no timeout (a timeout made results depend on how
    // busy the machine was). It has no lookarounds: a rule states what may not come just before or after a match as a
    // separate check (NotBefore, NotAfter), run on a few characters around it.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>How many characters after a match a <see cref="Rule.NotAfter"/> check reads (a bounded lookahead).</summary>
    private const int LookaheadWindow = 48;
    private static readonly Dictionary<string, DateParser> s_parsers = new(StringComparer.Ordinal);
    private static readonly Lock s_lock = new();

    private static readonly Dictionary<string, int> s_smallNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5,
        ["uno"] = 1, ["una"] = 1, ["dos"] = 2, ["tres"] = 3, ["cuatro"] = 4, ["cinco"] = 5,
        ["einem"] = 1, ["einer"] = 1, ["zwei"] = 2, ["drei"] = 3, ["vier"] = 4, ["fünf"] = 5,
        ["um"] = 1, ["duas"] = 2, ["dois"] = 2, ["três"] = 3,
        ["satu"] = 1, ["dua"] = 2, ["tiga"] = 3, ["empat"] = 4, ["lima"] = 5,
    };

    private readonly List<Rule> _rules = [];
    private readonly List<Rule> _monthRules = [];
    private readonly HashSet<string> _monthKeys = new(StringComparer.Ordinal);

    private DateParser(LanguageLexicon lexicon)
    {
        switch (lexicon.Code)
        {
            case "zh-Hans" or "zh-Hant" or "ja":
                AddCjk(lexicon.Code == "ja");
                break;
            case "ko":
                AddKorean();
                break;
            default:
                AddLatin(lexicon);
                break;
        }

        Add(@"\b(\d{4})-(\d{2})-(\d{2})\b", (m, _) => Day(m, 1, 2, 3), "-");
        Add(new Rule(@"\b(\d{4})-(\d{2})\b", (m, _) => Month(m, 1, 2)) { NotAfter = "-", Anchors = ["-"] });
    }

    public static DateParser For(LanguageLexicon lexicon)
    {
        lock (s_lock)
        {
            if (!s_parsers.TryGetValue(lexicon.Code, out var parser))
            {
                parser = new DateParser(lexicon);
                s_parsers[lexicon.Code] = parser;
            }

            return parser;
        }
    }

    /// <summary>All date expressions of the text, longest first where they overlap, in text order. With the text's
    /// tokens, patterns built around a month name run only on a short window around each month name.</summary>
    public List<DateMention> Find(string text, PartialDate? published, List<Text.Token>? tokens = null)
    {
        var found = new List<DateMention>();
        var lower = text.ToLowerInvariant();
        var seen = new HashSet<(int, int)>();
        foreach (var rule in _rules)
        {
            // A rule runs only when one of its anchor words occurs: most articles hold few dates, and scanning for a
            // literal is far cheaper than running the pattern.
            if (rule.Anchors is { } anchors && !Array.Exists(anchors, a => lower.Contains(a, StringComparison.Ordinal)))
            {
                continue;
            }

            Collect(rule, lower, 0, lower.Length, published, found, seen);
        }

        if (_monthRules.Count > 0)
        {
            if (tokens is null)
            {
                foreach (var rule in _monthRules)
                {
                    Collect(rule, lower, 0, lower.Length, published, found, seen);
                }
            }
            else
            {
                var windowEnd = -1;
                for (var t = 0; t < tokens.Count; t++)
                {
                    if (tokens[t].Kind != Text.TokenKind.Word || !_monthKeys.Contains(tokens[t].Key) || tokens[t].Start < windowEnd)
                    {
                        continue;
                    }

                    var from = tokens[Math.Max(0, t - 4)].Start;
                    var to = tokens[Math.Min(tokens.Count - 1, t + 6)].End;
                    windowEnd = to;
                    foreach (var rule in _monthRules)
                    {
                        Collect(rule, lower, from, to - from, published, found, seen);
                    }
                }
            }
        }

        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : (b.End - b.Start).CompareTo(a.End - a.Start));
        var result = new List<DateMention>(found.Count);
        var end = -1;
        int? lastYear = null;
        foreach (var d in found)
        {
            if (d.Start >= end)
            {
                var date = d.Date;
                if (date is { Year: SameYearPlaceholder } same)
                {
                    date = lastYear is { } y ? PartialDate.Of(y, same.Month) : null;
                }
                else if (date is { } known)
                {
                    lastYear = known.Year;
                }

                result.Add(d with { Date = date });
                end = d.End;
            }
        }

        return result;
    }

    private static void Collect(Rule rule, string lower, int start, int length, PartialDate? published, List<DateMention> found, HashSet<(int, int)> seen)
    {
        for (var m = rule.Pattern.Match(lower, start, length); m.Success; m = m.NextMatch())
        {
            if (!rule.Allows(lower, m.Index, m.Index + m.Length) || !seen.Add((m.Index, m.Index + m.Length)))
            {
                continue;
            }

            PartialDate? date;
            try
            {
                date = rule.Resolve(m, published);
            }
            catch (ArgumentOutOfRangeException)
            {
                date = null;
            }

            found.Add(new DateMention(m.Index, m.Index + m.Length, date));
        }
    }

    private void AddMonthRule(string pattern, Func<Match, PartialDate?, PartialDate?> resolve, string? notAfter = null) =>
        _monthRules.Add(new Rule(pattern, resolve) { NotAfter = notAfter });

    private void Add(string pattern, Func<Match, PartialDate?, PartialDate?> resolve, params string[]? anchors) =>
        Add(new Rule(pattern, resolve) { Anchors = anchors });

    private void Add(Rule rule) => _rules.Add(rule);

    /// <summary>
    /// One date pattern (lower case, non-backtracking), what it resolves to, the literals one of which the text must hold
    /// for the rule to run, and the context that vetoes a match: <see cref="NotBefore"/>, characters that may not
    /// precede it, and <see cref="NotAfter"/>, a pattern that may not start right after it.
    /// </summary>
    private sealed class Rule(string pattern, Func<Match, PartialDate?, PartialDate?> resolve)
    {
        private Regex? _notAfter;

        public Regex Pattern { get; } = new(pattern.ToLowerInvariant(), Options);

        public Func<Match, PartialDate?, PartialDate?> Resolve { get; } = resolve;

        public string[]? Anchors
        {
            get;
            init => field = value is { Length: > 0 } ? value : null;
        }

        public string? NotBefore { get; init; }

        public string? NotAfter
        {
            get => _notAfter?.ToString();
            init => _notAfter = value is null ? null : new Regex("^(?:" + value.ToLowerInvariant() + ")", Options);
        }

        public bool Allows(string text, int start, int end) =>
            (NotBefore is null || start == 0 || !NotBefore.Contains(text[start - 1], StringComparison.Ordinal))
            && (_notAfter is null || !_notAfter.IsMatch(text.AsSpan(end, Math.Min(LookaheadWindow, text.Length - end))));
    }

    private void AddLatin(LanguageLexicon l)
    {
        var months = string.Join('|', l.Months.Keys.Concat(l.MonthSpellings).Distinct().OrderByDescending(k => k.Length).Select(Regex.Escape));
        var weekdays = string.Join('|', l.Weekdays.Keys.Concat(l.WeekdaySpellings).Distinct().OrderByDescending(k => k.Length).Select(Regex.Escape));
        _monthKeys.UnionWith(l.Months.Keys);
        var weekdayAnchors = l.Weekdays.Keys.Concat(l.WeekdaySpellings).Distinct().ToArray();
        int M(string name) => l.Months.TryGetValue(Text.Tokenizer.Fold(name), out var m) ? m : throw new ArgumentOutOfRangeException(nameof(name));
        DayOfWeek W(string name) => l.Weekdays[Text.Tokenizer.Fold(name)];

        // Absolute: day month year, month day year, month year; a month alone or a bare year after a preposition.
        AddMonthRule($@"\b(\d{{1,2}})(?:\.|º|er|st|nd|rd|th)?\s+(?:de\s+)?({months})\.?,?(?:\s+(?:de\s+|del\s+)?(\d{{4}}))?\b", (m, p) =>
            m.Groups[3].Success ? PartialDate.Of(Int(m, 3), M(m.Groups[2].Value), Int(m, 1))
            : p is { } pub ? MostRecent(pub, M(m.Groups[2].Value), Int(m, 1)) : null);
        AddMonthRule($@"\b({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", (m, _) => PartialDate.Of(Int(m, 3), M(m.Groups[1].Value), Int(m, 2)));
        AddMonthRule($@"\b({months})\.?(?:\s+(?:de|del|of)\s+|\s+|,\s*)(\d{{4}})\b", (m, _) => PartialDate.Of(Int(m, 2), M(m.Groups[1].Value)));
        var monthPreps = l.Code switch
        {
            "en" => "in|since|last|early|late|mid|by|until|this|next|of",
            "fr" => "en|depuis|dès|fin|début|mi|d'|de",
            "es" => "en|desde|a finales de|a principios de|a mediados de|de",
            "de" => "im|seit|Anfang|Ende|Mitte|vom",
            "pt" => "em|desde|no final de|no início de|de",
            _ => "pada|sejak|akhir|awal|bulan",
        };
        AddMonthRule($@"\b(?:{monthPreps})[\s-]*({months})\b", (m, p) => p is { } pub ? MostRecent(pub, M(m.Groups[1].Value), 0) : null, notAfter: @"\.?,?\s+(?:de\s+|del\s+|of\s+)?\d");
        Add(new Rule(@"\b(19[89]\d|20[0-4]\d)\b", (m, _) => PartialDate.Of(Int(m, 1)))
        {
            NotBefore = "0123456789$€£¥.,/-",
            NotAfter = @"[\d%-]|\s*(?:km|kg|\$|€|%|employ|people|staff|personnes|empleados)",
        });

        // Relative: resolved against the publication date.
        foreach (var (pattern, unit, offset) in RelativeLatin(l.Code))
        {
            Add(pattern, (_, p) => p is { } pub ? Shift(pub, unit, offset) : null, AnchorOf(pattern));
        }

        var agoPattern = l.Code switch
        {
            "en" => @"\b(\d+|a|an|one|two|three|four|five|six)\s+(day|week|month|year)s?\s+ago\b",
            "fr" => @"\bil\s+y\s+a\s+(\d+|un|une|deux|trois|quatre|cinq)\s+(jour|semaine|mois|an|année)s?\b",
            "es" => @"\bhace\s+(\d+|un|una|dos|tres|cuatro|cinco)\s+(día|semana|mes|año)(?:s|es)?\b",
            "de" => @"\bvor\s+(\d+|einem|einer|zwei|drei|vier|fünf)\s+(Tag|Woche|Monat|Jahr)(?:en|n|e)?\b",
            "pt" => @"\bhá\s+(\d+|um|uma|dois|duas|três)\s+(dia|semana|mês|mes|ano)(?:s|es)?\b",
            _ => @"\b(\d+|satu|dua|tiga|empat|lima)\s+(hari|minggu|pekan|bulan|tahun)\s+(?:yang\s+)?lalu\b",
        };
        Add(agoPattern, (m, p) => p is { } pub ? Shift(pub, UnitOf(m.Groups[2].Value), -Number(m.Groups[1].Value)) : null, l.Code switch
        {
            "en" => "ago",
            "fr" => "il y a",
            "es" => "hace",
            "de" => "vor",
            "pt" => "há",
            _ => "lalu",
        });

        var lastWeekday = l.Code switch
        {
            "en" => $@"\b(?:last|on|this\s+past)\s+({weekdays})\b",
            "fr" => $@"\b({weekdays})(?:\s+(?:dernier|passé))?\b",
            "es" => $@"\bel\s+({weekdays})\s+(?:pasado)?\b",
            "de" => $@"\b(?:am|vergangenen|letzten)\s+({weekdays})\b",
            "pt" => $@"\b(?:na|no|nesta|neste)\s+({weekdays})(?:\s+(?:passada|passado))?\b",
            _ => $@"\b(?:pada\s+(?:hari\s+)?({weekdays})(?:\s+lalu)?|({weekdays})\s+lalu)\b",
        };
        Add(lastWeekday, (m, p) => p is { } pub && pub.Precision == DatePrecision.Day ? PreviousWeekday(pub, W(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)) : null, weekdayAnchors);

        if (l.Code == "en")
        {
            AddMonthRule($@"\blast\s+({months})\b", (m, p) => p is { } pub ? MostRecent(pub, M(m.Groups[1].Value), 0, strictlyBefore: true) : null);
        }
    }

    /// <summary>The longest word a pattern always needs (outside its optional or alternative groups), used to skip the
    /// pattern on texts without it; null when every word is inside a group.</summary>
    private static string[]? AnchorOf(string pattern)
    {
        var plain = pattern.ToLowerInvariant().Replace(@"\b", " ", StringComparison.Ordinal).Replace(@"\s+", " ", StringComparison.Ordinal).Replace(@"\s", " ", StringComparison.Ordinal);
        string previous;
        do
        {
            previous = plain;
            plain = Regex.Replace(plain, @"\([^()]*\)[?*]?", " ", Options);
        }
        while (plain != previous);

        var word = Regex.Split(plain, @"[^\p{L}]+", Options).OrderByDescending(w => w.Length).FirstOrDefault();
        return string.IsNullOrEmpty(word) ? null : [word];
    }

    private static IEnumerable<(string Pattern, char Unit, int Offset)> RelativeLatin(string code) => code switch
    {
        "en" =>
        [
            (@"\byesterday\b", 'd', -1), (@"\btoday\b", 'd', 0), (@"\bthis\s+week\b", 'w', 0), (@"\blast\s+week\b", 'w', -1),
            (@"\bthis\s+month\b", 'm', 0), (@"\blast\s+month\b", 'm', -1), (@"\b(?:earlier\s+)?this\s+year\b", 'y', 0),
            (@"\blast\s+year\b", 'y', -1), (@"\bearlier\s+this\s+month\b", 'm', 0),
        ],
        "fr" =>
        [
            (@"\bhier\b", 'd', -1), (@"\baujourd['’]hui\b", 'd', 0), (@"\bcette\s+semaine\b", 'w', 0),
            (@"\bla\s+semaine\s+(?:dernière|passée)\b", 'w', -1), (@"\bce\s+mois-ci\b", 'm', 0),
            (@"\ble\s+mois\s+(?:dernier|passé)\b", 'm', -1), (@"\b(?:plus\s+tôt\s+)?cette\s+année\b", 'y', 0),
            (@"\b(?:l['’]année|l['’]an)\s+(?:dernière|dernier|passée)\b", 'y', -1),
        ],
        "es" =>
        [
            (@"\bayer\b", 'd', -1), (@"\bhoy\b", 'd', 0), (@"\besta\s+semana\b", 'w', 0), (@"\bla\s+semana\s+pasada\b", 'w', -1),
            (@"\beste\s+mes\b", 'm', 0), (@"\bel\s+mes\s+pasado\b", 'm', -1), (@"\beste\s+año\b", 'y', 0), (@"\bel\s+año\s+pasado\b", 'y', -1),
        ],
        "de" =>
        [
            (@"\bgestern\b", 'd', -1), (@"\bheute\b", 'd', 0), (@"\bdiese(?:r)?\s+Woche\b", 'w', 0),
            (@"\b(?:letzte|letzten|vergangene|vergangenen)\s+Woche\b", 'w', -1), (@"\bdiese[nm]\s+Monat\b", 'm', 0),
            (@"\b(?:letzten|vergangenen)\s+Monat\b", 'm', -1), (@"\b(?:dieses|diesem)\s+Jahr\b", 'y', 0),
            (@"\b(?:letztes|letzten|vergangenes|vergangenen)\s+Jahr(?:es)?\b", 'y', -1),
        ],
        "pt" =>
        [
            (@"\bontem\b", 'd', -1), (@"\bhoje\b", 'd', 0), (@"\b(?:n)?esta\s+semana\b", 'w', 0), (@"\b(?:na\s+)?semana\s+passada\b", 'w', -1),
            (@"\b(?:n)?este\s+mês\b", 'm', 0), (@"\b(?:no\s+)?mês\s+passado\b", 'm', -1), (@"\b(?:n)?este\s+ano\b", 'y', 0),
            (@"\b(?:no\s+)?ano\s+passado\b", 'y', -1),
        ],
        _ =>
        [
            (@"\bkemarin\b", 'd', -1), (@"\bhari\s+ini\b", 'd', 0), (@"\b(?:minggu|pekan)\s+ini\b", 'w', 0),
            (@"\b(?:minggu|pekan)\s+lalu\b", 'w', -1), (@"\b(?:akhir\s+|awal\s+)?bulan\s+ini\b", 'm', 0),
            (@"\b(?:akhir\s+|awal\s+)?bulan\s+lalu\b", 'm', -1), (@"\btahun\s+ini\b", 'y', 0), (@"\btahun\s+lalu\b", 'y', -1),
        ],
    };

    private void AddCjk(bool japanese)
    {
        const string Num = "[0-9０-９]";
        Add($@"({Num}{{4}})\s*年\s*({Num}{{1,2}})\s*月\s*({Num}{{1,2}})\s*[日号號]", (m, _) => Day(m, 1, 2, 3), "月");
        Add($@"({Num}{{4}})\s*年\s*({Num}{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月", (m, _) => PartialDate.Of(Int(m, 1), MonthNumber(m.Groups[2].Value)), "月");
        Add(new Rule($@"({Num}{{4}})\s*年", (m, _) => PartialDate.Of(Int(m, 1))) { NotAfter = "[\\s0-9０-９]*[月度]", Anchors = ["年"] });
        Add($@"(今年|去年|前年|昨年)?\s*({Num}{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月(?:\s*({Num}{{1,2}})\s*[日号號])?", (m, p) =>
        {
            if (p is not { } pub)
            {
                return null;
            }

            var month = MonthNumber(m.Groups[2].Value);
            var year = m.Groups[1].Value switch
            {
                "今年" => pub.Year,
                "去年" or "昨年" => pub.Year - 1,
                "前年" => pub.Year - 2,
                _ => month <= (pub.Month == 0 ? 12 : pub.Month) ? pub.Year : pub.Year - 1,
            };
            return m.Groups[3].Success ? PartialDate.Of(year, month, Int(m, 3)) : PartialDate.Of(year, month);
        }, "月");
        // "同年6月" (June of the same year): the year of the date before it, fixed once all dates are known.
        Add($@"同年\s*({Num}{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月", (m, _) => PartialDate.Of(SameYearPlaceholder, MonthNumber(m.Groups[1].Value)), "同年");
        (string, char, int)[] relative = japanese
            ?
            [
                ("昨日", 'd', -1), ("今日", 'd', 0), ("先週", 'w', -1), ("今週", 'w', 0), ("先月", 'm', -1), ("今月", 'm', 0),
                ("今年", 'y', 0), ("昨年|去年", 'y', -1),
            ]
            :
            [
                ("昨天|昨日", 'd', -1), ("今天|今日", 'd', 0), ("上周|上週|上星期", 'w', -1), ("本周|本週|这周|這週|这个星期", 'w', 0),
                ("上个月|上個月|上月", 'm', -1), ("本月|这个月|這個月", 'm', 0), ("今年", 'y', 0), ("去年", 'y', -1), ("前年", 'y', -2),
            ];
        foreach (var (pattern, unit, offset) in relative)
        {
            Add(new Rule($"(?:{pattern})", (_, p) => p is { } pub ? Shift(pub, unit, offset) : null) { NotAfter = "\\s*[0-9０-９一二三四五六七八九十]+\\s*月", Anchors = pattern.Split('|') });
        }

        Add($@"({Num}+)\s*(天|日|周|週|週間|个月|個月|か月|ヶ月|カ月|月|年)\s*前", (m, p) => p is { } pub ? Shift(pub, CjkUnit(m.Groups[2].Value), -Int(m, 1)) : null, "前");
    }

    /// <summary>A year no article means, standing for "the same year as the previous date" until resolved.</summary>
    private const int SameYearPlaceholder = 1001;

    private void AddKorean()
    {
        Add(@"(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일", (m, _) => Day(m, 1, 2, 3), "년");
        Add(@"(\d{4})\s*년\s*(\d{1,2})\s*월", (m, _) => Month(m, 1, 2), "년");
        Add(new Rule(@"(\d{4})\s*년", (m, _) => PartialDate.Of(Int(m, 1))) { NotAfter = @"\s*\d+\s*월", Anchors = ["년"] });
        Add(@"(올해|지난해|작년)?\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?", (m, p) =>
        {
            if (p is not { } pub)
            {
                return null;
            }

            var month = Int(m, 2);
            var year = m.Groups[1].Value switch
            {
                "올해" => pub.Year,
                "지난해" or "작년" => pub.Year - 1,
                _ => month <= (pub.Month == 0 ? 12 : pub.Month) ? pub.Year : pub.Year - 1,
            };
            return m.Groups[3].Success ? PartialDate.Of(year, month, Int(m, 3)) : PartialDate.Of(year, month);
        }, "월");
        (string, char, int)[] relative =
        [
            ("어제", 'd', -1), ("오늘", 'd', 0), ("지난주|지난 주", 'w', -1), ("이번 주|이번주", 'w', 0), ("지난달|지난 달", 'm', -1),
            ("이번 달|이번달", 'm', 0), ("올해", 'y', 0), ("작년|지난해", 'y', -1),
        ];
        foreach (var (pattern, unit, offset) in relative)
        {
            Add(new Rule($"(?:{pattern})", (_, p) => p is { } pub ? Shift(pub, unit, offset) : null) { NotAfter = @"\s*\d+\s*월", Anchors = pattern.Split('|') });
        }

        Add(@"(\d+)\s*(일|주|개월|년)\s*전", (m, p) => p is { } pub ? Shift(pub, m.Groups[2].Value switch { "일" => 'd', "주" => 'w', "개월" => 'm', _ => 'y' }, -Int(m, 1)) : null, "전");
    }

    /// <summary>Moves the publication date by whole units and keeps the unit's precision (never finer than the publication date's).</summary>
    internal static PartialDate? Shift(PartialDate published, char unit, int offset)
    {
        var anchor = published.FirstDay;
        switch (unit)
        {
            case 'y':
                return PartialDate.Of(published.Year + offset);
            case 'm' when published.Precision >= DatePrecision.Month:
                var month = new DateOnly(anchor.Year, anchor.Month, 1).AddMonths(offset);
                return PartialDate.Of(month.Year, month.Month);
            case 'w' when published.Precision == DatePrecision.Day:
                var monday = anchor.AddDays(-(((int)anchor.DayOfWeek + 6) % 7));
                var thursday = monday.AddDays((offset * 7) + 3);
                return PartialDate.Of(thursday.Year, thursday.Month);
            case 'w':
                return offset == 0 ? Coarser(published) : null;
            case 'd' when published.Precision == DatePrecision.Day:
                return PartialDate.FromDate(anchor.AddDays(offset));
            default:
                return offset == 0 ? Coarser(published) : null;
        }
    }

    private static PartialDate Coarser(PartialDate date) => date.Precision == DatePrecision.Day ? PartialDate.Of(date.Year, date.Month) : date;

    private static PartialDate MostRecent(PartialDate published, int month, int day, bool strictlyBefore = false)
    {
        var pubMonth = published.Month == 0 ? 12 : published.Month;
        var year = month < pubMonth || (!strictlyBefore && month == pubMonth) ? published.Year : published.Year - 1;
        return day > 0 ? PartialDate.Of(year, month, day) : PartialDate.Of(year, month);
    }

    private static PartialDate PreviousWeekday(PartialDate published, DayOfWeek weekday)
    {
        var day = published.FirstDay;
        var back = ((int)day.DayOfWeek - (int)weekday + 7) % 7;
        return PartialDate.FromDate(day.AddDays(back == 0 ? -7 : -back));
    }

    private static char UnitOf(string word)
    {
        var w = Text.Tokenizer.Fold(word);
        return w switch
        {
            _ when w.StartsWith("day", StringComparison.Ordinal) || w.StartsWith("jour", StringComparison.Ordinal) || w.StartsWith("dia", StringComparison.Ordinal) || w.StartsWith("tag", StringComparison.Ordinal) || w == "hari" => 'd',
            _ when w.StartsWith("week", StringComparison.Ordinal) || w.StartsWith("semaine", StringComparison.Ordinal) || w.StartsWith("semana", StringComparison.Ordinal) || w.StartsWith("woche", StringComparison.Ordinal) || w is "minggu" or "pekan" => 'w',
            _ when w.StartsWith("month", StringComparison.Ordinal) || w == "mois" || w.StartsWith("mes", StringComparison.Ordinal) || w.StartsWith("monat", StringComparison.Ordinal) || w == "bulan" => 'm',
            _ => 'y',
        };
    }

    private static char CjkUnit(string unit) => unit switch
    {
        "天" or "日" => 'd',
        "周" or "週" or "週間" => 'w',
        "年" => 'y',
        _ => 'm',
    };

    private static int Number(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : s_smallNumbers.GetValueOrDefault(word, 1);

    private static int Int(Match m, int group) => int.Parse(ToAsciiDigits(m.Groups[group].Value), NumberStyles.None, CultureInfo.InvariantCulture);

    private static string ToAsciiDigits(string s) => string.Concat(s.Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c));

    private static int MonthNumber(string text)
    {
        if (char.IsDigit(text[0]))
        {
            return int.Parse(ToAsciiDigits(text), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        const string Digits = "一二三四五六七八九";
        return text switch
        {
            "十" => 10,
            "十一" => 11,
            "十二" => 12,
            _ when text.Length == 1 => Digits.IndexOf(text[0], StringComparison.Ordinal) + 1,
            _ => throw new ArgumentOutOfRangeException(nameof(text)),
        };
    }

    private static PartialDate Day(Match m, int y, int mo, int d) => PartialDate.Of(Int(m, y), Int(m, mo), Int(m, d));

    private static PartialDate Month(Match m, int y, int mo) => PartialDate.Of(Int(m, y), Int(m, mo));
}
