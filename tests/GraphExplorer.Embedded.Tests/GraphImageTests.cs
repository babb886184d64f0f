using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Synthetic;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Embedded.Tests;

/// <summary>
/// The graph image beside the store file: a reopened store must hold exactly what rebuilding from the rows gives,
/// whether it read the image, the image plus later rows, or (for an image that is stale, damaged or from elsewhere)
/// only the rows.
/// </summary>
public sealed class GraphImageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DataPath => _folder.File("store.db");

    private string ImagePath => DataPath + ".image";

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Reopen_AfterClose_ReadsOnlyTheImageAndHoldsWhatTheRowsHold()
    {
        await LoadAsync(DataPath, Generated(300, seed: 3), Alias);
        Assert.True(File.Exists(ImagePath));

        var (fromImage, opening) = await SnapshotAsync(DataPath);

        Assert.True(opening.FromImage, opening.ImageProblem);
        Assert.Equal(0, opening.RowsRead);
        Assert.Equal(await GraphSnapshot.FromRowsAsync(DataPath, Ct), fromImage);
    }

    [Fact]
    public async Task Reopen_CommitAfterTheImage_ReadsTheImageAndOnlyTheLaterRows()
    {
        await LoadAsync(DataPath, Generated(200, seed: 1));
        var olderImage = _folder.File("older.image");
        File.Copy(ImagePath, olderImage);

        // A later batch that adds people, gives known edges a new source and a known lab a new alias.
        await LoadAsync(DataPath, Generated(260, seed: 1, prefix: "syn-b"), Alias);

        // As after a crash between that commit and writing its image.
        File.Copy(olderImage, ImagePath, overwrite: true);
        var (replayed, opening) = await SnapshotAsync(DataPath);

        Assert.True(opening.FromImage, opening.ImageProblem);
        Assert.Equal(1, opening.ImageRevision);
        Assert.InRange(opening.RowsRead, 1, int.MaxValue);
        Assert.Equal(await GraphSnapshot.FromRowsAsync(DataPath, Ct), replayed);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.95)]
    public async Task Reopen_ImageWithAChangedByte_IsNotTrustedAndTheRowsAreRead(double where)
    {
        await LoadAsync(DataPath, Generated(200, seed: 2));
        var bytes = await File.ReadAllBytesAsync(ImagePath, Ct);

        // Within the graph's part (damaged flows tables, after it, are dropped alone: see FlowTablesImageTests).
        bytes[(int)(FlowTablesImageTests.FlowsPartAt(bytes) * where)] ^= 0x10;
        await File.WriteAllBytesAsync(ImagePath, bytes, Ct);

        var (snapshot, opening) = await SnapshotAsync(DataPath);

        Assert.False(opening.FromImage);
        Assert.Contains("damaged", opening.ImageProblem, StringComparison.Ordinal);
        Assert.Equal(await GraphSnapshot.FromRowsAsync(DataPath, Ct), snapshot);
    }

    [Fact]
    public async Task Reopen_TruncatedImage_IsNotTrustedAndTheRowsAreRead()
    {
        await LoadAsync(DataPath, Generated(200, seed: 2));
        var bytes = await File.ReadAllBytesAsync(ImagePath, Ct);
        await File.WriteAllBytesAsync(ImagePath, bytes[..(bytes.Length * 2 / 3)], Ct);

        var (snapshot, opening) = await SnapshotAsync(DataPath);

        Assert.False(opening.FromImage);
        Assert.Equal(await GraphSnapshot.FromRowsAsync(DataPath, Ct), snapshot);
    }

    [Fact]
    public async Task Reopen_ImageOfAnotherStoreAtTheSameRevision_IsNotTrusted()
    {
        var other = _folder.File("other.db");
        await LoadAsync(DataPath, Generated(100, seed: 4));
        await LoadAsync(other, Generated(100, seed: 5));
        File.Copy(other + ".image", ImagePath, overwrite: true);

        var (snapshot, opening) = await SnapshotAsync(DataPath);

        Assert.False(opening.FromImage);
        Assert.Contains("another store file", opening.ImageProblem, StringComparison.Ordinal);
        Assert.Equal(await GraphSnapshot.FromRowsAsync(DataPath, Ct), snapshot);
    }

    [Fact]
    public async Task Reopen_FileRestoredFromAnOlderCopy_IgnoresTheNewerImageAndItsHistory()
    {
        await LoadAsync(DataPath, Generated(100, seed: 6));
        var copy = _folder.File("copy.db");
        File.Copy(DataPath, copy);
        await LoadAsync(DataPath, Generated(150, seed: 6, prefix: "syn-b"));
        var newerImage = _folder.File("newer.image");
        File.Copy(ImagePath, newerImage);

        // The file goes back to revision 1 while the image holds revision 2.
        File.Copy(copy, DataPath, overwrite: true);
        File.Copy(newerImage, ImagePath, overwrite: true);
        var (_, ahead) = await SnapshotAsync(DataPath);
        Assert.False(ahead.FromImage);
        Assert.Contains("holds revision 2", ahead.ImageProblem, StringComparison.Ordinal);

        // The restored file reaches revision 2 again with other facts: the old image of revision 2 is still not its own.
        await LoadAsync(DataPath, Generated(120, seed: 7, prefix: "syn-c"));
        File.Copy(newerImage, ImagePath, overwrite: true);
        var (snapshot, again) = await SnapshotAsync(DataPath);
        Assert.False(again.FromImage);
        Assert.Equal(await GraphSnapshot.FromRowsAsync(DataPath, Ct), snapshot);
    }

    [Fact]
    public async Task Reopen_ImageOfAnotherLayout_IsNotTrusted()
    {
        await LoadAsync(DataPath, Generated(50, seed: 8));
        var bytes = await File.ReadAllBytesAsync(ImagePath, Ct);

        // The header section: 16 bytes of length and checksum, then magic and the layout number.
        BitConverter.TryWriteBytes(bytes.AsSpan(16 + 8), 99L);
        await File.WriteAllBytesAsync(ImagePath, bytes, Ct);

        var (_, opening) = await SnapshotAsync(DataPath);

        Assert.False(opening.FromImage);
    }

    [Fact]
    public async Task Open_WithoutAnImage_WritesOneForTheNextStart()
    {
        await LoadAsync(DataPath, Generated(100, seed: 9));
        File.Delete(ImagePath);

        await using (var store = await EmbeddedGraphStore.OpenAsync(DataPath, cancellationToken: Ct))
        {
            Assert.False(store.LastOpening!.FromImage);
        }

        var (_, opening) = await SnapshotAsync(DataPath);
        Assert.True(opening.FromImage, opening.ImageProblem);
    }

    [Fact]
    public async Task Reopen_GraphImageTurnedOff_ReadsTheRowsAndWritesNoImage()
    {
        var options = Options.Create(new EmbeddedStoreOptions { DataPath = DataPath, GraphImage = false });
        await using (var store = new EmbeddedGraphStore(options))
        {
            await store.InitializeAsync(Ct);
            await new FactLoader(store).LoadFactsAsync(Generated(50, seed: 10), "generated", Ct);
        }

        Assert.False(File.Exists(ImagePath));
    }

    [Fact]
    public async Task ReadImage_MappedIntoMemory_HoldsTheGraphAndTakesLaterChangesAsTheOriginalDoes()
    {
        await LoadAsync(DataPath, Generated(200, seed: 4), Alias);
        var graphFile = _folder.File("graph.image");
        await using (var store = await EmbeddedGraphStore.OpenAsync(DataPath, cancellationToken: Ct))
        {
            store.Read(graph =>
            {
                using var file = File.Create(graphFile);
                graph.WriteImage(new GraphImageWriter(file));
                return 0;
            });
        }

        var read = ReadGraph(graphFile, mapped: false);
        var mapped = ReadGraph(graphFile, mapped: true);
        Assert.Equal(GraphSnapshot.Describe(read), GraphSnapshot.Describe(mapped));

        // Changes in place (an alias, a new source on a known edge) and growth (new nodes, edges, articles) on the
        // mapped arrays must give what they give on arrays read into memory.
        var lab = read.IdOf(read.Nodes(NodeKind.Lab).First());
        var known = read.GetEdge(0);
        var batch = new GraphBatch(
            [new Entity(NodeKind.Person, "late-person", "Late Person", ["L. Person"]), new Entity(NodeKind.Lab, lab, read.NameOf(read.Nodes(NodeKind.Lab).First()), ["Mapped Lab"])],
            [
                new Edge(string.Empty, EdgeType.WorkedAt, "late-person", lab, null, "Researcher", PartialDate.Of(2020), null, null, ["late-article"]),
                known with { Sources = [.. known.Sources, "late-article"] },
            ],
            [new Article("late-article", "Late", null, "en", PartialDate.Of(2021))]);
        foreach (var graph in (TalentGraph[])[read, mapped])
        {
            graph.Apply(graph.Plan(batch), graph.Revision + 1);
        }

        Assert.Equal(GraphSnapshot.Describe(read), GraphSnapshot.Describe(mapped));
        Assert.True(mapped.TryFindByName(NodeKind.Lab, "Mapped Lab", out var found) && mapped.IdOf(found) == lab);

        // And the changed mapped graph writes an image that reads back the same.
        var again = _folder.File("again.image");
        using (var file = File.Create(again))
        {
            mapped.WriteImage(new GraphImageWriter(file));
        }

        Assert.Equal(GraphSnapshot.Describe(read), GraphSnapshot.Describe(ReadGraph(again, mapped: false)));
    }

    private static TalentGraph ReadGraph(string path, bool mapped)
    {
        using var file = File.OpenRead(path);
        var reader = mapped ? GraphImageReader.Open(file, mapFrom: 0) : new GraphImageReader(file);
        Assert.Equal(mapped && OperatingSystem.IsLinux(), reader.IsMapped);
        return TalentGraph.ReadImage(reader);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new spelling for a generated lab, so aliases and their lookups are part of what is compared.</summary>
    private static AliasFact Alias => new(NodeKind.Lab, SyntheticGraph.LabName(0), null, ["AMAI"]);

    private static List<Fact> Generated(int people, long seed, string? prefix = null)
    {
        var facts = SyntheticGraph.Generate(new GeneratorOptions { People = people, Seed = seed }).ToList();
        if (prefix is null)
        {
            return facts;
        }

        // Another generation over the same names: the same people and edges, cited by other articles, plus new people.
        return facts.Select(f => f switch
        {
            ArticleFact a => a with { Id = prefix + a.Id },
            _ => f with { Sources = [.. f.Sources.Select(source => prefix + source)] },
        }).ToList();
    }

    private static async Task LoadAsync(string dataPath, List<Fact> facts, Fact? extra = null)
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(dataPath, cancellationToken: Ct);
        var report = await new FactLoader(store).LoadFactsAsync(extra is null ? facts : [.. facts, extra], "generated", Ct);
        Assert.False(report.HasRejections, string.Join("; ", report.Errors));
    }

    private static async Task<(string Snapshot, StoreOpening Opening)> SnapshotAsync(string dataPath)
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(dataPath, cancellationToken: Ct);
        return (store.Read(GraphSnapshot.Describe), store.LastOpening!);
    }
}
