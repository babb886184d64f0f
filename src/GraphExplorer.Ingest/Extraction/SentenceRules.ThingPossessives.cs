using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "Anthropic confirmed that Ortiz had joined its interpretability group": the joiner's destination is the lab "its"
/// stands for, the one lab named before the verb. Without it the arrival had no lab and the move was lost.
/// </summary>
internal sealed partial class SentenceRules
{
    private string? LabOfThingPossessive(List<Mention> ms, int k)
    {
        var after = ms[k].End;
        if (after >= _tokens.Count || !_lexicon.ThingPossessives.Contains(_tokens[after].Key))
        {
            return null;
        }

        var labs = ms.Take(k).Where(x => x.Kind == MentionKind.Lab && !x.TitleLab && !x.Modifier && x.Name is not null).Select(x => x.Name!).Distinct(StringComparer.Ordinal).ToList();
        return labs.Count == 1 ? labs[0] : null;
    }
}
