using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>Korean names with a Korean surname, and foreign names in Hangul, found by the title the press writes after them.</summary>
internal sealed partial class MentionFinder
{
    /// <summary>Particles and endings a Korean name of two or three syllables does not end with: the word is grammar ("한국의", "정부는").</summary>
    private const string KoreanGrammarEndings = "은는이가의을를에도";

    /// <summary>
    /// A Korean name (a listed surname and one or two given syllables, 이서연) followed by its title, with at most three
    /// words (the employer and a field: "SK텔레콤", "퓨리오사 AI", "오픈AI 제품 담당") between: "이서연 카카오 대표", "김민 CTO는", "박지훈 커머스사업부장과",
    /// or after a short aside in brackets ("정하늘(32) 씨", "한도윤(왼쪽) 대표"). A two-syllable name needs one of the
    /// commonest surnames and the title right after it, as common nouns of two syllables often start with a surname syllable. Failing that, a foreign name in Hangul
    /// before its title (<see cref="ForeignTitledName"/>). Returns the token after the name, or 0.
    /// </summary>
    private int KoreanTitledName(int index, int end, List<Mention> mentions) =>
        TitledKoreanName(index, end, mentions) is var korean and > 0 ? korean : ForeignTitledName(index, end, mentions);

    private int TitledKoreanName(int index, int end, List<Mention> mentions)
    {
        var (nameEnd, length) = HangulWord(index, end);
        var surname = _text[_tokens[index].Start];
        // A Chinese name in Hangul (저우훙이) may have four syllables and end in one that is a particle elsewhere.
        var chinese = length is >= 3 and <= 5 && HangulChineseNames.IsChineseName(Slice(index, nameEnd));
        if (!chinese && (length is < 2 or > 3 || !(length == 2 ? KoreanNames.IsCommonSurname(surname) : KoreanNames.IsSurname(surname))))
        {
            return 0;
        }

        var name = Slice(index, nameEnd);
        if ((!chinese && KoreanGrammarEndings.Contains(name[^1], StringComparison.Ordinal)) || Loanwords.Contains(name)
            || _lexicon.NotNames.Contains(Tokenizer.Fold(name)) || _lexicon.NameNeverEndsWith.Exists(e => name.EndsWith(e, StringComparison.Ordinal))
            || (length == 3 && ForeignNameFollows(index, nameEnd, end)))
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

        if (TitleAfter(k, end, length == 2 ? 1 : 4))
        {
            mentions.Add(Person(index, nameEnd, unknown: true));
            return nameEnd;
        }

        return 0;
    }

    /// <summary>
    /// Whether a title follows at token <paramref name="k"/> within <paramref name="maxWords"/> words: the employer may
    /// stand between (a known lab, or words without a particle or verb ending), and "전"/"현" (former, current) do not count.
    /// </summary>
    private bool TitleAfter(int k, int end, int maxWords)
    {
        var words = 0;
        while (words < maxWords && k < end && _tokens[k].SpaceBefore)
        {
            var (wordEnd, wordLength) = HangulOrLatinWord(k, end);
            if (wordLength == 0)
            {
                return false;
            }

            var word = Slice(k, wordEnd);
            if (word is "전" or "前" or "현")
            {
                k = wordEnd; // "former" or "current" before the employer or title ("김민 전 CTO")
                continue;
            }

            if (KoreanNames.IsTitle(word))
            {
                return true;
            }

            // An employer between name and title: a known lab, or a word without a particle or verb ending.
            var known = MatchGazetteer(k, end).Length;
            if (known == 0 && (KoreanGrammarEndings.Contains(word[^1], StringComparison.Ordinal)
                || _lexicon.NameNeverEndsWith.Exists(e => e != "인" && word.EndsWith(e, StringComparison.Ordinal))))
            {
                return false;
            }

            k = known > 0 && k + known > wordEnd ? k + known : wordEnd;
            words++;
        }

        return false;
    }

