namespace GraphExplorer.Cypher.Execution;

/// <summary>One row of variable bindings.</summary>
internal sealed class Row : Dictionary<string, object?>
{
    public Row()
        : base(StringComparer.Ordinal)
    {
    }

    public Row(IDictionary<string, object?> other)
        : base(other, StringComparer.Ordinal)
    {
    }

    public Row With(string name, object? value)
    {
        var copy = new Row(this)
        {
            [name] = value,
        };
        return copy;
    }
}
