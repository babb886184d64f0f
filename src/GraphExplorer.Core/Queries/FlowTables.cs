using System.Runtime.CompilerServices;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Queries;

/// <summary>
/// The move table and the retention index of one revision of a graph: what a flows answer needs that is costly to
/// build (seconds at a million people). Kept with the graph (<see cref="TalentGraph.FlowTables"/>) so a graph image can
/// store them and a store opened from that image answers its first flows call without building them; used only while
/// the graph is still at the revision and size they were built from.
/// </summary>
internal sealed class FlowTables(long revision, int nodeCount, int edgeCount, MoveTable moves, RetentionIndex retention)
{
    public long Revision { get; } = revision;

    public int NodeCount { get; } = nodeCount;

    public int EdgeCount { get; } = edgeCount;

    public MoveTable Moves { get; } = moves;

    public RetentionIndex Retention { get; } = retention;

    /// <summary>True when the tables were built from <paramref name="graph"/> as it is now (no batch applied since).</summary>
    public bool IsCurrentFor(TalentGraph graph) =>
        graph.Revision == Revision && graph.NodeCount == NodeCount && graph.EdgeCount == EdgeCount;

    /// <summary>The tables kept with <paramref name="graph"/> when they are current for it, else null.</summary>
    public static FlowTables? CurrentOf(TalentGraph graph) => graph.FlowTables is { } tables && tables.IsCurrentFor(graph) ? tables : null;

    /// <summary>
    /// Builds both tables side by side (they are independent); retention from <paramref name="spells"/> when something
    /// already built everyone's stays, else working them out itself.
    /// </summary>
    public static FlowTables Build(TalentGraph graph, GraphIndex index, SpellTable? spells = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(index);
        MoveTable? moves = null;
        RetentionIndex? retention = null;
        Parallel.Invoke(
            () => moves = MoveTable.Build(graph, index),
            () => retention = spells is null ? RetentionIndex.Build(graph, index) : RetentionIndex.Build(spells, index));
        return new FlowTables(graph.Revision, graph.NodeCount, graph.EdgeCount, moves!, retention!);
    }
}

/// <summary>
/// The flows part of a graph image, written after the graph's own sections: a header (layout, then the revision, node,
/// edge and lab counts the tables were built from) and the tables' arrays as they lie in memory, so a mapped image
/// hands them over without a copy. Reading never trusts them: they are used only when the header matches the graph read
/// just before, every section matches its checksum, and every number points inside what it names; otherwise the reason
/// is returned and the tables are built again on the first flows call.
/// </summary>
public static class FlowTablesImage
{
    /// <summary>The layout of the flows part; a part of any other layout is not used.</summary>
    public const int Format = 1;

    private const int HeaderLength = 6;

