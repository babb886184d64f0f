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
            if (!IsNameKana(k) || (k > sentence.FirstToken && Glued(k) && IsKanaOrDot(k - 1)))
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
        if (_katakanaSurnames.Count == 0)
        {
            return;
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                if (!IsNameKana(k) || (k > sentence.FirstToken && Glued(k) && IsKanaOrDot(k - 1)))
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

    private bool IsKanaOrDot(int token) => IsNameKana(token) || _text[_tokens[token].Start] == '・';

    /// <summary>Whether a token is written right after the one before it, with no space.</summary>
    private bool Glued(int token) => token > 0 && _tokens[token - 1].End == _tokens[token].Start;
}
