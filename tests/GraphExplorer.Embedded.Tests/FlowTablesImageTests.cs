using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Synthetic;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Embedded.Tests;

/// <summary>
/// The flows tables a store keeps in its graph image: a reopened store answers flows exactly as one rebuilt from its
/// rows, whether it took the image's tables, had rows replayed on top of them (so they are stale), or found them
/// damaged (so the graph is used and the tables built again).
/// </summary>
public sealed class FlowTablesImageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DataPath => _folder.File("store.db");

    private string ImagePath => DataPath + ".image";

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Reopen_AfterClose_TakesTheImagesFlowTablesAndAnswersAsTheRows()
    {
        await LoadAsync(Generated(300, seed: 3));

        var (flows, opening) = await FlowsAsync(image: true);

        Assert.True(opening.FromImage, opening.ImageProblem);
        Assert.Null(opening.FlowTablesProblem);
        Assert.Equal((await FlowsAsync(image: false)).Flows, flows);
    }

    [Fact]
    public async Task Reopen_AfterAChunkedFirstLoad_TakesTheTablesBuiltBesideTheCommit()
    {
        // A first load written chunk by chunk builds its flows tables from the staged graph while it commits.
        var path = _folder.File("facts.jsonl");
        await using (var stream = File.Create(path))
        {
            await SyntheticGraph.WriteJsonLinesAsync(new GeneratorOptions { People = 300, Seed = 4 }, stream, Ct);
        }

        await using (var store = await EmbeddedGraphStore.OpenAsync(DataPath, cancellationToken: Ct))
        {
            var report = await new FactLoader(store, new FactLoadOptions { ChunkSize = 100 }).LoadPathsAsync([path], cancellationToken: Ct);
            Assert.False(report.HasRejections, string.Join("; ", report.Errors));
            Assert.Equal(1, report.Revision);
        }

        var (flows, opening) = await FlowsAsync(image: true);

        Assert.True(opening.FromImage, opening.ImageProblem);
        Assert.Equal(1, opening.ImageRevision);
        Assert.Null(opening.FlowTablesProblem);
        Assert.Equal((await FlowsAsync(image: false)).Flows, flows);
    }

    [Fact]
    public async Task Reopen_CommitAfterTheImage_BuildsTheTablesAgainWithTheLaterMoves()
    {
        await LoadAsync(Generated(200, seed: 1));
        var (older, _) = await FlowsAsync(image: true);
        var olderImage = _folder.File("older.image");
        File.Copy(ImagePath, olderImage);
        await LoadAsync(Generated(260, seed: 1, prefix: "syn-b"));

        // As after a crash between that commit and writing its image: the image's tables are of revision 1.
        File.Copy(olderImage, ImagePath, overwrite: true);
        var (replayed, opening) = await FlowsAsync(image: true);

        Assert.True(opening.FromImage, opening.ImageProblem);
        Assert.Equal(1, opening.ImageRevision);
        Assert.Null(opening.FlowTablesProblem);
        Assert.InRange(opening.RowsRead, 1, int.MaxValue);
        Assert.NotEqual(older, replayed);
        Assert.Equal((await FlowsAsync(image: false)).Flows, replayed);
    }

    [Fact]
    public async Task Reopen_FlowTablesWithAChangedByte_AreNotTrustedButTheGraphIs()
    {
        await LoadAsync(Generated(200, seed: 2));
        var bytes = await File.ReadAllBytesAsync(ImagePath, Ct);

        // Inside the first array after the flows header (16 bytes of length and checksum, then six numbers).
        bytes[FlowsPartAt(bytes) + 16 + 48 + 16 + 3] ^= 0x10;
        await File.WriteAllBytesAsync(ImagePath, bytes, Ct);
        var (flows, opening) = await FlowsAsync(image: true);

        Assert.True(opening.FromImage, opening.ImageProblem);
        Assert.Contains("damaged", opening.FlowTablesProblem, StringComparison.Ordinal);
        Assert.Equal((await FlowsAsync(image: false)).Flows, flows);
    }

    /// <summary>
    /// Where the flows part of an image of revision 1 begins: the last section of 48 bytes (six numbers) whose first two
    /// are the flows layout and the revision.
    /// </summary>
    internal static int FlowsPartAt(byte[] image)
    {
        for (var at = image.Length - 64; at >= 0; at -= 8)
        {
            if (BitConverter.ToInt64(image, at) == 48 && BitConverter.ToInt64(image, at + 16) == FlowTablesImage.Format && BitConverter.ToInt64(image, at + 24) == 1)
            {
                return at;
            }
        }

        throw new InvalidDataException("The image holds no flows part.");
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<Fact> Generated(int people, long seed, string? prefix = null)
    {
        var facts = SyntheticGraph.Generate(new GeneratorOptions { People = people, Seed = seed }).ToList();
        return prefix is null
            ? facts
            : facts.Select(f => f switch
            {
                ArticleFact a => a with { Id = prefix + a.Id },
                _ => f with { Sources = [.. f.Sources.Select(source => prefix + source)] },
            }).ToList();
    }

    private async Task LoadAsync(List<Fact> facts)
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(DataPath, cancellationToken: Ct);
        var report = await new FactLoader(store).LoadFactsAsync(facts, "generated", Ct);
        Assert.False(report.HasRejections, string.Join("; ", report.Errors));
    }

    /// <summary>The default flows answer (every pair with all its people, every lab) as text, and how the store opened.</summary>
    private async Task<(string Flows, StoreOpening Opening)> FlowsAsync(bool image)
    {
        var options = Options.Create(new EmbeddedStoreOptions { DataPath = DataPath, GraphImage = image });
        await using var store = new EmbeddedGraphStore(options);
        await store.InitializeAsync(Ct);
        var queries = new InMemoryTalentQueries(store, new StoppedClock());
        var flows = await queries.FlowsAsync(new FlowQuery(), Ct);
        var text = $"{flows.Moves} moves, {flows.UndatedMoves} undated; "
            + string.Join("; ", flows.Pairs.Select(p => $"{p.From.Id}>{p.To.Id} {p.Count} {p.Net} [{string.Join(',', p.People)}]"))
            + " | " + string.Join("; ", flows.Labs.Select(l => $"{l.Lab.Id} {l.In}/{l.Out} {l.Retention}"));
        return (text, store.LastOpening!);
    }

    /// <summary>One day for every answer, so retention ("still there N months on") is the same in both stores.</summary>
    private sealed class StoppedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    }
}
