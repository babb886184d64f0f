using GraphExplorer.Core.Queries;

namespace GraphExplorer.Core.Graph;

public sealed partial class TalentGraph
{
    private FlowTables? _flowTables;

    /// <summary>
    /// Gets or sets the flows tables last built for this graph or read with its image (see <see cref="FlowTablesImage"/>).
    /// They may be of an earlier revision: whoever reads them checks <see cref="Queries.FlowTables.IsCurrentFor"/>. Kept
    /// here, not in a query cache, so the image writer stores what a query already built and the first query after a
    /// restart takes what the image held.
    /// </summary>
    internal FlowTables? FlowTables
    {
        get => Volatile.Read(ref _flowTables);
        set => Volatile.Write(ref _flowTables, value);
    }
}
