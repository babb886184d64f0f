using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Precision checks for foreign names written in Hangul. Korean news is full of two-word noun phrases that end in a
/// subject or topic particle ("핵심 인력이", "장기 휴가를", "거물급 인사가"): without a check each becomes a person, and
/// such "people" took moves and foundings from the real ones. A foreign name in Hangul is kept only when the press
/// spelling can be recovered: a Latin spelling in brackets after it, or both parts sounding like listed name parts.
/// A name whose spelling could only be guessed ("Nayakeu") could not match anyone anyway.
/// </summary>
internal sealed partial class MentionFinder
{
    /// <summary>
    /// Korean native numerals and determiners before a counter or noun ("한 달", "두 명", "몇 주", "여러 명"): they are
    /// grammar, though "한" is also a surname and a foreign syllable, so they never open a foreign name.
    /// </summary>
    private static readonly string[] NativeDeterminers = ["한", "두", "세", "네", "몇", "여러", "모든", "각"];

    /// <summary>
    /// Whether the Hangul words [<paramref name="givenStart"/>, <paramref name="givenEnd"/>) and
    /// [<paramref name="givenEnd"/>, <paramref name="surnameEnd"/>) (a trailing particle already cut) read as a foreign
    /// given name and surname: neither is a listed common word, the given name sounds like a listed given name and the
    /// surname like a listed surname.
    /// </summary>
    private bool SpellableForeignName(int givenStart, int givenEnd, int surnameEnd)
    {
        var given = Slice(givenStart, givenEnd);
        var surname = Slice(givenEnd, surnameEnd);
        if (_lexicon.NotNames.Contains(Tokenizer.Fold(given)) || _lexicon.NotNames.Contains(Tokenizer.Fold(surname))
            || Array.IndexOf(NativeDeterminers, given) >= 0)
        {
            return false;
        }

        // A well-known person written in Hangul as the press does ("더크 킹마"), though the gazetteer lacks that form.
        return _gazetteer.KnownPeople.Match($"{given} {surname}") is not null
            || (ListedForeignPart(given, NamePartKind.Given) && ListedForeignPart(surname, NamePartKind.Surname));
    }

    /// <summary>
    /// Whether the token at <paramref name="open"/> opens brackets holding a person's name in Latin script: two to four
    /// capitalised words ("(Mira Murati)"), or one capitalised word with no other capital ("(Murati)"). A product or a
    /// term in brackets ("(PyTorch)", "(reinforcement learning)") is no spelling of a name.
    /// </summary>
    private bool LatinNameInBrackets(int open, int end)
    {
        if (open >= end || _tokens[open].Key != "(")
        {
            return false;
        }

        var words = 0;
        var oneInnerCapital = false;
        var lastWord = string.Empty;
        for (var t = open + 1; t < end && t - open <= 6; t++)
        {
            var token = _tokens[t];
            if (token.Key == ")")
            {
                return (words is >= 2 and <= 4 && PersonShapedLatin(lastWord)) || (words == 1 && !oneInnerCapital);
            }

            var word = _text[token.Start..token.End];
            if (token.Kind != TokenKind.Word || word.Length == 0 || !char.IsUpper(word[0]) || word[0] > '\u024F')
            {
                if (token.Kind == TokenKind.Punct && word is "." or "-" or "'")
                {
                    continue; // "J. Smith", "Jean-Paul"
                }

                return false;
            }

            oneInnerCapital |= word.Skip(1).Any(char.IsUpper);
            lastWord = token.Key;
            words++;
        }

        return false;
    }

    /// <summary>
    /// Whether several Latin words in brackets may read as a person's name rather than a company's ("싱킹 머신즈(Thinking
    /// Machines)", "디아고널 워크스(Diagonal Works)"): the last word is no organisation word ("Labs", "Partners") and no
    /// plural noun, which company names end in and surnames only when listed ("Williams").
    /// </summary>
    private static bool PersonShapedLatin(string lastKey) =>
        !LatinNames.IsOrganisationSuffix(lastKey) && !(lastKey.Length > 3 && lastKey.EndsWith('s') && NameParts.Kind(lastKey) == 0);

    /// <summary>A Hangul word that is no listed common word and sounds like a listed name part of kind <paramref name="kind"/>.</summary>
    private bool ListedForeignPart(string word, NamePartKind kind) =>
        word.Length > 0 && !Loanwords.Contains(word) && !KoreanNames.IsTitle(word)
        && !_lexicon.NotNames.Contains(Tokenizer.Fold(word))
        && (HangulGivenName(word, kind) || (NameParts.Spell(word, kind) is { } spelled && (NameParts.Kind(spelled) & kind) != 0));

    /// <summary>
    /// Whether a two-word foreign name in Hangul ends in the object particle 을/를 ("X를 영입했다", "X를 임명했다"): hires
    /// name the person as the object. Only for the foreign two-word path, which still needs the spelling to be recoverable
    /// (<see cref="SpellableForeignName"/> or brackets), so "사업을" alone never becomes a name.
    /// </summary>
    private bool ObjectEndsForeignName(int wordEnd, int wordLength, out bool withParticle)
    {
        withParticle = wordLength >= 2 && _text[_tokens[wordEnd - 1].Start] is '을' or '를';
        return withParticle;
    }

    /// <summary>
    /// Whether the Hangul word [<paramref name="index"/>, <paramref name="wordEnd"/>) opens a foreign name with the next
    /// word: a three-syllable word that starts with a Korean surname syllable may be a foreign given name ("마이클 톰슨",
    /// "조나단 림"), and when both words sound like listed given name and surname it is that, not a Korean name.
    /// </summary>
    private bool ForeignNameFollows(int index, int wordEnd, int end)
    {
        if (wordEnd >= end || !_tokens[wordEnd].SpaceBefore)
        {
            return false;
        }

        var (nextEnd, nextLength) = HangulWord(wordEnd, end);
        if (nextLength == 0)
        {
            return false;
        }

        var last = _text[_tokens[nextEnd - 1].Start];
        var surnameEnd = nextLength >= 2 && (KoreanParticles + "을를").Contains(last, StringComparison.Ordinal) ? nextEnd - 1 : nextEnd;
        return !KoreanNames.IsTitle(Slice(wordEnd, surnameEnd))
            && (SpellableForeignName(index, wordEnd, surnameEnd) || ListedGivenNameOpens(index, wordEnd));
    }

    /// <summary>
    /// The token after a Latin spelling in brackets that follows a Hangul name ("안드레아 발론(Andrea Vallone)이"), or
    /// <paramref name="at"/> when none follows. The spelling belongs to the name before it, so it is not found again as a
    /// second person: a verb would take that copy as its subject and miss what the sentence says of the Hangul name.
    /// </summary>
    private int AfterLatinSpelling(int at, int end)
    {
        if (!LatinNameInBrackets(at, end))
        {
            return at;
        }

        var close = at + 1;
        while (close < end && _tokens[close].Key != ")")
        {
            close++;
        }

        return close < end ? close + 1 : at;
    }

    /// <summary>
    /// Whether a cue matched at the start of a Hangul word is only a particle ("로", "에", "와"): a particle is glued to
    /// the word before it, so at a word's start the syllable opens a name instead ("로페스", "에릭", "와타나베").
    /// </summary>
    private static bool ParticleOnly(List<CueEntry>? cues) =>
        cues is { Count: > 0 } && cues.TrueForAll(c => c.Cue is Cue.ToPrep or Cue.FromPrep or Cue.Genitive or Cue.Coord);
}
