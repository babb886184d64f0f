using System.Text.Json;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;

namespace GraphExplorer.Core.Graph;

/// <summary>
/// The graph (whole, what changed since a revision, or as of a date) written as the API's JSON straight from the flat
/// arrays: a million people as records, then as DTOs, then as one JSON document took about 1.6 GB at once, and the ids
/// and names decoded on the way stayed cached for as long as the graph lived. Here a selection is a few int arrays,
/// and strings still in the image's UTF-8 block are copied from there.
/// </summary>
public sealed partial class TalentGraph
{
    private static readonly JsonEncodedText s_fromRevision = JsonEncodedText.Encode("fromRevision");
    private static readonly JsonEncodedText s_revision = JsonEncodedText.Encode("revision");
    private static readonly JsonEncodedText s_isSnapshot = JsonEncodedText.Encode("isSnapshot");
    private static readonly JsonEncodedText s_nodes = JsonEncodedText.Encode("nodes");
    private static readonly JsonEncodedText s_edges = JsonEncodedText.Encode("edges");
    private static readonly JsonEncodedText s_articles = JsonEncodedText.Encode("articles");
    private static readonly JsonEncodedText s_id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText s_kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText s_name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText s_aliases = JsonEncodedText.Encode("aliases");
    private static readonly JsonEncodedText s_type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText s_source = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText s_target = JsonEncodedText.Encode("target");
    private static readonly JsonEncodedText s_from = JsonEncodedText.Encode("from");
    private static readonly JsonEncodedText s_role = JsonEncodedText.Encode("role");
    private static readonly JsonEncodedText s_start = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText s_end = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText s_date = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText s_sources = JsonEncodedText.Encode("sources");
    private static readonly JsonEncodedText s_title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText s_url = JsonEncodedText.Encode("url");
    private static readonly JsonEncodedText s_language = JsonEncodedText.Encode("language");
    private static readonly JsonEncodedText s_published = JsonEncodedText.Encode("published");
    private static readonly JsonEncodedText[] s_kinds = [JsonEncodedText.Encode("person"), JsonEncodedText.Encode("lab")];
    private static readonly JsonEncodedText[] s_types = [JsonEncodedText.Encode("WORKED_AT"), JsonEncodedText.Encode("LEFT_FOR"), JsonEncodedText.Encode("FOUNDED")];

    /// <summary>
    /// Selects what <see cref="ChangesSince"/> would answer, without building it: everything changed after
    /// <paramref name="sinceRevision"/>, or the whole graph when that is 0, a revision this graph never reached, or more
    /// than <paramref name="maxChanges"/> changes.
    /// </summary>
    public GraphExport ExportChanges(long sinceRevision, int maxChanges = int.MaxValue)
    {
        if (sinceRevision <= 0 || sinceRevision > Revision || CountChangesSince(sinceRevision) > maxChanges)
        {
            return new GraphExport(this, 0, Revision, true, Pick.All(NodeCount), Pick.All(EdgeCount), Pick.All(_articleRows.Count));
        }

        var nodes = Pick.Where(NodeCount, i => _nodes[i].Revision > sinceRevision);
        var edges = Pick.Where(EdgeCount, i => _edges[i].Revision > sinceRevision);
        var articles = Pick.Where(_articleRows.Count, i => _articleRows[i].Revision > sinceRevision);
        return new GraphExport(this, sinceRevision, Revision, false, nodes, edges, articles);
    }

    /// <summary>
    /// Selects what <see cref="AsOf.Filter"/> answers for the whole graph on <paramref name="date"/>: the edges that held,
    /// the people and labs they join, and the articles they cite, in the graph's order.
    /// </summary>
    public GraphExport ExportAsOf(PartialDate date)
    {
        var spans = KnownSpans;
        var edges = Pick.Where(EdgeCount, i => spans.Existed(i, date));
        var held = new bool[NodeCount];
        var lists = new bool[_lists.Count];
        for (var k = 0; k < edges.Count; k++)
        {
            ref readonly var data = ref _edges[edges[k]];
            held[data.Person] = true;
            held[data.Lab] = true;
            if (data.Sources != NoString)
            {
                lists[data.Sources] = true;
            }
        }

        var cited = new bool[_articleRows.Count];
        for (var list = 0; list < lists.Length; list++)
        {
            if (!lists[list])
            {
                continue;
            }

            var span = _lists[list];
            for (var i = 0; i < span.Count; i++)
            {
                if (_articleById.TryGet(_strings, _seed, _strings.Peek(_listItems[span.Start + i]), out var row))
                {
                    cited[row] = true;
                }
            }
        }

        return new GraphExport(this, 0, Revision, true, Pick.Where(held.Length, i => held[i]), edges, Pick.Where(cited.Length, i => cited[i]));
    }

