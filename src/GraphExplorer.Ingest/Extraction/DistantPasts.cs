using System.Globalization;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A past post told with the year it ended ("worked at Amazon until 2017 and then spent years at ETH Zurich", "trabajó
/// en Google hasta 2018", "trabalhou na Feedzai até 2018") is background when the founding or arrival it would lead to
/// comes years later: the labelling rules take it as a stated gap, not as where the person came from.
/// </summary>
internal static class DistantPasts
{
    /// <summary>Years between the end of a stint and the next step from which the stint is background.</summary>
    private const int GapYears = 3;

    /// <summary>Tokens that may stand between the word for "until" and its year ("jusqu'en 2019", "hasta el 2018").</summary>
    private const int UntilReach = 3;

    /// <summary>Whether every past post given for the lab ends, by its own sentence, at least <see cref="GapYears"/>
    /// years before the arrival (its date, else the article's publication), or ends in a stated year with another step
    /// told after it in a sentence other than the arrival's ("until 2017, then …"; "until 2023 and then co-founded B"
    /// tells the step itself).</summary>
    public static bool EndedYearsBefore(ArticleState state, IEnumerable<ArticleEvent> posts, ArticleEvent arrival)
    {
        if (state.Lexicon.UntilWords.Count == 0)
        {
            return false;
        }

        var reference = arrival.Date ?? state.Published;
        var any = false;
        foreach (var post in posts)
        {
            if (EndYear(state, post.Sentence) is not { } end
                || !((end.ThenAnother && post.Sentence != arrival.Sentence) || (reference is { } r && r.Year - end.Year >= GapYears)))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>The year after the sentence's first word for "until", and whether a word of sequence follows it in the
    /// sentence ("until 2017 and then spent years at …", "hasta 2018 y después pasó …"): another stint came between.
    /// Null when the sentence has no such year.</summary>
    private static (int Year, bool ThenAnother)? EndYear(ArticleState state, int sentence)
    {
        var span = state.Sentences[sentence];
        var tokens = state.Tokens;
        for (var t = span.FirstToken; t < span.EndToken; t++)
        {
            if (!state.Lexicon.UntilWords.Contains(tokens[t].Key))
            {
                continue;
            }

            for (var y = t + 1; y < span.EndToken && y - t <= UntilReach; y++)
            {
                if (tokens[y].Key.Length == 4 && int.TryParse(tokens[y].Key, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1950 and < 2100)
                {
                    var then = false;
                    for (var s = y + 1; s < span.EndToken && !then; s++)
                    {
                        then = state.Lexicon.SequelWords.Contains(tokens[s].Key);
                    }

                    return (year, then);
                }
            }

            return null;
        }

        return null;
    }
}
