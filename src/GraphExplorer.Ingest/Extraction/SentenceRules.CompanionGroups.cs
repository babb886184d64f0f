using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "bersama dua rekannya, Bayu dan Yohanes Siregar", "with two former colleagues, A and B", "avec deux anciens
/// collègues, A et B": the companions are first counted or described in a few plain words, then named after a comma or a
/// colon. The names are the people acting with the subject, as they are when they follow "with" directly.
/// </summary>
internal sealed partial class SentenceRules
{
    /// <summary>How many plain words may describe the companions before their names.</summary>
    private const int CompanionGroupWords = 4;

    /// <summary>The first person named after a comitative cue at <paramref name="cue"/> and a short plain description of
    /// the group ending in a comma or colon, or null.</summary>
    private Mention? CompanionAfterGroupWords(List<Mention> ms, int cue)
    {
        // Cue words may stand among the plain ones ("two former colleagues"), but no verb, title or lab.
        var at = cue + 1;
        while (at < ms.Count && ms[at] is { Kind: MentionKind.Cue, IsVerb: false, IsRole: false } && !ms[at].Has(Cue.Comitative))
        {
            at++;
        }

        if (at >= ms.Count || ms[at] is not { Kind: MentionKind.Person, Pronoun: false, Name: not null } person)
        {
            return null;
        }

        var words = 0;
        for (var t = ms[cue].End; t < person.First; t++)
        {
            var token = _tokens[t];
            if (t == person.First - 1)
            {
                return words > 0 && token.Key is "," or ":" ? person : null;
            }

            if (!(token.Kind == TokenKind.Number || (token.Kind == TokenKind.Word && !token.Capitalized)) || ++words > CompanionGroupWords)
            {
                return null;
            }
        }

        return null;
    }
}
