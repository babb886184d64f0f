using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>Korean names with a Korean surname, found by the title the press writes after them.</summary>
internal sealed partial class MentionFinder
{
    /// <summary>Particles and endings a Korean name of two or three syllables does not end with: the word is grammar ("한국의", "정부는").</summary>
    private const string KoreanGrammarEndings = "은는이가의을를에도";

    /// <summary>
    /// A Korean name (a listed surname and one or two given syllables, 이서연) followed by its title, with at most two
    /// words (the employer: "SK텔레콤", "퓨리오사 AI") between: "이서연 카카오 대표", "김민 CTO는", "박지훈 커머스사업부장과",
    /// or after a short aside in brackets ("정하늘(32) 씨", "한도윤(왼쪽) 대표"). A two-syllable name needs one of the
    /// commonest surnames and the title right after it, as common nouns of two syllables often start with a surname syllable. Returns the token after the name, or 0.
    /// </summary>
    private int KoreanTitledName(int index, int end, List<Mention> mentions)
    {
        var (nameEnd, length) = HangulWord(index, end);
        var surname = _text[_tokens[index].Start];
        if (length is < 2 or > 3 || !(length == 2 ? KoreanNames.IsCommonSurname(surname) : KoreanNames.IsSurname(surname)))
        {
            return 0;
        }

        var name = Slice(index, nameEnd);
        if (KoreanGrammarEndings.Contains(name[^1], StringComparison.Ordinal) || Loanwords.Contains(name)
            || _lexicon.NotNames.Contains(Tokenizer.Fold(name)) || _lexicon.NameNeverEndsWith.Exists(e => name.EndsWith(e, StringComparison.Ordinal)))
        {
            return 0;
        }

        var k = nameEnd;
        if (k < end && !_tokens[k].SpaceBefore)
        {
            if (_tokens[k].Key != "(")
            {
                return 0; // the word goes on in another script: no name
            }

            var close = k + 1;
            while (close < end && close - k <= 6 && _tokens[close].Key != ")")
            {
                close++;
            }

            if (close >= end || _tokens[close].Key != ")")
            {
                return 0;
            }

            k = close + 1;
        }

        var words = 0;
        while (words < (length == 2 ? 1 : 3) && k < end && _tokens[k].SpaceBefore)
        {
            var (wordEnd, wordLength) = HangulOrLatinWord(k, end);
            if (wordLength == 0)
            {
                return 0;
            }

            var word = Slice(k, wordEnd);
            if (word is "전" or "前" or "현")
            {
                k = wordEnd; // "former" or "current" before the employer or title ("김민 전 CTO")
                continue;
            }

            if (KoreanNames.IsTitle(word))
            {
                mentions.Add(Person(index, nameEnd, unknown: true));
                return nameEnd;
            }

            // An employer between name and title: a known lab, or a word without a particle or verb ending.
            var known = MatchGazetteer(k, end).Length;
            if (known == 0 && (KoreanGrammarEndings.Contains(word[^1], StringComparison.Ordinal)
                || _lexicon.NameNeverEndsWith.Exists(e => e != "인" && word.EndsWith(e, StringComparison.Ordinal))))
            {
                return 0;
            }

            k = known > 0 && k + known > wordEnd ? k + known : wordEnd;
            words++;
        }

        return 0;
    }
}
