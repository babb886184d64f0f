using GraphExplorer.Core.Diagnostics;
using GraphExplorer.Core.Graph;

namespace GraphExplorer.Embedded;

public sealed partial class EmbeddedGraphStore
{
    /// <summary>
    /// Adds a chunk of a first load to the staged graph and notes, for each planned element, what the graph returned (a
    /// new node or edge, or the one it already had) and each new edge's person and labs, so its rows can then be written
    /// on another thread without looking anything up by text id or reading the graph while the next chunk is added. The
    /// staged graph only becomes memory when the transaction commits; a chunk that fails part-way makes the whole batch
    /// roll back, and the staged graph goes with it.
    /// </summary>
    private static StagedChunk Stage(BatchPlan plan, long revision, TalentGraph staged)
    {
        using var phase = LoadPhases.Measure(LoadPhase.AddToGraph);
        var nodesBefore = staged.NodeCount;
        var edgesBefore = staged.EdgeCount;
        var nodes = new int[plan.Entities.Count];
        var edges = new int[plan.Edges.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = staged.Upsert(plan.Entities[i], revision);
        }

        var ends = new int[edges.Length * 3];
        for (var i = 0; i < edges.Length; i++)
        {
            var index = edges[i] = staged.Upsert(plan.Edges[i], revision);
            if (index >= edgesBefore)
            {
                var view = staged.EdgeAt(index);
                (ends[3 * i], ends[(3 * i) + 1], ends[(3 * i) + 2]) = (view.Person, view.Lab, view.FromLab);
            }
        }

        foreach (var article in plan.Articles)
        {
            staged.Upsert(article, revision);
        }

        staged.AdvanceTo(revision);
        return new StagedChunk(plan, nodesBefore, edgesBefore, nodes, edges, ends);
    }

    /// <summary>
    /// Writes the rows of a staged chunk, in the order the chunks were staged: an element the graph held before the chunk
    /// is updated, a new one inserted and its key noted by graph index. Only this reads or changes the keys while the
    /// batch is open.
    /// </summary>
    private void WriteStagedRows(StagedChunk chunk, long revision, RowKeys keys)
    {
        using var phase = LoadPhases.Measure(LoadPhase.WriteRows);
        var plan = chunk.Plan;
        var writer = _writer!;
        writer.Begin(revision);
        for (var i = 0; i < chunk.Nodes.Length; i++)
        {
            var entity = plan.Entities[i];
            var node = chunk.Nodes[i];
            if (node < chunk.NodesBefore)
            {
                writer.UpdateEntity(keys.NodeKey(node), entity);
            }
            else
            {
                keys.SetNode(node, writer.InsertEntity(entity));
            }
        }

        var ends = chunk.EdgeEnds;
        for (var i = 0; i < chunk.Edges.Length; i++)
        {
            var index = chunk.Edges[i];
            if (index < chunk.EdgesBefore)
            {
                writer.UpdateEdge(keys.EdgeKey(index), plan.Edges[i].Sources);
            }
            else
            {
                var fromLab = ends[(3 * i) + 2];
                keys.SetEdge(index, writer.InsertEdge(plan.Edges[i], keys.NodeKey(ends[3 * i]), keys.NodeKey(ends[(3 * i) + 1]), fromLab < 0 ? null : keys.NodeKey(fromLab)));
            }
        }

        foreach (var article in plan.Articles)
        {
            writer.UpsertArticle(article);
        }

        writer.Flush();
    }

    /// <summary>
    /// A chunk as the staged graph took it: the graph index of each planned entity and edge, the counts before it (an
    /// index below them was already there), and each new edge's person, lab and former lab (-1: none), three to an edge.
    /// </summary>
    private sealed record StagedChunk(BatchPlan Plan, int NodesBefore, int EdgesBefore, int[] Nodes, int[] Edges, int[] EdgeEnds);
}
