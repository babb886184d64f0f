using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Japanese news of a change at the top names the new holder of a post only as the successor: "Aの山田社長が退任し、後任に
/// 鈴木氏が就任する", "山田社長は退任する。後任には鈴木副社長が昇格する". The verb of the successor's clause names no company;
/// the post is the one the predecessor leaves, at the company named before "後任" in the sentence, or else the one the
/// sentence before gave the predecessor.
/// </summary>
internal sealed partial class HeadFinalRules
{
    private const string Successor = "後任";

    /// <summary>The company of the post a successor takes with the verb at <paramref name="k"/>, or null when no "後任" comes before the verb.</summary>
    private string? SuccessorLab(int index, Sentence sentence, List<Mention> ms, int k)
    {
        if (Korean)
        {
            return null;
        }

        var verbStart = ms[k].Start;
        var at = _text.LastIndexOf(Successor, Math.Max(sentence.Start, verbStart - 1), Math.Max(0, verbStart - sentence.Start), StringComparison.Ordinal);
        if (at < sentence.Start)
        {
            return null;
        }

        var named = ms.LastOrDefault(m => m is { Kind: MentionKind.Lab, Modifier: false, Name: not null } && m.CharEnd <= at);
        if (named is not null)
        {
            return named.Name;
        }

        return _state.Events.LastOrDefault(e => e.Sentence == index - 1 && e.Lab is not null && e.Kind is EventKind.Leave or EventKind.Role or EventKind.Work)?.Lab;
    }
}
