namespace GraphExplorer.Ingest.Extraction;

internal sealed partial class HeadFinalRules
{
    /// <summary>Longest title modifier read between a lab's genitive and the title ("OpenAIのアプリケーション担当CEOに").</summary>
    private const int MaxTitleModifier = 12;

    /// <summary>Whether the text between a lab and a title is "の" and a modifier of the title written as one word
    /// ("Anthropicの研究責任者に", "メタのAI部門責任者に", "OpenAIのアプリケーション担当CEOに"): the post is still at that lab.
    /// Japanese only; any hiragana, punctuation or space means a clause or a list lies in between.</summary>
    private bool TitleModifierGap(ReadOnlySpan<char> gap)
    {
        if (Korean || !gap.StartsWith("の", StringComparison.Ordinal))
        {
            return false;
        }

        var modifier = gap[1..];
        if (modifier.IsEmpty || modifier.Length > MaxTitleModifier)
        {
            return false;
        }

        foreach (var c in modifier)
        {
            var word = c is >= '\u30A0' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF' || char.IsAsciiLetterOrDigit(c);
            if (!word || c == '・')
            {
                return false;
            }
        }

        return true;
    }
}
