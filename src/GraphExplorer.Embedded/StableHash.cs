namespace GraphExplorer.Embedded;

/// <summary>
/// A 64-bit FNV-1a hash of a string, the same in every process: a chunked batch remembers which ids it has seen by
/// hash (8 bytes each) rather than by string. A collision only makes an "already present" count off by one.
/// </summary>
internal static class StableHash
{
    public static ulong Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