    /// <summary>
    /// Writes the next part of <paramref name="export"/> (at most about <paramref name="maxItems"/> nodes, edges and
    /// articles) as the API's graph payload; true once the whole document is written. Call under the store's read lock:
    /// a caller streaming to a slow client releases it between parts. The graph only appends, so the numbers selected
    /// stay valid between parts; an element changed meanwhile is written as it is now, and the client's next request
    /// for what changed after <see cref="GraphExport.Revision"/> sends it again.
    /// </summary>
    public bool WriteExport(GraphExport export, Utf8JsonWriter writer, int maxItems)
    {
        ArgumentNullException.ThrowIfNull(export);
        ArgumentNullException.ThrowIfNull(writer);
        if (!export.IsOf(this))
        {
            throw new InvalidOperationException("The export was selected from another graph (the store was reloaded meanwhile).");
        }

        var budget = maxItems;
        while (budget > 0)
        {
            switch (export.Part)
            {
                case 0:
                    writer.WriteStartObject();
                    writer.WriteNumber(s_fromRevision, export.FromRevision);
                    writer.WriteNumber(s_revision, export.Revision);
                    writer.WriteBoolean(s_isSnapshot, export.IsSnapshot);
                    writer.WriteStartArray(s_nodes);
                    export.Next();
                    break;
                case 1:
                    budget -= WriteSome(export, export.Nodes, budget, i => WriteNode(writer, i), writer, s_edges);
                    break;
                case 2:
                    budget -= WriteSome(export, export.Edges, budget, i => WriteEdge(writer, i), writer, s_articles);
                    break;
                case 3:
                    budget -= WriteSome(export, export.Articles, budget, i => WriteArticle(writer, i), writer, null);
                    break;
                default:
                    return true;
            }
        }

        return export.Part > 3;
    }

    private static int WriteSome(GraphExport export, Pick items, int budget, Action<int> write, Utf8JsonWriter writer, JsonEncodedText? nextArray)
    {
        var end = Math.Min(items.Count, export.Position + budget);
        var written = end - export.Position;
        for (var k = export.Position; k < end; k++)
        {
            write(items[k]);
        }

        export.Position = end;
        if (end == items.Count)
        {
            writer.WriteEndArray();
            if (nextArray is { } name)
            {
                writer.WriteStartArray(name);
            }
            else
            {
                writer.WriteEndObject();
            }

            export.Next();
        }

        return Math.Max(written, 1);
    }

