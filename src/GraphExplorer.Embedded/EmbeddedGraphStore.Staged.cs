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
        // The graph takes the whole plan first, then the rows are written from what it returned, so the two are timed
        // apart; which rows are new is decided the same way (an element the graph held before the plan is updated).
        var nodesBefore = staged.NodeCount;
        var edgesBefore = staged.EdgeCount;
        var nodes = new int[plan.Entities.Count];
        var edges = new int[plan.Edges.Count];
        using (LoadPhases.Measure(LoadPhase.AddToGraph))
        {
            for (var i = 0; i < nodes.Length; i++)
            {
                nodes[i] = staged.Upsert(plan.Entities[i], revision);
            }

            for (var i = 0; i < edges.Length; i++)
            {
                edges[i] = staged.Upsert(plan.Edges[i], revision);
            }

            foreach (var article in plan.Articles)
            {
                staged.Upsert(article, revision);
            }

            staged.AdvanceTo(revision);
        }

        using var phase = LoadPhases.Measure(LoadPhase.WriteRows);
        var writer = _writer!;
        writer.Begin(revision);
        for (var i = 0; i < nodes.Length; i++)
        {
            var entity = plan.Entities[i];
            if (nodes[i] < nodesBefore)
            {
                writer.UpdateEntity(keys.NodeKey(nodes[i]), entity);
            }
            else
            {
                keys.SetNode(nodes[i], writer.InsertEntity(entity));
            }
        }

        for (var i = 0; i < edges.Length; i++)
        {
            var index = edges[i];
            if (index < edgesBefore)
            {
                writer.UpdateEdge(keys.EdgeKey(index), plan.Edges[i].Sources);
            }
            else
            {
                var view = staged.EdgeAt(index);
                keys.SetEdge(index, writer.InsertEdge(plan.Edges[i], keys.NodeKey(view.Person), keys.NodeKey(view.Lab), view.FromLab < 0 ? null : keys.NodeKey(view.FromLab)));
            }
        }

        foreach (var article in plan.Articles)
        {
            writer.UpsertArticle(article);
        }

        writer.Flush();
    }
}
