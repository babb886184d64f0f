using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;

namespace GraphExplorer.Core.Tests.Queries;

/// <summary>
/// The flows tables written after a graph image: taken back only for the graph they were built from, never when they
/// are of another revision or point outside the graph, and dropped for a rebuild once the graph changes.
/// </summary>
public class FlowTablesImageTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    [Fact]
    public async Task Read_TablesWrittenWithTheImage_AreTakenAndAnswerAsTablesBuiltFromTheGraph()
    {
        var image = WriteImage(Moves().Build());

        var read = ReadImage(image, out var problem);

        Assert.Null(problem);
        Assert.NotNull(FlowTables.CurrentOf(read));
        Assert.Equal(await DescribeAsync(Moves().Build()), await DescribeAsync(read));
    }

    [Fact]
    public void Read_TablesOfAnotherRevision_AreNotTaken()
    {
        var graph = Moves().Build();
        var image = WriteImage(graph, (header, _) => header[1] = graph.Revision + 1);

        var read = ReadImage(image, out var problem);

        Assert.Contains("revision 2", problem, StringComparison.Ordinal);
        Assert.Null(read.FlowTables);
    }

    [Theory]
    [InlineData(0, 0, int.MaxValue)] // a run's lab left
    [InlineData(3, 0, 5)] // a run's opposite direction
    [InlineData(5, 0, -7)] // a move's person
    [InlineData(4, 0, 20251399)] // a move's date
    [InlineData(6, 0, 1 << 30)] // a stay's lab
    public void Read_TablesPointingOutsideTheGraph_AreNotTaken(int array, int index, int value)
    {
        var image = WriteImage(Moves().Build(), (_, arrays) => arrays[array][index] = value);

        var read = ReadImage(image, out var problem);

        Assert.Contains("outside the graph", problem, StringComparison.Ordinal);
        Assert.Null(read.FlowTables);
    }

    [Fact]
    public void Read_TablesWithAChangedByte_AreNotTakenAndTheGraphIsStillRead()
    {
        var image = WriteImage(Moves().Build());
        var graphLength = GraphLength(Moves().Build());

        // Inside the first array after the flows header (16 bytes of length and checksum, then six numbers).
        image[graphLength + 16 + 48 + 16] ^= 0x01;
        var read = ReadImage(image, out var problem);

        Assert.Contains("damaged", problem, StringComparison.Ordinal);
        Assert.Null(read.FlowTables);
        Assert.Equal(Moves().Build().EdgeCount, read.EdgeCount);
    }

    [Fact]
    public async Task Flows_GraphChangedAfterItsTablesWereRead_BuildsThemAgainWithTheNewMoves()
    {
        var read = ReadImage(WriteImage(Moves().Build()), out _);
        var queries = new InMemoryTalentQueries(new FixedGraphReader(read), new FixedClock(Today));
        var before = await queries.FlowsAsync(new FlowQuery(), TestContext.Current.CancellationToken);

        var late = EdgeIdentity.Create(EdgeType.LeftFor, "f", "y", "x", null, null, null, PartialDate.Of(2024, 2), ["a2"]);
        read.Apply(read.Plan(new GraphBatch([new Entity(NodeKind.Person, "f", "f", [])], [late], [])), read.Revision + 1);
        var after = await queries.FlowsAsync(new FlowQuery(), TestContext.Current.CancellationToken);

        Assert.Equal(before.Moves + 1, after.Moves);
        Assert.Equal(await DescribeAsync(Moves().Left("f", "x", "y", "2024-02", "a2").Build()), Describe(after));
        Assert.True(FlowTables.CurrentOf(read) is { Revision: 2 });
    }

    private static TestGraph Moves() =>
        new TestGraph()
            .Worked("a", "x", "2019-01", "2020-01").Left("a", "x", "y", "2020-01").Worked("a", "y", "2020-01", null)
            .Worked("b", "x", "2018-03", "2020-05").Left("b", "x", "y", "2020-05").Worked("b", "y", "2020-05", "2020-09")
            .Left("c", "y", "x", "2021-02").Worked("c", "x", "2021-02", null)
            .Left("d", "y", "z", null)
            .Left("e", "x", "z", "2022");

    /// <summary>The graph's image, then its flows tables; <paramref name="forge"/> may change the header and arrays first.</summary>
    private static byte[] WriteImage(TalentGraph graph, Action<long[], int[][]>? forge = null)
    {
        using var stream = new MemoryStream();
        var writer = new GraphImageWriter(stream);
        graph.WriteImage(writer);
        if (forge is null)
        {
            FlowTablesImage.Write(writer, graph);
            return stream.ToArray();
        }

        var tables = FlowTables.Build(graph, GraphIndex.Build(graph));
        var (moves, retention) = (tables.Moves, tables.Retention);
        long[] header = [FlowTablesImage.Format, graph.Revision, graph.NodeCount, graph.EdgeCount, graph.LabCount, moves.Runs];
        int[][] arrays =
        [
            moves.RunFrom.ToArray(), moves.RunTo.ToArray(), moves.RunStart.ToArray(), moves.Reverse.ToArray(), moves.Dates.ToArray(),
            moves.People.ToArray(), retention.Lab.ToArray(), retention.StartFirst.ToArray(), retention.StartLast.ToArray(),
            retention.EndFirst.ToArray(), retention.EndLast.ToArray(),
        ];
        forge(header, arrays);
        writer.WriteArray<long>(header);
        foreach (var array in arrays)
        {
            writer.WriteArray<int>(array);
        }

        writer.WriteArray(retention.Open);
        return stream.ToArray();
    }

    private static long GraphLength(TalentGraph graph)
    {
        using var stream = new MemoryStream();
        graph.WriteImage(new GraphImageWriter(stream));
        return stream.Length;
    }

    private static TalentGraph ReadImage(byte[] image, out string? problem)
    {
        var reader = new GraphImageReader(new MemoryStream(image));
        var graph = TalentGraph.ReadImage(reader);
        problem = FlowTablesImage.Read(reader, graph);
        return graph;
    }

    private static async Task<string> DescribeAsync(TalentGraph graph) =>
        Describe(await new InMemoryTalentQueries(new FixedGraphReader(graph), new FixedClock(Today)).FlowsAsync(new FlowQuery(), TestContext.Current.CancellationToken));

    private static string Describe(FlowResult flows) =>
        $"{flows.Moves} moves, {flows.UndatedMoves} undated; "
        + string.Join("; ", flows.Pairs.Select(p => $"{p.From.Id}>{p.To.Id} {p.Count} {p.Net} [{string.Join(',', p.People)}]"))
        + " | " + string.Join("; ", flows.Labs.Select(l => $"{l.Lab.Id} {l.In}/{l.Out} {l.Retention}"));
}
