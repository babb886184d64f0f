using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>Korean titles glued to the unit they head ("커머스사업부장", "AI연구소장", "데이터본부장").</summary>
internal sealed partial class MentionFinder
{
    /// <summary>
    /// A Korean word that ends in a title of two or more syllables, with the unit or field it heads glued before it and at
    /// most a particle after it: "커머스사업부장은", "AI연구소장과". Korean writes such posts as one word, so the title cue,
    /// which must start a word, is never read inside them and the person before them was left without a post. The whole
    /// word up to the particle is the cue. The word must also end the way a title ends (<see cref="KoreanNames.IsTitle"/>),
    /// which leaves out common nouns that happen to end in a title's syllables. Returns the cue's token count, or 0.
    /// </summary>
    private (int Length, List<CueEntry>? Cues) KoreanCompoundTitle(int index, int end)
    {
        var startsWord = index == 0 || _tokens[index].SpaceBefore || _tokens[index - 1].Kind is not (TokenKind.Cjk or TokenKind.Word);
        if (!startsWord || _tokens[index].Kind is not (TokenKind.Cjk or TokenKind.Word))
        {
            return (0, null);
        }

        var (wordEnd, _) = HangulOrLatinWord(index, end);
        for (var k = index + 1; k < wordEnd; k++)
        {
            if (_tokens[k].Kind != TokenKind.Cjk)
            {
                continue;
            }

            var (length, values) = _cues.Longest(_tokens, k, wordEnd);
            if (length >= 2 && values!.TrueForAll(v => v.Cue == Cue.Role)
                && KoreanNames.IsParticleOrNothing(k + length < wordEnd ? Slice(k + length, wordEnd) : string.Empty) && KoreanNames.IsTitle(Slice(index, wordEnd)))
            {
                return (k + length - index, values);
            }
        }

        return (0, null);
    }
}
