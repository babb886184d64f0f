namespace GraphExplorer.Core.Model;

/// <summary>Edit distance between spellings, shared by the search's typo tolerance and the extractor's matching by sound.</summary>
public static class EditDistance
{
    /// <summary>Edit distance, giving up (returning more than <paramref name="bound"/>) once it must exceed the bound.</summary>
    public static int Levenshtein(string a, string b, int bound = int.MaxValue - 1)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Levenshtein(a.AsSpan(), b.AsSpan(), bound);
    }

    /// <summary>Edit distance of two spellings that lie in a larger buffer (the search's pooled keys).</summary>
    public static int Levenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int bound = int.MaxValue - 1)
    {
        if (Math.Abs(a.Length - b.Length) > bound)
        {
            return bound + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > bound)
            {
                return bound + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
