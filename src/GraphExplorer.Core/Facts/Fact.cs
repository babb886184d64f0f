using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Facts;

/// <summary>
/// One line of the facts format (JSON Lines; schema in <c>schemas/facts.schema.json</c>). Names are as written in the
/// source; they are resolved to ids through aliases when the facts are loaded.
/// </summary>
public abstract record Fact
{
    /// <summary>Gets where the fact was read (file:line, or the index in a request), for error messages.</summary>
    public FactLocation Location { get; init; } = FactLocation.None;

    /// <summary>Gets the ids of the articles stating the fact (may be empty).</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Gets where in its article the evidence stands, when an extractor found it.</summary>
    public EvidenceSpan? Evidence { get; init; }

    /// <summary>Gets how sure an extractor was (0 to 1), when the fact was extracted rather than written by hand.</summary>
    public double? Confidence { get; init; }
}

public sealed record ArticleFact(string Id, string? Title, string? Url, string? Language, PartialDate? Published) : Fact;

public sealed record WorkedAtFact(string Person, string Lab, string? Role, PartialDate? Start, PartialDate? End) : Fact;

public sealed record LeftForFact(string Person, string From, string To, PartialDate? Date) : Fact;

public sealed record FoundedFact(string Person, string Lab, PartialDate? Date) : Fact;

/// <summary>Declares a person or lab: its canonical name, optionally its id, and other spellings that mean it.</summary>
public sealed record AliasFact(NodeKind Kind, string Name, string? Id, IReadOnlyList<string> Aliases) : Fact;

/// <summary>Character offsets [Start, End) of the evidence in the article's text.</summary>
public sealed record EvidenceSpan(int Start, int End, string? Text);

/// <summary>Where a fact came from: a file and a 1-based line, or a request and an item index.</summary>
public readonly record struct FactLocation(string Source, int Line)
{
    public static FactLocation None { get; } = new(string.Empty, 0);

    public override string ToString() => Line > 0 ? $"{Source}:{Line}" : Source;
}

/// <summary>A fact that could not be read or validated, with where it is and why.</summary>
public sealed record FactError(FactLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
