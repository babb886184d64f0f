using System.Text.RegularExpressions;

namespace GraphExplorer.Ingest.Text;

public static partial class ArticleText
{
    /// <summary>
    /// Writes the equals sign Japanese news puts between the parts of a compound foreign name ("ジャン＝ピエール",
    /// "ジャン=リュック", "ジャン゠ポール") as the middle dot "・" that joins the other parts of katakana names, so the
    /// rules that read katakana names see one name. One character stands for one, so evidence offsets do not move.
    /// </summary>
    private static string JoinKatakanaNameParts(string text) =>
        text.AsSpan().IndexOfAny('＝', '=', '゠') < 0 ? text : KatakanaEquals().Replace(text, "・");

    [GeneratedRegex(@"(?<=[\u30A1-\u30FA\u30FC])[＝=゠](?=[\u30A1-\u30FA])")]
    private static partial Regex KatakanaEquals();
}
