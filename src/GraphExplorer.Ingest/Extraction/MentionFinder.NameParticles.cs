using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

internal sealed partial class MentionFinder
{
    // Surnames with two or three particles ("van der Linden", "de la Vega", "von der Heide"): one particle before a
    // capitalised word is read word by word, but a run of them ended the name before its surname.
    private const int MaxParticlesInARow = 3;

    /// <summary>The number of lower-case name particles from <paramref name="index"/> that lead to a capitalised word that
    /// can continue the name, or 0.</summary>
    private int NameParticleRun(int index, int end)
    {
        var k = index;
        while (k < end && k - index < MaxParticlesInARow && _tokens[k] is { Kind: TokenKind.Word, Capitalized: false, SpaceBefore: true } t && s_nameParticles.Contains(t.Key))
        {
            k++;
        }

        return k > index && k < end && _tokens[k] is { Kind: TokenKind.Word, Capitalized: true, SpaceBefore: true, AllCaps: false } surname
            && !IsNotName(surname) && MatchGazetteer(k, end).Length == 0
            ? k - index
            : 0;
    }
}