    private void WriteNode(Utf8JsonWriter writer, int node)
    {
        ref readonly var data = ref _nodes[node];
        writer.WriteStartObject();
        WriteText(writer, s_id, data.Id);
        writer.WriteString(s_kind, s_kinds[(int)data.Kind]);
        WriteText(writer, s_name, data.Name);
        writer.WriteStartArray(s_aliases);
        for (var i = 0; i < data.AliasCount; i++)
        {
            WriteText(writer, _aliasItems[data.AliasStart + i]);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void WriteEdge(Utf8JsonWriter writer, int edge)
    {
        ref readonly var data = ref _edges[edge];
        writer.WriteStartObject();

        // The id is derived, not stored; built from peeked strings so that writing it caches nothing.
        writer.WriteString(s_id, EdgeIdentity.IdOf(
            data.Type,
            PeekId(data.Person),
            PeekId(data.Lab),
            data.FromLab == NoNode ? null : PeekId(data.FromLab),
            RoleOf(data),
            Unpack(data.Start),
            Unpack(data.End),
            Unpack(data.Date)));
        writer.WriteString(s_type, s_types[(int)data.Type]);
        WriteText(writer, s_source, _nodes[data.Person].Id);
        WriteText(writer, s_target, _nodes[data.Lab].Id);
        if (data.FromLab != NoNode)
        {
            WriteText(writer, s_from, _nodes[data.FromLab].Id);
        }

        if (data.Role != NoString)
        {
            WriteText(writer, s_role, data.Role);
        }

        WriteDate(writer, s_start, data.Start);
        WriteDate(writer, s_end, data.End);
        WriteDate(writer, s_date, data.Date);
        writer.WriteStartArray(s_sources);
        if (data.Sources != NoString)
        {
            var span = _lists[data.Sources];
            for (var i = 0; i < span.Count; i++)
            {
                WriteText(writer, _listItems[span.Start + i]);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void WriteArticle(Utf8JsonWriter writer, int row)
    {
        ref readonly var data = ref _articleRows[row];
        writer.WriteStartObject();
        WriteText(writer, s_id, data.Id);
        if (data.Title != NoString)
        {
            WriteText(writer, s_title, data.Title);
        }

        if (data.Url != NoString)
        {
            WriteText(writer, s_url, data.Url);
        }

        if (data.Language != NoString)
        {
            WriteText(writer, s_language, data.Language);
        }

        WriteDate(writer, s_published, data.Published);
        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, int packed)
    {
        if (packed != 0)
        {
            writer.WriteString(name, PartialDate.FromPacked(packed).ToString());
        }
    }

    private void WriteText(Utf8JsonWriter writer, JsonEncodedText name, int text)
    {
        writer.WritePropertyName(name);
        WriteText(writer, text);
    }

    private void WriteText(Utf8JsonWriter writer, int text)
    {
        if (_strings.TryUtf8(text, out var utf8))
        {
            writer.WriteStringValue(utf8);
        }
        else
        {
            writer.WriteStringValue(_strings[text]);
        }
    }
}

/// <summary>
/// What <see cref="TalentGraph.ExportChanges"/> or <see cref="TalentGraph.ExportAsOf"/> selected, and how far
/// <see cref="TalentGraph.WriteExport"/> has written it.
/// </summary>
public sealed class GraphExport
{
    private readonly TalentGraph _graph;

    internal GraphExport(TalentGraph graph, long fromRevision, long revision, bool isSnapshot, Pick nodes, Pick edges, Pick articles)
    {
        _graph = graph;
        (FromRevision, Revision, IsSnapshot) = (fromRevision, revision, isSnapshot);
        (Nodes, Edges, Articles) = (nodes, edges, articles);
    }

    public long FromRevision { get; }

    public long Revision { get; }

    public bool IsSnapshot { get; }

    public int NodeCount => Nodes.Count;

    public int EdgeCount => Edges.Count;

    public int ArticleCount => Articles.Count;

    internal Pick Nodes { get; }

    internal Pick Edges { get; }

    internal Pick Articles { get; }

    /// <summary>Gets the part being written: 0 the header, 1 nodes, 2 edges, 3 articles, 4 done.</summary>
    internal int Part { get; private set; }

    /// <summary>Gets or sets the next item of the current part.</summary>
    internal int Position { get; set; }

    /// <summary>True when this selection was made from <paramref name="graph"/>.</summary>
    public bool IsOf(TalentGraph graph) => ReferenceEquals(graph, _graph);

    internal void Next() => (Part, Position) = (Part + 1, 0);
}

/// <summary>Element numbers: the first <see cref="Count"/> of them (no array), or those listed.</summary>
internal readonly struct Pick
{
    private readonly int[]? _items;

    private Pick(int[]? items, int count) => (_items, Count) = (items, count);

    public int Count { get; }

    public int this[int index] => _items is null ? index : _items[index];

    public static Pick All(int count) => new(null, count);

    public static Pick Where(int count, Func<int, bool> keep)
    {
        var found = 0;
        for (var i = 0; i < count; i++)
        {
            found += keep(i) ? 1 : 0;
        }

        var items = new int[found];
        var at = 0;
        for (var i = 0; i < count && at < found; i++)
        {
            if (keep(i))
            {
                items[at++] = i;
            }
        }

        return new(items, found);
    }
}
