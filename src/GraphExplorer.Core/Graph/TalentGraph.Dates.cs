using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Graph;

/// <summary>The raw dates behind the whole-graph derived tables (as of a date), read without building an edge.</summary>
public sealed partial class TalentGraph
{
    /// <summary>Gets node <paramref name="node"/>'s id without keeping the string (see <see cref="GraphStrings.Peek"/>).</summary>
    internal string PeekId(int node) => _strings.Peek(_nodes[node].Id);

    /// <summary>Gets node <paramref name="node"/>'s name without keeping the string.</summary>
    internal string PeekName(int node) => _strings.Peek(_nodes[node].Name);

    /// <summary>How many aliases node <paramref name="node"/> has.</summary>
    internal int AliasCountOf(int node) => _nodes[node].AliasCount;

    /// <summary>Alias <paramref name="index"/> of node <paramref name="node"/>, without keeping the string.</summary>
    internal string PeekAlias(int node, int index) => _strings.Peek(_aliasItems[_nodes[node].AliasStart + index]);

    /// <summary>Edge <paramref name="edge"/>'s packed dates (<see cref="PartialDate.Packed"/>, 0 when unknown) and its source list.</summary>
    internal void PackedDates(int edge, out int start, out int end, out int date, out int sources)
    {
        ref readonly var data = ref _edges[edge];
        (start, end, date, sources) = (data.Start, data.End, data.Date, data.Sources);
    }

    /// <summary>
    /// For each source list (by number), the packed publication date of its earliest dated article, 0 when none is dated:
    /// one pass over the lists instead of a dictionary look-up by article id per edge.
    /// </summary>
    internal int[] EarliestReportedByList()
    {
        // Lists cite articles by id text (a list's strings are not the articles' own), so each is looked up once.
        var earliest = new int[_lists.Count];
        for (var list = 0; list < earliest.Length; list++)
        {
            var span = _lists[list];
            var best = 0;
            for (var i = 0; i < span.Count; i++)
            {
                if (_articleById.TryGet(_strings, _seed, _strings.Peek(_listItems[span.Start + i]), out var row))
                {
                    var date = _articleRows[row].Published;
                    best = date != 0 && (best == 0 || date < best) ? date : best;
                }
            }

            earliest[list] = best;
        }

        return earliest;
    }
}
