using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Constructions of German, Spanish and Portuguese move reporting that the sentence rules call on: a bracketed acronym
/// inside a title ("chefe de inteligência artificial (IA) do Google") and a person's name in the German genitive before
/// the lab it owns ("Elon Musks xAI", "Elon Musks KI-Firma xAI").
/// </summary>
internal static class LatinMoves
{
    /// <summary>
    /// Tokens from <paramref name="from"/> to <paramref name="to"/> that stand inside short brackets ("(IA)", "(KI)",
    /// "(MSL)"): an abbreviation glossing the words before it adds no distance between a title and its lab.
    /// </summary>
    public static int BracketedTokens(List<Token> tokens, int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Key != "(")
            {
                continue;
            }

            var close = i + 1;
            while (close < to && close - i <= 4 && tokens[close].Key != ")")
            {
                close++;
            }

            if (close < to && tokens[close].Key == ")")
            {
                count += close - i + 1;
                i = close;
            }
        }

        return count;
    }

    /// <summary>
    /// German "wechselte von Elon Musks xAI zu Meta": a capitalised run read as a lab whose second or later word is in the
    /// genitive ("Musks") and stands right before another lab names the owner of that lab, not a lab of its own, so it only
    /// qualifies the lab after it.
    /// </summary>
    public static void MarkGermanGenitiveOwners(string language, List<Token> tokens, List<Mention> ms)
    {
        if (language != "de")
        {
            return;
        }

        for (var i = 0; i + 1 < ms.Count; i++)
        {
            if (ms[i] is not { Kind: MentionKind.Lab, Modifier: false } owner || ms[i + 1] is not { Kind: MentionKind.Lab } owned
                || owned.First != owner.End || owner.End - owner.First < 2)
            {
                continue;
            }

            for (var t = owner.First + 1; t < owner.End; t++)
            {
                var key = tokens[t].Key;
                if (tokens[t].Kind == TokenKind.Word && key.Length > 3 && key[^1] == 's' && key[^2] != 's' && tokens[t].Capitalized)
                {
                    owner.Modifier = true;
                    break;
                }
            }
        }
    }
}