    /// <summary>
    /// A Korean name right after the title it is in apposition to, as the press writes a person first described by post:
    /// "오픈AI 연구원 최성호가", "전 구글 엔지니어 한지민은", "구글의 연구 책임자인 한지민이". The word is a listed surname and two
    /// given syllables, with at most a case particle glued to it; the word before it is a bare title (no particle, so the
    /// title ends a noun phrase the name stands in), or a title closed by the copula "인". Returns the token after the word, or 0.
    /// </summary>
    private int KoreanNameAfterTitle(int index, int wordEnd, int end, List<Mention> mentions)
    {
        if (index == 0 || !_tokens[index].SpaceBefore || _tokens[index - 1].Kind != TokenKind.Cjk && _tokens[index - 1].Kind != TokenKind.Word)
        {
            return 0;
        }

        var previousStart = index - 1;
        while (previousStart > 0 && !_tokens[previousStart].SpaceBefore && _tokens[previousStart - 1].Kind is TokenKind.Cjk or TokenKind.Word)
        {
            previousStart--;
        }

        var previous = Slice(previousStart, index);
        // "책임자인 한지민이", "공동창립자인 한지민을": the title closed by the copula's attributive form "인".
        if (previous.Length > 1 && previous[^1] == '인' && KoreanNames.IsBareTitle(previous[..^1]))
        {
            previous = previous[..^1];
        }

        if (!KoreanNames.IsBareTitle(previous) && !(MatchCues(previousStart, index) is { Length: var cueLength } cue && previousStart + cueLength == index
            && cue.Cues!.Exists(c => c.Cue is Cue.Role or Cue.FounderRole)))
        {
            return 0;
        }

        return AddKoreanNameWord(index, wordEnd, end, mentions);
    }

    /// <summary>
    /// "매튜 콜린스와 한지원이": a Korean name listed right after a person found before it with "와"/"과" is a person too,
    /// as the title before the first name describes both. Returns the token after the word, or 0.
    /// </summary>
    private int KoreanNameAfterListedPerson(int index, int wordEnd, int end, List<Mention> mentions) =>
        index > 0 && _tokens[index].SpaceBefore && _tokens[index - 1].Key is "와" or "과"
            && mentions.FindLast(m => m.Kind == MentionKind.Person) is { End: var personEnd } && personEnd == index - 1
            ? AddKoreanNameWord(index, wordEnd, end, mentions)
            : 0;

    /// <summary>
    /// "구글 출신 이서준, 메타 출신 박하린, 애플 출신 최도윤 연구원": in a roster each person follows where they came from
    /// ("출신") and is closed by a comma or "와"/"과" before the next one; the title, if any, comes only after the last name.
    /// Returns the token after the word, or 0.
    /// </summary>
    private int KoreanNameInOriginList(int index, int wordEnd, int end, List<Mention> mentions)
    {
        if (index < 2 || !_tokens[index].SpaceBefore || wordEnd >= end)
        {
            return 0;
        }

        var previousStart = index - 1;
        while (previousStart > 0 && !_tokens[previousStart].SpaceBefore && _tokens[previousStart - 1].Kind == TokenKind.Cjk)
        {
            previousStart--;
        }

        var previous = Slice(previousStart, index);
        var closed = _tokens[wordEnd].Key is "," or "、" || (Slice(index, wordEnd) is { Length: 4 } glued && glued[^1] is '와' or '과');
        return closed && _lexicon.IsParticle(CaseMark.Former, previous)
            ? AddKoreanNameWord(index, wordEnd, end, mentions)
            : 0;
    }

    /// <summary>Adds the word as a Korean name (a listed surname and two given syllables, at most a case particle glued to
    /// it) when it reads as one; returns the token after the word, or 0.</summary>
    private int AddKoreanNameWord(int index, int wordEnd, int end, List<Mention> mentions)
    {
        var word = Slice(index, wordEnd);
        var nameLength = word.Length == 4 && (KoreanParticles + "을를").Contains(word[^1], StringComparison.Ordinal) ? 3 : word.Length;
        var name = word[..nameLength];
        if (nameLength != 3 || !KoreanNames.IsSurname(name[0]) || KoreanNames.IsTitle(name) || Loanwords.Contains(name)
            || _lexicon.NotNames.Contains(Tokenizer.Fold(name)) || _lexicon.NameNeverEndsWith.Exists(e => name.EndsWith(e, StringComparison.Ordinal))
            || (wordEnd < end && !_tokens[wordEnd].SpaceBefore && _tokens[wordEnd].Kind != TokenKind.Punct)
            || (nameLength == word.Length && ForeignNameFollows(index, wordEnd, end)))
        {
            return 0;
        }

        mentions.Add(Person(index, index + nameLength, unknown: true));
        return wordEnd;
    }

    /// <summary>
    /// "최성호(전 구글 연구원)가", "한지민(메타 연구원)은": a Korean name directly followed by a bracket that describes the
    /// person by a title (its last word) or as "former" (its first word). Returns the token after the name, or 0.
    /// </summary>
    private int KoreanNameBeforeAside(int index, int wordEnd, int end, List<Mention> mentions)
    {
        var name = Slice(index, wordEnd);
        if (name.Length != 3 || !KoreanNames.IsSurname(name[0]) || KoreanNames.IsTitle(name) || Loanwords.Contains(name)
            || _lexicon.NotNames.Contains(Tokenizer.Fold(name)) || wordEnd + 2 >= end || _tokens[wordEnd].SpaceBefore || _tokens[wordEnd].Key != "(")
        {
            return 0;
        }

        var close = wordEnd + 1;
        while (close < end && close - wordEnd <= 16 && _tokens[close].Key != ")")
        {
            close++;
        }

        if (close >= end || _tokens[close].Key != ")" || close == wordEnd + 1)
        {
            return 0;
        }

        var lastWord = close - 1;
        while (lastWord > wordEnd + 1 && !_tokens[lastWord].SpaceBefore)
        {
            lastWord--;
        }

        var first = _text[_tokens[wordEnd + 1].Start];
        if (!KoreanNames.IsTitle(Slice(lastWord, close)) && !(first is '전' or '前' && _tokens[wordEnd + 2].SpaceBefore))
        {
            return 0;
        }

        mentions.Add(Person(index, wordEnd, unknown: true));
        return wordEnd;
    }

