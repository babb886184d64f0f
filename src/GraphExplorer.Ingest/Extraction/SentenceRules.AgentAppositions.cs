using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// The last agent of a passive founding described as the founder of another company ("didirikan oleh A, B, dan C,
/// pengusaha salah satu pendiri L", "founded by A and B, a co-founder of L"): the title after the comma is that agent's.
/// Other titles after an agent stay unbound, since they may open the next clause.
/// </summary>
internal sealed partial class SentenceRules
{
    /// <summary>Only a comma and at most two describing words stand between the agent and a founder title.</summary>
    private bool FounderAppositionOfAgent(Mention agent, Mention title)
    {
        if (title.Kind != MentionKind.Cue || !title.Has(Cue.FounderRole) || title.First <= agent.End || _tokens[agent.End].Key is not ("," or "，"))
        {
            return false;
        }

        var words = 0;
        for (var t = agent.End + 1; t < title.First; t++)
        {
            if (_tokens[t].Kind == TokenKind.Punct || ++words > 2)
            {
                return false;
            }
        }

        return true;
    }
}
