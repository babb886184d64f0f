using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A name followed by its Latin spelling in brackets ("吴明浩和彼得·罗(Peter Low)都是…") is one person named twice: a
/// list of names goes on through it.
/// </summary>
internal sealed partial class SentenceRules
{
    /// <summary>The second name stands alone in brackets right after the first, in another script (the names are matched
    /// across scripts later, so they cannot be compared here).</summary>
    private bool SpelledAgainInBrackets(Mention first, Mention second) =>
        second.First - first.End == 1 && _tokens[first.End].Key == "(" && second.End < _tokens.Count && _tokens[second.End].Key == ")"
        && (_tokens[first.First].Kind == TokenKind.Cjk) != (_tokens[second.First].Kind == TokenKind.Cjk);
}
