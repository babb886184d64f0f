namespace GraphExplorer.Core.Synthetic;

/// <summary>
/// A tiny pseudo-random generator (SplitMix64) whose sequence is fixed by its definition, so a seed gives the same graph
/// on every runtime and machine (System.Random promises no such thing across versions).
/// </summary>
internal sealed class SplitMix64(long seed)
{
    private ulong _state = unchecked((ulong)seed);

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [min, max).</summary>
    public int Next(int min, int max)
    {
        if (max <= min)
        {
            return min;
        }

        return min + (int)(NextUInt64() % (ulong)(max - min));
    }

    public bool Chance(double probability) => NextDouble() < probability;
}
