using GraphExplorer.Core.Queries;

namespace GraphExplorer.Core.Tests.Queries;

public class ClusterDetectorTests
{
    [Fact]
    public void Louvain_TwoCliquesJoinedByOneEdge_TwoCommunitiesWithHighModularity()
    {
        var pairs = new List<long>();
        for (var a = 0; a < 5; a++)
        {
            for (var b = a + 1; b < 5; b++)
            {
                pairs.Add(Pair(a, b));
                pairs.Add(Pair(a + 5, b + 5));
            }
        }

        pairs.Add(Pair(4, 5));
        pairs.Sort();
        var graph = WeightedGraph.FromPairs(10, pairs.ToArray(), Enumerable.Repeat(1f, pairs.Count).ToArray());

        var (community, modularity) = Louvain.Run(graph, seed: 1, TestContext.Current.CancellationToken);

        Assert.Equal(2, community.Distinct().Count());
        Assert.All(Enumerable.Range(0, 5), i => Assert.Equal(community[0], community[i]));
        Assert.All(Enumerable.Range(5, 5), i => Assert.Equal(community[5], community[i]));
        Assert.InRange(modularity, 0.40, 0.50);
        Assert.Equal(modularity, Louvain.Modularity(graph, community), 10);
    }

    [Fact]
    public void Louvain_PackedWeights_SameCommunitiesAndModularityAsFloatWeights()
    {
        // Two triangles joined by a light edge, weights 1 to 3: the same graph with its weights as floats and packed.
        long[] pairs = [Pair(0, 1), Pair(0, 2), Pair(1, 2), Pair(2, 3), Pair(3, 4), Pair(3, 5), Pair(4, 5)];
        float[] weights = [3, 2, 3, 1, 2, 3, 2];
        var floats = WeightedGraph.FromPairs(6, pairs, weights);
        var bits = WeightedGraph.PackedWeightBits(6);
        var entries = new int[floats.Offsets[6]];
        for (var s = 0; s < entries.Length; s++)
        {
            entries[s] = (floats.Target(s) << bits) | (int)floats.Weight(s);
        }

        var packed = WeightedGraph.Packed(6, floats.Offsets, entries, bits);

        Assert.Equal(Enumerable.Range(0, entries.Length).Select(floats.Target), Enumerable.Range(0, entries.Length).Select(packed.Target));
        Assert.Equal(Enumerable.Range(0, entries.Length).Select(floats.Weight), Enumerable.Range(0, entries.Length).Select(packed.Weight));
        var (byFloats, floatModularity) = Louvain.Run(floats, seed: 3, TestContext.Current.CancellationToken);
        var (byPacked, packedModularity) = Louvain.Run(packed, seed: 3, TestContext.Current.CancellationToken);
        Assert.Equal(byFloats, byPacked);
        Assert.Equal(floatModularity, packedModularity);
        Assert.Equal(2, byPacked.Distinct().Count());
    }

    [Fact]
    public void PackedWeightBits_MillionNodes_LeavesTheBitsBelowTheNodeNumber()
    {
        // A million nodes need 20 bits, so 11 are left below the sign bit; 2^27 nodes leave 4; 2^28 leave too few.
        Assert.Equal(11, WeightedGraph.PackedWeightBits(1_000_000));
        Assert.Equal(4, WeightedGraph.PackedWeightBits(1 << 27));
        Assert.Equal(0, WeightedGraph.PackedWeightBits(1 << 28));
    }

    [Fact]
    public void Louvain_NoEdges_EveryNodeAloneAndZeroModularity()
    {
        var (community, modularity) = Louvain.Run(WeightedGraph.FromPairs(3, [], []), seed: 1, TestContext.Current.CancellationToken);

        Assert.Equal([0, 1, 2], community);
        Assert.Equal(0, modularity);
    }

