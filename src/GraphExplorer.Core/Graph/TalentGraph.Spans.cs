using GraphExplorer.Core.Queries;

namespace GraphExplorer.Core.Graph;

public sealed partial class TalentGraph
{
    private KeptSpans? _keptSpans;

    /// <summary>
    /// Gets when each edge is known to hold (<see cref="AsOf.Packed"/>) for the graph as it is now: worked out on the first
    /// as-of question of a revision and kept with the graph, so the paths' asOf and the page's time slider share one
    /// copy (at a million people each working out is 70 MB of scratch for 30 MB of spans). Readers may ask at once:
    /// both work out equal spans, and either is kept.
    /// </summary>
    internal EdgeSpans KnownSpans
    {
        get
        {
            if (Volatile.Read(ref _keptSpans) is { } kept && kept.Revision == Revision && kept.Edges == EdgeCount)
            {
                return kept.Spans;
            }

            var spans = ScratchRelease.After(() => AsOf.Packed(this));
            Volatile.Write(ref _keptSpans, new KeptSpans(spans, Revision, EdgeCount));
            return spans;
        }
    }

    private sealed record KeptSpans(EdgeSpans Spans, long Revision, int Edges);
}
