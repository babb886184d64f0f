namespace GraphExplorer.Core.Synthetic;

/// <summary>The shape of a synthetic talent graph. The same options (seed included) always give the same facts.</summary>
public sealed record GeneratorOptions
{
    /// <summary>Gets how many people to generate. Default 1,000; at least 2.</summary>
    public int People { get; init; } = 1_000;

    /// <summary>Gets the seed of the pseudo-random sequence. Default 1.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>
    /// Gets how many labs to generate. Default (null): one lab per 50 people, at least 20 and at most 20,000, which
    /// gives 20,000 labs for a million people.
    /// </summary>
    public int? Labs { get; init; }

    /// <summary>
    /// Gets the Zipf exponent of lab sizes: the lab of rank r is chosen with weight 1/r^skew, so a few labs are huge and
    /// most are small. Default 1.0; 0 makes every lab equally likely.
    /// </summary>
    public double LabSizeSkew { get; init; } = 1.0;

    /// <summary>Gets the share of careers whose move starts a group move (2 to 5 colleagues leaving together). Default 0.15.</summary>
    public double GroupMoveShare { get; init; } = 0.15;

    /// <summary>Gets how many facts cite each synthetic article before the next article starts. Default 25.</summary>
    public int FactsPerArticle { get; init; } = 25;

    /// <summary>Gets the first year a career may start. Default 1995.</summary>
    public int FirstYear { get; init; } = 1995;

    /// <summary>Gets the last year a move may happen (careers still running then have no end date). Default 2025.</summary>
    public int LastYear { get; init; } = 2025;

    /// <summary>Gets the lab count these options produce.</summary>
    public int EffectiveLabs => Labs ?? Math.Clamp(People / 50, 20, 20_000);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first option that is out of range.</summary>
    public void Validate()
    {
        if (People < 2)
        {
            throw new ArgumentException($"{nameof(People)} must be at least 2 (was {People}).", nameof(People));
        }

        if (EffectiveLabs < 2)
        {
            throw new ArgumentException($"{nameof(Labs)} must be at least 2 (was {EffectiveLabs}).", nameof(Labs));
        }

        if (LabSizeSkew is < 0 or > 4 || double.IsNaN(LabSizeSkew))
        {
            throw new ArgumentException($"{nameof(LabSizeSkew)} must be from 0 to 4 (was {LabSizeSkew}).", nameof(LabSizeSkew));
        }

        if (GroupMoveShare is < 0 or > 1 || double.IsNaN(GroupMoveShare))
        {
            throw new ArgumentException($"{nameof(GroupMoveShare)} must be from 0 to 1 (was {GroupMoveShare}).", nameof(GroupMoveShare));
        }

        if (FactsPerArticle < 1)
        {
            throw new ArgumentException($"{nameof(FactsPerArticle)} must be at least 1 (was {FactsPerArticle}).", nameof(FactsPerArticle));
        }

        if (FirstYear < 1900 || LastYear > 9999 || LastYear - FirstYear < 12)
        {
            throw new ArgumentException($"{nameof(FirstYear)}..{nameof(LastYear)} must span at least 12 years from 1900 on (was {FirstYear}..{LastYear}).", nameof(FirstYear));
        }
    }
}
