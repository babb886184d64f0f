using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Queries;

/// <summary>
/// What "existed at a date" and "fell in a window" mean for partial dates. Both are read permissively: an edge or a move
/// is left out only when its known dates place it outside, at the precision they are known. An unknown date never
/// excludes (a tenure reported without dates did exist; we just don't know when), and <c>2024-08</c> counts as
/// existing "as of 2024" because the two cannot be told apart at a year's precision.
/// </summary>
public static class AsOf
{
    /// <summary>
    /// True when something that began at <paramref name="arrival"/> and (for a tenure) ended at <paramref name="end"/>
    /// may have existed on <paramref name="date"/>: the arrival is not after it and the end is not before it.
    /// </summary>
    public static bool Existed(PartialDate? arrival, PartialDate? end, PartialDate date) =>
        !(arrival is { } a && a.IsAfter(date)) && !(end is { } e && e.IsBefore(date));

    /// <summary>True when <paramref name="edge"/> may have existed on <paramref name="date"/> (a move or a founding from its date on).</summary>
    public static bool Existed(Edge edge, PartialDate date)
    {
        ArgumentNullException.ThrowIfNull(edge);
        return Existed(edge.Arrival, edge.Type == EdgeType.WorkedAt ? edge.End : null, date);
    }

    /// <summary>The same test on an edge of the in-memory graph.</summary>
    public static bool Existed(TalentGraph.EdgeView edge, PartialDate date) =>
        Existed(edge.Arrival, edge.Type == EdgeType.WorkedAt ? edge.End : null, date);

    /// <summary>True when <paramref name="date"/> may fall in [<paramref name="since"/>, <paramref name="until"/>] (either bound optional).</summary>
    public static bool InWindow(PartialDate date, PartialDate? since, PartialDate? until) =>
        !(since is { } s && date.IsBefore(s)) && !(until is { } u && date.IsAfter(u));
}