    /// <summary>
    /// "한 상무는", "김 대표가": the press refers back to a Korean person by surname and title. The surname becomes a short
    /// form that coreference resolves to the one person of the article with that surname (or to nobody). "전" and "현"
    /// (former, current) before a title are no surnames there.
    /// </summary>
    private int KoreanSurnameReference(int index, int wordEnd, int end, List<Mention> mentions)
    {
        var syllable = _text[_tokens[index].Start];
        if (syllable is '전' or '현' || !KoreanNames.IsSurname(syllable) || wordEnd >= end || !_tokens[wordEnd].SpaceBefore)
        {
            return 0;
        }

        var titleStart = wordEnd;
        var (titleEnd, titleLength) = HangulOrLatinWord(titleStart, end);
        if (titleLength > 0 && Slice(titleStart, titleEnd) is "신임" or "전" or "前" or "현" && titleEnd < end && _tokens[titleEnd].SpaceBefore)
        {
            // "최 신임 CTO는", "김 전 대표는": new, former or current before the title
            titleStart = titleEnd;
            (titleEnd, titleLength) = HangulOrLatinWord(titleStart, end);
        }

        if (titleLength == 0 || !KoreanNames.IsTitle(Slice(titleStart, titleEnd)))
        {
            return 0;
        }

        var surface = Slice(index, wordEnd);
        mentions.Add(new Mention(MentionKind.Person, index, wordEnd, _tokens[index].Start, _tokens[index].End) { Name = surface, Surface = surface, ShortForm = true, Unknown = true });
        return wordEnd;
    }

    /// <summary>
    /// A foreign person in Hangul, given name and surname, before an employer and title ("피터 덩 오픈AI 부사장",
    /// "그레그 브록먼 창업자"): both parts sound like listed name parts (<see cref="NameParts"/>) and neither is a common word.
    /// </summary>
    private int ForeignTitledName(int index, int end, List<Mention> mentions)
    {
        var (givenEnd, givenLength) = HangulWord(index, end);
        if (givenLength is < 1 or > 5 || givenEnd >= end || !_tokens[givenEnd].SpaceBefore)
        {
            return 0;
        }

        var (surnameEnd, surnameLength) = HangulWord(givenEnd, end);
        if (surnameLength is < 1 or > 5 || (surnameEnd < end && !_tokens[surnameEnd].SpaceBefore))
        {
            return 0;
        }

        var given = Slice(index, givenEnd);
        var surname = Slice(givenEnd, surnameEnd);
        if (!(givenLength == 1 ? ShortForeignGiven(index) : ForeignPart(given, NamePartKind.Given)) || !ForeignPart(surname, NamePartKind.Surname)
            || !TitleAfter(surnameEnd, end, 4))
        {
            return 0;
        }

        mentions.Add(Person(index, surnameEnd, unknown: true));
        return surnameEnd;
    }

    /// <summary>A Hangul word that is no common word and sounds like a listed name part of the kind <paramref name="kind"/>.</summary>
    private bool ForeignPart(string word, NamePartKind kind) =>
        !KoreanGrammarEndings.Contains(word[^1], StringComparison.Ordinal) && !Loanwords.Contains(word)
        && !_lexicon.NotNames.Contains(Tokenizer.Fold(word))
        && (HangulGivenName(word, kind) || (NameParts.Spell(word, kind) is { } spelled && (NameParts.Kind(spelled) & kind) != 0));

    /// <summary>
    /// A one-syllable foreign given name in Hangul (얀, 샘, 톰): it ends in a consonant, as those names do, and sounds
    /// like a listed given name; Korean one-syllable words (전, 한, 각) are listed as common words.
    /// </summary>
    private bool ShortForeignGiven(int index)
    {
        var syllable = _text[_tokens[index].Start];
        return syllable is >= '\uAC00' and <= '\uD7A3' && (syllable - 0xAC00) % 28 != 0 && ForeignPart(syllable.ToString(), NamePartKind.Given);
    }
}
