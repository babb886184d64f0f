using GraphExplorer.Core.Model;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>Known foreign people a Korean article names by their surname alone, in a Hangul spelling the gazetteer lacks.</summary>
internal sealed partial class MentionFinder
{
    /// <summary>Particles of two syllables that may close a surname ("서츠케버에게", "하사비스와").</summary>
    private static readonly string[] s_longParticles = ["에게", "에서", "으로", "과의", "와의", "처럼", "보다"];

    /// <summary>
    /// A Hangul word at <paramref name="index"/>, at most a particle after it, that sounds like the surname of one known
    /// person (<see cref="KnownSurnameSounds"/>): "서츠케버는" is Ilya Sutskever when the built-in list writes him 수츠케버.
    /// With the person's own given name before it ("일리야 서츠케버"), the mention starts at the given name; after a
    /// foreign given name of somebody else ("보리스 하사비스") it is no mention. The surname must have three syllables or
    /// more and be no loanword. Returns the mention's token count and the person, or nothing.
    /// </summary>
    private (int Length, GazetteerName? Name) KnownSurnameBySound(int index, int end)
    {
        if (!IsHangulToken(index) || (index > 0 && !_tokens[index].SpaceBefore && _tokens[index - 1].Kind is TokenKind.Cjk or TokenKind.Word))
        {
            return (0, null);
        }

        var wordEnd = HangulWordEnd(index, end);
        if (SurnameBySound(index, wordEnd) is var (surnameEnd, person))
        {
            var given = GivenNameBefore(index);
            return given is null || !ForeignPart(given, NamePartKind.Given) || GivenAgrees(given, Slice(index, surnameEnd), person)
                ? (surnameEnd - index, new GazetteerName(NodeKind.Person, person, Slice(index, surnameEnd), CaseSensitive: false, Short: true, Partial: false))
                : (0, null);
        }

        if (wordEnd < end && IsHangulToken(wordEnd) && _tokens[wordEnd].SpaceBefore
            && SurnameBySound(wordEnd, HangulWordEnd(wordEnd, end)) is var (fullEnd, named) && GivenAgrees(Slice(index, wordEnd), Slice(wordEnd, fullEnd), named))
        {
            return (fullEnd - index, new GazetteerName(NodeKind.Person, named, Slice(index, fullEnd), CaseSensitive: false, Short: false, Partial: false));
        }

        return (0, null);
    }

    /// <summary>The end of the surname (before its particle) and the known person it names, when the word sounds like one.</summary>
    private (int End, string Person)? SurnameBySound(int index, int wordEnd)
    {
        var word = Slice(index, wordEnd);
        foreach (var coreLength in new[] { word.Length, word.Length - 1, word.Length - 2 })
        {
            if (coreLength < 3 || !(KoreanNames.IsParticleOrNothing(word[coreLength..]) || Array.IndexOf(s_longParticles, word[coreLength..]) >= 0))
            {
                continue;
            }

            var core = word[..coreLength];
            if (!Loanwords.Contains(core) && !_lexicon.NotNames.Contains(Tokenizer.Fold(core)) && KnownSurnameSounds.For(_gazetteer).Match(core) is { } person)
            {
                return (index + coreLength, person);
            }
        }

        return null;
    }

    private static bool GivenAgrees(string given, string surname, string person) => NameSounds.BestMatch($"{given} {surname}", [person]) is not null;

    /// <summary>The Hangul word right before token <paramref name="index"/>, or null.</summary>
    private string? GivenNameBefore(int index)
    {
        if (index == 0 || !IsHangulToken(index - 1))
        {
            return null;
        }

        var start = index - 1;
        while (start > 0 && !_tokens[start].SpaceBefore && IsHangulToken(start - 1))
        {
            start--;
        }

        return Slice(start, index);
    }

    private int HangulWordEnd(int index, int end)
    {
        var wordEnd = index;
        while (wordEnd < end && IsHangulToken(wordEnd) && (wordEnd == index || !_tokens[wordEnd].SpaceBefore))
        {
            wordEnd++;
        }

        return wordEnd;
    }

    private bool IsHangulToken(int index) =>
        _tokens[index].Kind == TokenKind.Cjk && _text[_tokens[index].Start] is >= '\uAC00' and <= '\uD7A3';
}
