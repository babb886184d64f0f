using GraphExplorer.Core.Diagnostics;
using GraphExplorer.Core.Graph;

namespace GraphExplorer.Embedded;

public sealed partial class EmbeddedGraphStore
{
    /// <summary>
    /// Writes a chunk of a first load: the plan goes into the staged graph first, and each row is then written from what
    /// the graph returned (a new node or edge, or the one it already had), so no element is looked up by its text id
    /// again to find its row or its person's and labs' rows. The staged graph only becomes memory when the transaction
    /// commits; a chunk that fails part-way makes the whole batch roll back, and the staged graph goes with it.
    /// </summary>
    private void WriteStaged(BatchPlan plan, long revision, TalentGraph staged, RowKeys keys)
    {
        // One phase: the graph's and SQLite's work alternate row by row here.
        using var phase = LoadPhases.Measure(LoadPhase.WriteRows);
        var writer = _writer!;
        writer.Begin(revision);
        var nodesBefore = staged.NodeCount;
        foreach (var entity in plan.Entities)
        {
            var node = staged.Upsert(entity, revision);
            if (node < nodesBefore)
            {
                writer.UpdateEntity(keys.NodeKey(node), entity);
            }
            else
            {
                keys.SetNode(node, writer.InsertEntity(entity));
            }
        }

        var edgesBefore = staged.EdgeCount;
        foreach (var edge in plan.Edges)
        {
            var index = staged.Upsert(edge, revision);
            if (index < edgesBefore)
            {
                writer.UpdateEdge(keys.EdgeKey(index), edge.Sources);
            }
            else
            {
                var view = staged.EdgeAt(index);
                var key = writer.InsertEdge(edge, keys.NodeKey(view.Person), keys.NodeKey(view.Lab), view.FromLab < 0 ? null : keys.NodeKey(view.FromLab));
                keys.SetEdge(index, key);
            }
        }

        foreach (var article in plan.Articles)
        {
            staged.Upsert(article, revision);
            writer.UpsertArticle(article);
        }

        writer.Flush();

        staged.AdvanceTo(revision);
    }
}
