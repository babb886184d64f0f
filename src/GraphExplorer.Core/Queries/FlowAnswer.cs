namespace GraphExplorer.Core.Queries;

/// <summary>
/// What a flows answer sends of a <see cref="FlowResult"/>: the first pairs and only the labs they name, so an answer
/// that shows a thousand pairs does not carry the tens of thousands of labs a large graph has. The web API and
/// <c>bench queries</c> both shape the answer here, so the benchmark times what the API writes.
/// </summary>
public static class FlowAnswer
{
    /// <summary>The labs at either end of the first <paramref name="pairLimit"/> pairs, in the result's order (busiest first).</summary>
    public static IReadOnlyList<LabFlow> LabsOfFirstPairs(FlowResult result, int pairLimit)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfNegative(pairLimit);
        var named = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(pairLimit, result.Pairs.Count); i++)
        {
            var pair = result.Pairs[i];
            named.Add(pair.From.Id);
            named.Add(pair.To.Id);
        }

        var labs = new List<LabFlow>(named.Count);
        foreach (var lab in result.Labs)
        {
            if (named.Contains(lab.Lab.Id))
            {
                labs.Add(lab);
            }
        }

        return labs;
    }
}
