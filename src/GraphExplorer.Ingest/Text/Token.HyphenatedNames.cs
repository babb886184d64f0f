using GraphExplorer.Ingest.Extraction;

namespace GraphExplorer.Ingest.Text;

internal static partial class Tokenizer
{
    /// <summary>
    /// Joins a hyphenated East Asian given name into one word ("Kim Do-hyun", "Ji-eun Lee", "Wang Xiao-ming"): cut at
    /// the hyphen, the name ended at its first syllable ("Kim Do"). Both halves must be romanised given-name syllables
    /// (<see cref="RomanisedSyllables"/>), the first capitalised and the second in lower case, with nothing between them
    /// and the hyphen, and a capitalised word (the surname) must stand right before or after, so a sentence that opens
    /// with "Re-run" or "Co-founder" keeps its words apart.
    /// </summary>
    private static void JoinHyphenatedGivenNames(string text, List<Token> tokens)
    {
        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            Token first = tokens[k], hyphen = tokens[k + 1], second = tokens[k + 2];
            if (first.Kind != TokenKind.Word || !first.Capitalized || first.AllCaps
                || hyphen.Kind != TokenKind.Punct || text[hyphen.Start] is not ('-' or '\u2010') || hyphen.SpaceBefore
                || second.Kind != TokenKind.Word || second.Capitalized || second.SpaceBefore
                || !RomanisedSyllables.Contains(first.Key) || !RomanisedSyllables.Contains(second.Key)
                || !(IsSurnameBeside(tokens, k - 1, first.SpaceBefore) || (k + 3 < tokens.Count && IsSurnameBeside(tokens, k + 3, tokens[k + 3].SpaceBefore))))
            {
                continue;
            }

            tokens[k] = new Token(first.Start, second.End, TokenKind.Word, Fold(text.AsSpan(first.Start, second.End - first.Start)), first.SpaceBefore, Capitalized: true, AllCaps: false);
            tokens.RemoveRange(k + 1, 2);
        }
    }

    private static bool IsSurnameBeside(List<Token> tokens, int at, bool spaced) =>
        at >= 0 && spaced && tokens[at] is { Kind: TokenKind.Word, Capitalized: true, AllCaps: false };
}
