using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Foreign names written in katakana with the parts joined by "・" and no honorific ("ジョン・スミスはAを退社し",
/// "研究者のジョン・スミスが"), as Japanese news often writes people after their first mention or in lists, and the
/// bare surname of such a name later in the article ("スミスは"). The honorific does not mark where the name is, so
/// the shape and sound do: a whole run of katakana (never starting or ending inside a katakana word) of two to four
/// parts, no part a listed loanword (<c>script-loanwords.txt</c>), at least one part sounding like a listed name part
/// (<see cref="NameParts"/>), and followed by a particle, punctuation, a title or a Latin word (CEO), not by more of
/// a noun ("…・ラボ研究所").
/// </summary>
internal sealed partial class MentionFinder
{
    /// <summary>What may follow a name in running text: particles, punctuation and brackets.</summary>
    private const string AfterKatakanaName = "はがをとものにへや、。，,：:（(）)」』\"";

    /// <summary>The last parts of the katakana names found so far, for their bare later mentions.</summary>
    private readonly HashSet<string> _katakanaSurnames = new(StringComparer.Ordinal);

    /// <summary>Adds to <paramref name="found"/> (first token → end token) the ・-joined katakana names of the sentence that carry no honorific.</summary>
    private void FindKatakanaDotNames(Sentence sentence, Dictionary<int, int> found)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (!IsNameKana(k) || InsideKatakanaWord(k, sentence.FirstToken))
            {
                continue;
            }

            var stop = k;
            var dots = 0;
            while (stop < sentence.EndToken && stop - k < 24 && (stop == k || Glued(stop)))
            {
                if (IsNameKana(stop))
                {
                    stop++;
                }
                else if (_text[_tokens[stop].Start] == '・' && stop + 1 < sentence.EndToken && IsNameKana(stop + 1) && Glued(stop + 1) && IsNameKana(stop - 1))
                {
                    dots++;
                    stop++;
                }
                else
                {
                    break;
                }
            }

            var first = k;
            k = stop - 1;
            if (dots is < 1 or > 3 || !KatakanaNameContext(stop, sentence.EndToken) || found.ContainsKey(first))
            {
                continue;
            }

            var surface = Slice(first, stop);
            if (Loanwords.InName(surface) || EndsLikeAnOrganisation(first, stop) || NameParts.SpellName(surface) is null)
            {
                continue;
            }

            found[first] = stop;
            _katakanaSurnames.Add(surface[(surface.LastIndexOf('・') + 1)..]);
        }
    }

    /// <summary>
    /// Adds the bare surnames of the article's ・-joined katakana names ("シャゼールは" after "ノーム・シャゼール") as short
    /// forms, which coreference ties to the full name: a whole katakana word, followed by a particle or punctuation.
    /// </summary>
    private void AddKatakanaShortForms(List<Sentence> sentences, List<List<Mention>> mentions)
    {
        AddBracketedAcronyms(sentences, mentions);
        if (_katakanaSurnames.Count == 0)
        {
            return;
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                if (!IsNameKana(k) || InsideKatakanaWord(k, sentence.FirstToken))
                {
                    continue;
                }

                var stop = k;
                while (stop < sentence.EndToken && stop - k < 12 && IsNameKana(stop) && (stop == k || Glued(stop)))
                {
                    stop++;
                }

                var first = k;
                k = stop - 1;
                if (stop - first < 2 || (stop < sentence.EndToken && Glued(stop) && _text[_tokens[stop].Start] == '・')
                    || !KatakanaNameContext(stop, sentence.EndToken) || !_katakanaSurnames.Contains(Slice(first, stop))
                    || mentions[s].Exists(m => m.First < stop && first < m.End))
                {
                    continue;
                }

                var surface = Slice(first, stop);
                var person = new Mention(MentionKind.Person, first, stop, _tokens[first].Start, _tokens[stop - 1].End)
                {
                    Name = surface, Surface = surface, ShortForm = true, Unknown = true,
                };
                var index = mentions[s].FindIndex(m => m.First > first);
                mentions[s].Insert(index < 0 ? mentions[s].Count : index, person);
            }
        }
    }

    /// <summary>
    /// "マイクロソフト(MS)は…。MSのAI部門に": an acronym in brackets right after a company's name stands for the company in
    /// the rest of the article, as Japanese news introduces the short form once and then uses it.
    /// </summary>
    private void AddBracketedAcronyms(List<Sentence> sentences, List<List<Mention>> mentions)
    {
        var acronyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var lab in mentions.SelectMany(m => m).Where(m => m is { Kind: MentionKind.Lab, Name: not null }))
        {
            var open = lab.End;
            if (open + 2 < _tokens.Count && _tokens[open].Key == "(" && _tokens[open + 1] is { Kind: TokenKind.Word, AllCaps: true, Length: >= 2 and <= 5 } acronym
                && _tokens[open + 2].Key == ")" && !Languages.CommonNotNames.Contains(acronym.Key) && !_lexicon.NotNames.Contains(acronym.Key))
            {
                acronyms.TryAdd(acronym.Key, lab.Name!);
            }
        }

        if (acronyms.Count == 0)
        {
            return;
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            for (var k = sentences[s].FirstToken; k < sentences[s].EndToken; k++)
            {
                var token = _tokens[k];
                if (token.Kind != TokenKind.Word || !token.AllCaps || !acronyms.TryGetValue(token.Key, out var name) || (k > 0 && _tokens[k - 1].Key == "("))
                {
                    continue;
                }

                if (mentions[s].Find(m => m.First <= k && k < m.End) is { } taken)
                {
                    if (taken is { Kind: MentionKind.Lab, End: var end } && end == k + 1 && taken.First == k)
                    {
                        taken.Name = name; // an employer slot took the acronym for a lab of its own
                    }

                    continue;
                }

                var lab = new Mention(MentionKind.Lab, k, k + 1, token.Start, token.End) { Name = name, Surface = Slice(k, k + 1) };
                var index = mentions[s].FindIndex(m => m.First > k);
                mentions[s].Insert(index < 0 ? mentions[s].Count : index, lab);
            }
        }
    }

    /// <summary>Whether what follows a katakana run lets it end a name: a particle, punctuation, a title, an honorific or a Latin word.</summary>
    private bool KatakanaNameContext(int stop, int end)
    {
        if (stop >= end)
        {
            return true;
        }

        var at = _tokens[stop].Start;
        var next = _text[at];
        return AfterKatakanaName.Contains(next, StringComparison.Ordinal) || _tokens[stop].SpaceBefore && next is not ('・')
            || _tokens[stop].Kind == TokenKind.Word && char.IsUpper(next)
            || next == '氏' || _text.AsSpan(at).StartsWith("さん", StringComparison.Ordinal) || _text.AsSpan(at).StartsWith("ら", StringComparison.Ordinal)
            || Array.Exists(s_japaneseTitles.Value, t => string.CompareOrdinal(_text, at, t, 0, t.Length) == 0);
    }

    /// <summary>A katakana letter or the long-vowel mark (not the middle dot).</summary>
    private bool IsNameKana(int token) =>
        _tokens[token].Kind == TokenKind.Cjk && _text[_tokens[token].Start] is >= '\u30A1' and <= '\u30FA' or 'ー';

    /// <summary>Whether the token continues a katakana word or name begun before it (a "・" opening a line is a bullet, not a joint).</summary>
    private bool InsideKatakanaWord(int token, int first) =>
        token > first && Glued(token)
        && (IsNameKana(token - 1) || (_text[_tokens[token - 1].Start] == '・' && token - 1 > first && Glued(token - 1) && IsNameKana(token - 2)));

    /// <summary>Whether a token is written right after the one before it, with no space.</summary>
    private bool Glued(int token) => token > 0 && _tokens[token - 1].End == _tokens[token].Start;
}