    [Fact]
    public async Task Clusters_TwoGroupsAtDifferentLabs_TwoClustersWithTheirLabs()
    {
        var graph = new TestGraph();
        for (var i = 0; i < 4; i++)
        {
            graph.Worked($"a{i}", "alpha", "2015", "2020").Worked($"a{i}", "alpha-2", "2020", null);
            graph.Worked($"b{i}", "beta", "2015", null);
        }

        // One person bridges the two groups, so there is one component but still two communities.
        graph.Worked("bridge", "alpha", "2016", "2017").Worked("bridge", "beta", "2018", null);

        var result = await graph.Queries().ClustersAsync(new ClusterOptions(Seed: 5), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(9, result.People);
        Assert.Equal(2, result.Clusters.Count);
        Assert.Contains(result.Clusters, c => c.Members.Intersect(["a0", "a1", "a2", "a3"]).Count() == 4 && c.DominantLabs[0].LabId == "alpha");
        Assert.Contains(result.Clusters, c => c.Members.Intersect(["b0", "b1", "b2", "b3"]).Count() == 4 && c.DominantLabs[0].LabId == "beta");
        Assert.True(result.Modularity > 0.2);
        var component = Assert.Single(result.Components);
        Assert.Equal(9, component.People.Count);
        Assert.Equal(["alpha", "alpha-2", "beta"], component.Labs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Clusters_Disconnected_OneComponentPerPart()
    {
        var queries = new TestGraph()
            .Worked("a", "x", null, null).Worked("b", "x", null, null)
            .Worked("c", "y", null, null)
            .Lab("empty")
            .Queries();

        var result = await queries.ClustersAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(3, result.Components.Count);
        Assert.Equal(["a", "b"], result.Components[0].People.Order(StringComparer.Ordinal));
        Assert.Contains(result.Components, c => c.People.Count == 0 && c.Labs.SequenceEqual(["empty"]));
    }

    [Fact]
    public async Task Clusters_SameSeed_SameAnswer()
    {
        var graph = RandomGraph(11);

        var first = await graph.Queries().ClustersAsync(new ClusterOptions(Seed: 42), cancellationToken: TestContext.Current.CancellationToken);
        var second = await graph.Queries().ClustersAsync(new ClusterOptions(Seed: 42), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(first.Modularity, second.Modularity);
        Assert.Equal(first.Clusters.Select(c => string.Join(',', c.Members)), second.Clusters.Select(c => string.Join(',', c.Members)));
    }

    [Fact]
    public void Components_MoveAwayFromALab_JoinsThePersonToTheLabJoinedOnly()
    {
        // bob's move is listed under x too, but only joins him to z: x stays with ann alone.
        var built = new TestGraph().Worked("ann", "x", "2015", null).Left("bob", "x", "z", "2020-01").Worked("cat", "z", "2021", null).Build();

        var component = ClusterDetector.Components(GraphIndex.Build(built, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);

        int Of(string id) => built.TryFindNode(id, out var node) ? component[node] : throw new InvalidOperationException(id);
        Assert.Equal(Of("ann"), Of("x"));
        Assert.Equal(Of("bob"), Of("z"));
        Assert.Equal(Of("bob"), Of("cat"));
        Assert.NotEqual(Of("x"), Of("z"));
        Assert.Equal([0, 1], component.Distinct().Order());
    }

    [Fact]
    public void BuildPersonGraph_HugeLab_EdgesBoundedByTheCap()
    {
        var graph = new TestGraph();
        for (var i = 0; i < 2000; i++)
        {
            graph.Worked($"p{i}", "giant", "2010", null);
        }

        var built = graph.Build();
        var table = SpellTable.Build(built, TestContext.Current.CancellationToken);
        var personGraph = ClusterDetector.BuildPersonGraph(table, GraphIndex.Build(built, TestContext.Current.CancellationToken), new ClusterOptions(NeighbourCap: 4), TestContext.Current.CancellationToken);

        // Everyone overlaps everyone (2 million pairs); the cohort cap keeps four links per stay.
        Assert.InRange(personGraph.Offsets[personGraph.Nodes] / 2, 2000 * 4 - 10, 2000 * 4);
    }

    [Fact]
    public void BuildPersonGraph_MoveTogether_WeighsMoreThanSharingALab()
    {
        var graph = new TestGraph()
            .Worked("ann", "x", "2015", "2020-01").Worked("bob", "x", "2015", "2020-01")
            .Worked("ann", "y", "2020-01", null).Worked("bob", "y", "2020-01", null)
            .Worked("cat", "x", "2015", null);
        var built = graph.Build();
        var table = SpellTable.Build(built, TestContext.Current.CancellationToken);

        var personGraph = ClusterDetector.BuildPersonGraph(table, GraphIndex.Build(built, TestContext.Current.CancellationToken), new ClusterOptions(), TestContext.Current.CancellationToken);

        // ann–bob: overlap at x (1) + overlap at y (1) + moved together to y (2).
        Assert.Equal(4f, WeightBetween(personGraph, 0, 1));
        Assert.Equal(1f, WeightBetween(personGraph, 0, 2));
    }

    [Fact]
    public void BuildPersonGraph_RepeatedLinks_RowsSortedDistinctSymmetricAndSummed()
    {
        // Everyone shares two labs and moves together between them, so most pairs are linked several times over.
        var graph = new TestGraph();
        for (var i = 0; i < 6; i++)
        {
            graph.Worked($"p{i}", "x", "2015", "2020-01").Left($"p{i}", "x", "y", "2020-01").Worked($"p{i}", "y", "2020-01", null);
        }

        var built = graph.Build();
        var table = SpellTable.Build(built, TestContext.Current.CancellationToken);

        var personGraph = ClusterDetector.BuildPersonGraph(table, GraphIndex.Build(built, TestContext.Current.CancellationToken), new ClusterOptions(NeighbourCap: 8), TestContext.Current.CancellationToken);

        for (var a = 0; a < personGraph.Nodes; a++)
        {
            var row = Enumerable.Range(personGraph.Offsets[a], personGraph.Offsets[a + 1] - personGraph.Offsets[a]).Select(personGraph.Target).ToArray();
            Assert.Equal(personGraph.Nodes - 1, row.Length);
            for (var s = 1; s < row.Length; s++)
            {
                Assert.True(row[s - 1] < row[s], $"row {a} is not sorted and distinct");
            }

            foreach (var b in row)
            {
                Assert.Equal(WeightBetween(personGraph, a, b), WeightBetween(personGraph, b, a));

                // Overlap at x (1) + overlap at y (1) + moved together (2), each pair once.
                Assert.Equal(4f, WeightBetween(personGraph, a, b));
            }
        }
    }

    private static float WeightBetween(WeightedGraph graph, int a, int b)
    {
        for (var s = graph.Offsets[a]; s < graph.Offsets[a + 1]; s++)
        {
            if (graph.Target(s) == b)
            {
                return graph.Weight(s);
            }
        }

        return 0;
    }

    private static TestGraph RandomGraph(int seed)
    {
        var random = new Random(seed);
        var graph = new TestGraph();
        for (var p = 0; p < 120; p++)
        {
            var year = 2005 + random.Next(0, 10);
            for (var k = 0; k < 3; k++)
            {
                graph.Worked($"p{p}", $"l{random.Next(0, 12)}", $"{year + (k * 3)}-{1 + random.Next(0, 12):D2}", $"{year + (k * 3) + 2}-{1 + random.Next(0, 12):D2}");
            }
        }

        return graph;
    }

    private static long Pair(int a, int b) => ((long)a << 32) | (uint)b;

    [Fact]
    public async Task Clusters_Seed_NamedByWhatSetsThemApartNotByTheLabTheyShare()
    {
        var queries = await SeedGraph.QueriesAsync();

        var result = await queries.ClustersAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.Clusters.Count >= 2, "the seed has several communities");
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(Environment.NewLine, result.Clusters.Select(c => $"{c.Name}: {string.Join(", ", c.Members)}")));
        Assert.Equal(result.Clusters.Count, result.Clusters.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(result.Clusters, c =>
        {
            Assert.NotEmpty(c.DistinctiveLabs);
            Assert.NotEqual(["openai"], c.DistinctiveLabs.Select(l => l.LabId));
            Assert.Matches(@" · (reported )?\d{4}(–\d{4})?$", c.Name);
        });
    }

    [Fact]
    public async Task Clusters_TwoGroupsThroughOneBigLab_NamedByTheirOwnLabsAndYears()
    {
        var graph = new TestGraph();
        foreach (var person in new[] { "a1", "a2", "a3" })
        {
            graph.Worked(person, "big", "2010", "2018").Left(person, "big", "alpha", "2018-03").Worked(person, "alpha", "2018-03", null);
        }

        foreach (var person in new[] { "b1", "b2", "b3" })
        {
            graph.Worked(person, "big", "2012", "2021").Left(person, "big", "beta", "2021-06").Worked(person, "beta", "2021-06", "2023");
        }

        var result = await graph.Queries().ClustersAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains(result.Clusters, c => c.Name == "alpha · 2018" && c.DistinctiveLabs[0].LabId == "alpha");
        Assert.Contains(result.Clusters, c => c.Name == "beta · 2021–2023");
    }
}
