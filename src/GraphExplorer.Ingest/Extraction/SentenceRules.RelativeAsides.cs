namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Relative clauses set off by commas ("Budi, yang kini memimpin riset di Google, dan Rina … mendirikan Kinara"): what
/// such a clause says about one person neither ends the list of subjects around it nor takes its verb for theirs.
/// </summary>
internal sealed partial class SentenceRules
{
    /// <summary>Whether the token at <paramref name="at"/> lies inside ", yang …," (a relative word of the language after a comma,
    /// up to the next comma, which must come before the sentence ends).</summary>
    private bool InRelativeAside(int at)
    {
        if (_lexicon.RelativePronouns.Count == 0)
        {
            return false;
        }

        var sentence = _state.Sentences[_state.CurrentSentence];
        var opens = -1;
        for (var t = at; t > sentence.FirstToken; t--)
        {
            if (IsComma(t))
            {
                return false;
            }

            if (_lexicon.RelativePronouns.Contains(_tokens[t].Key) && IsComma(t - 1))
            {
                opens = t;
                break;
            }
        }

        if (opens < 0)
        {
            return false;
        }

        for (var t = at + 1; t < sentence.EndToken; t++)
        {
            if (IsComma(t))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsComma(int t) => _tokens[t].Key is "," or "，";
}
