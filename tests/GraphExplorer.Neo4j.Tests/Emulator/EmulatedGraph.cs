namespace GraphExplorer.Neo4j.Tests.Emulator;

/// <summary>What the emulated database holds, shaped as cypher/README.md describes the graph in Neo4j.</summary>
internal sealed class EmulatedGraph
{
    public long Revision { get; set; }

    public bool HasMeta { get; set; }

    /// <summary>The :Meta node's <c>nameFolding</c> (name-folding-done.cypher); 0 when not set.</summary>
    public long NameFolding { get; set; }

    public Dictionary<string, NodeRecord> Nodes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, RelationshipRecord> Relationships { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ArticleRecord> Articles { get; } = new(StringComparer.Ordinal);

    public EmulatedGraph Clone()
    {
        var copy = new EmulatedGraph { Revision = Revision, HasMeta = HasMeta, NameFolding = NameFolding };
        foreach (var (id, node) in Nodes)
        {
            copy.Nodes[id] = node with { Aliases = [.. node.Aliases], NameKeys = [.. node.NameKeys], FormerIds = [.. node.FormerIds] };
        }

        foreach (var (id, relationship) in Relationships)
        {
            copy.Relationships[id] = relationship with { Sources = [.. relationship.Sources] };
        }

        foreach (var (id, article) in Articles)
        {
            copy.Articles[id] = article;
        }

        return copy;
    }
}

/// <summary>A (:Person) or (:Lab) node.</summary>
internal sealed record NodeRecord(string Kind, string Id, string? Name, List<string> Aliases, List<string> NameKeys, long? Revision)
{
    /// <summary>Ids the node had before the name-folding migration moved it (refold-entities.cypher).</summary>
    public List<string> FormerIds { get; init; } = [];

    public Dictionary<string, object?> Map() => new(StringComparer.Ordinal)
    {
        ["kind"] = Kind,
        ["id"] = Id,
        ["name"] = Name,
        ["aliases"] = Aliases,
    };
}

/// <summary>A WORKED_AT / LEFT_FOR / FOUNDED relationship, from a person to a lab.</summary>
internal sealed record RelationshipRecord(
    string Id,
    string Type,
    string PersonId,
    string LabId,
    string? From,
    string? Role,
    string? Start,
    string? End,
    string? Date,
    List<string> Sources,
    long? Revision)
{
    public Dictionary<string, object?> Map() => new(StringComparer.Ordinal)
    {
        ["id"] = Id,
        ["type"] = Type,
        ["personId"] = PersonId,
        ["labId"] = LabId,
        ["fromLabId"] = From,
        ["role"] = Role,
        ["start"] = Start,
        ["end"] = End,
        ["date"] = Date,
        ["sources"] = Sources,
    };

    /// <summary>The relationship's properties as Neo4j's properties(r) would list them (nulls are absent).</summary>
    public string Fingerprint() => string.Join('|', Type, Role, Start, End, Date, From, string.Join(',', Sources), Revision);
}

/// <summary>An (:Article) node.</summary>
internal sealed record ArticleRecord(string Id, string? Title, string? Url, string? Language, string? Published, long? Revision);