    /// <summary>
    /// Writes the flows tables of <paramref name="graph"/> as it is now: those a query already built for this revision,
    /// else built here (and kept with the graph for the queries that follow). Only reads the graph, as
    /// <see cref="TalentGraph.WriteImage"/> does.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Write(GraphImageWriter writer, TalentGraph graph)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(graph);
        var tables = Prepare(graph);
        var (moves, retention) = (tables.Moves, tables.Retention);
        writer.WriteArray<long>([Format, tables.Revision, tables.NodeCount, tables.EdgeCount, retention.Labs, moves.Runs]);
        writer.WriteArray(moves.RunFrom);
        writer.WriteArray(moves.RunTo);
        writer.WriteArray(moves.RunStart);
        writer.WriteArray(moves.Reverse);
        writer.WriteArray(moves.Dates);
        writer.WriteArray(moves.People);
        writer.WriteArray(retention.Lab);
        writer.WriteArray(retention.StartFirst);
        writer.WriteArray(retention.StartLast);
        writer.WriteArray(retention.EndFirst);
        writer.WriteArray(retention.EndLast);
        writer.WriteArray(retention.Open);
    }

    /// <summary>
    /// Builds the flows tables of <paramref name="graph"/> as it is now unless they are already kept with it, and keeps
    /// them with it, so a later <see cref="Write"/> only writes them. Only reads the graph: a caller may run it on another
    /// thread while something else that only reads the graph (or waits on a disk) goes on, as long as nothing changes
    /// the graph until it returns.
    /// </summary>
    internal static FlowTables Prepare(TalentGraph graph)
    {
        var tables = FlowTables.CurrentOf(graph);
        if (tables is null)
        {
            tables = FlowTables.Build(graph, GraphIndex.Build(graph));
            graph.FlowTables = tables;
        }

        return tables;
    }

    /// <summary>Builds and keeps the flows tables of <paramref name="graph"/> as it is now (see <see cref="Write"/>).</summary>
    public static void BuildAhead(TalentGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _ = Prepare(graph);
    }

    /// <summary>
    /// Reads the flows part that follows <paramref name="graph"/>'s sections and keeps the tables with the graph.
    /// Returns null when they were taken, else why not (the graph itself is still good: its sections were checked).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? Read(GraphImageReader reader, TalentGraph graph)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(graph);
        if (reader.Position == reader.Length)
        {
            return "the image holds no flows tables";
        }

        try
        {
            var header = reader.ReadArray<long>();
            if (header.Length != HeaderLength || header[0] != Format)
            {
                return $"its flows tables have layout {(header.Length > 0 ? header[0] : 0)}; this version reads {Format}";
            }

            if (header[1] != graph.Revision || header[2] != graph.NodeCount || header[3] != graph.EdgeCount || header[4] != graph.LabCount)
            {
                return $"its flows tables were built from revision {header[1]} ({header[2]} nodes, {header[3]} edges), not from the graph it holds";
            }

            var moves = new MoveTable(
                reader.ReadList<int>(), reader.ReadList<int>(), reader.ReadList<int>(), reader.ReadList<int>(), reader.ReadList<int>(), reader.ReadList<int>());
            var retention = new RetentionIndex(
                reader.ReadList<int>(), reader.ReadList<int>(), reader.ReadList<int>(), reader.ReadList<int>(), reader.ReadList<int>(), reader.ReadList<byte>(), graph.LabCount);
            if (moves.Runs != header[5])
            {
                return "its flows tables do not agree with their header";
            }

            if (Problem(moves, retention, graph) is { } problem)
            {
                return problem;
            }

            graph.FlowTables = new FlowTables(graph.Revision, graph.NodeCount, graph.EdgeCount, moves, retention);
            return null;
        }

        catch (InvalidDataException ex)
        {
            return $"its flows tables are damaged ({ex.Message})";
        }
    }

    /// <summary>What in the tables points outside the graph or breaks the tables' own order, or null when nothing does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? Problem(MoveTable moves, RetentionIndex retention, TalentGraph graph)
    {
        uint labs = (uint)graph.LabCount, nodes = (uint)graph.NodeCount, runs = (uint)moves.Runs;
        ReadOnlySpan<int> runFrom = moves.RunFrom, runTo = moves.RunTo, runStart = moves.RunStart, reverse = moves.Reverse, dates = moves.Dates, people = moves.People;
        if (runTo.Length != runs || reverse.Length != runs || runStart.Length != runs + 1
            || people.Length != dates.Length || runStart[0] != 0 || runStart[^1] != dates.Length)
        {
            return "its move table's arrays do not agree in length";
        }

        for (var r = 0; r < runFrom.Length; r++)
        {
            if ((uint)runFrom[r] >= labs || (uint)runTo[r] >= labs || (uint)(reverse[r] + 1) > runs || runStart[r + 1] <= runStart[r])
            {
                return $"its move table's run {r} points outside the graph";
            }
        }

        for (var m = 0; m < dates.Length; m++)
        {
            if ((uint)people[m] >= nodes || (dates[m] != 0 && !IsPacked(dates[m])))
            {
                return $"its move table's move {m} points outside the graph";
            }
        }

        ReadOnlySpan<int> lab = retention.Lab, startFirst = retention.StartFirst, startLast = retention.StartLast, endFirst = retention.EndFirst, endLast = retention.EndLast;
        var open = retention.Open;
        var stays = lab.Length;
        if (startFirst.Length != stays || startLast.Length != stays || endFirst.Length != stays || endLast.Length != stays || open.Length != stays)
        {
            return "its retention index's arrays do not agree in length";
        }

        var days = (uint)DateOnly.MaxValue.DayNumber;
        for (var i = 0; i < stays; i++)
        {
            if ((uint)lab[i] >= labs || (uint)startFirst[i] > days || (uint)startLast[i] > days
                || endFirst[i] < -1 || endLast[i] < -1 || open[i] > 1)
            {
                return $"its retention index's stay {i} points outside the graph";
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="packed"/> is a date as <see cref="PartialDate.Packed"/> writes it.</summary>
    private static bool IsPacked(int packed)
    {
        var (year, month, day) = (packed / 10000, packed / 100 % 100, packed % 100);
        return year is >= 1000 and <= 9999 && month is >= 0 and <= 12 && day >= 0
            && (month == 0 ? day == 0 : day <= 28 || day <= DateTime.DaysInMonth(year, month));
    }
}
