namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Relative clauses set off by commas ("Budi, yang kini memimpin riset di Google, dan Rina … mendirikan Kinara"): what
/// such a clause says about one person neither ends the list of subjects around it nor takes its verb for theirs.
/// </summary>
internal sealed partial class SentenceRules
{
    // A relative clause's verbs stand within a dozen tokens of the name it follows.
    private const int RelativeClauseReach = 12;

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

    /// <summary>Whether a relative clause set off by a comma opens right after <paramref name="head"/> ("por X, que …",
    /// "X, yang …").</summary>
    private bool RelativeClauseAfter(Mention head) =>
        head.End + 1 < _tokens.Count && IsComma(head.End) && _lexicon.RelativePronouns.Contains(_tokens[head.End + 1].Key);

    /// <summary>"fundada por X, que dejó la empresa para dirigir …", "contrató a X, que trabajaba en …": the person a
    /// relative clause follows is the subject of its verbs (up to the clause's closing comma), even when the main clause
    /// made them its agent or object.</summary>
    private bool HeadsRelativeClauseOf(Mention head, Mention verb)
    {
        var relative = RelativeClauseAfter(head) ? head.End + 1 : RelativeAfterApposition(head, verb);
        if (relative < 0 || verb.First <= relative || verb.First - head.End > RelativeClauseReach)
        {
            return false;
        }

        for (var t = relative + 1; t < verb.First; t++)
        {
            if (IsComma(t))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"sumó a X, un ingeniero mexicano que dejó A": the relative clause follows a short appositive noun phrase
    /// about the person (a title and its adjectives), and still describes the person. The token of the relative word, or
    /// -1 when no such apposition (at most <see cref="AppositionReach"/> words, no comma) leads to one before the verb.</summary>
    private int RelativeAfterApposition(Mention head, Mention verb)
    {
        if (_lexicon.RelativePronouns.Count == 0 || head.End + 2 >= verb.First || !IsComma(head.End))
        {
            return -1;
        }

        for (var t = head.End + 2; t < verb.First && t - head.End <= AppositionReach + 1; t++)
        {
            if (IsComma(t) || _tokens[t].Kind != Text.TokenKind.Word)
            {
                return -1;
            }

            if (_lexicon.RelativePronouns.Contains(_tokens[t].Key))
            {
                return t;
            }
        }

        return -1;
    }

    // "un ingeniero mexicano", "une chercheuse française de renom": an apposition's article, title and adjectives.
    private const int AppositionReach = 4;

    private bool IsComma(int t) => _tokens[t].Key is "," or "，";
}
