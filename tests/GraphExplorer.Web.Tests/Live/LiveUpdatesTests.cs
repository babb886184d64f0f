using GraphExplorer.Core.Facts;
using GraphExplorer.Web.Live;
using GraphExplorer.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Web.Tests.Live;

public sealed class LiveUpdatesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // How long a test waits for a delta before calling it lost. Generous on purpose: the suite shares two cores with
    // every other test project, so this is no latency bound (`graphexplorer bench live` measures latency).
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Subscribe_FromZero_SendsTheWholeGraphFirst()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var server = await client.GetGraphAsync();

        await using var view = await LiveView.ConnectAsync(factory.Server);

        Assert.Equal(server.Revision, view.Revision);
        Assert.True(view.Applied[0].Snapshot);
        Assert.Equal(GraphState.Of(server), view.State());
    }

    [Fact]
    public async Task PostFacts_WithViewsConnected_EveryViewGetsTheDelta()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var views = new List<LiveView>();
        try
        {
            foreach (var transport in new[] { HttpTransportType.WebSockets, HttpTransportType.WebSockets, HttpTransportType.ServerSentEvents, HttpTransportType.LongPolling })
            {
                views.Add(await LiveView.ConnectAsync(factory.Server, transport: transport));
            }

            var answer = await client.LoadAsync(TestFacts.Batch(1));

            await Task.WhenAll(views.Select(v => v.WaitForRevisionAsync(answer.Revision, s_patience)));
            var server = GraphState.Of(await client.GetGraphAsync());
            foreach (var view in views)
            {
                Assert.Empty(view.Violations);
                Assert.Equal(answer.Revision, view.Revision);
                var last = view.Applied[^1];
                Assert.Equal((answer.Revision - 1, answer.Revision, false), last);
                Assert.Equal(server, view.State());
            }
        }
        finally
        {
            foreach (var view in views)
            {
                await view.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task LoadBySecondProcessOnTheSameFile_ReachesConnectedViews()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        await using var view = await LiveView.ConnectAsync(factory.Server);
        var before = view.Revision;

        // A second store on the same SQLite file is exactly what another `graphexplorer load` process opens.
        long committed;
        await using (var other = TestStores.Embedded(factory.DataPath))
        {
            await other.InitializeAsync(Ct);
            var report = await new FactLoader(other).LoadStreamAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(TestFacts.Batch(1, "Other"))), "other-process", Ct);
            Assert.False(report.HasRejections);
            committed = report.Revision;
        }

        await view.WaitForRevisionAsync(committed, s_patience);

        Assert.True(committed > before);
        Assert.Empty(view.Violations);
        Assert.Contains(view.Nodes.Values, n => n.Name == "Other Person 1");
        Assert.Equal(GraphState.Of(await client.GetGraphAsync()), view.State());
    }

    [Fact]
    public async Task LoadByTheCommandLineOnTheSameFile_ReachesConnectedViews()
    {
        Assert.SkipWhen(CommandLine.Path is null, "graphexplorer.dll was not built next to the tests");
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        await using var view = await LiveView.ConnectAsync(factory.Server);
        var before = view.Revision;
        var facts = Path.Combine(factory.Folder, "more.jsonl");
        await File.WriteAllTextAsync(facts, TestFacts.Batch(1, "Cli"), Ct);

        var (exitCode, output) = await CommandLine.RunAsync(["load", facts, "--data-path", factory.DataPath], factory.Folder, Ct);

        Assert.True(exitCode == 0, $"graphexplorer load exited with {exitCode}: {output}");
        long committed;
        await using (var file = TestStores.Embedded(factory.DataPath))
        {
            // The file's revision, which the host has not necessarily seen yet.
            await file.InitializeAsync(Ct);
            committed = await file.GetRevisionAsync(Ct);
        }

        Assert.True(committed > before, $"the command line committed nothing: {output}");
        await view.WaitForRevisionAsync(committed, s_patience);
        Assert.Empty(view.Violations);
        Assert.Contains(view.Nodes.Values, n => n.Name == "Cli Person 1");
        Assert.Equal(GraphState.Of(await client.GetGraphAsync()), view.State());
    }

    [Fact]
    public async Task LocalWriteAfterAnotherProcessWrote_ViewsGetBothWithoutAGap()
    {
        // Slow polling, so the local commit is what finds the other process's batch first.
        await using var factory = new ExplorerFactory(new Dictionary<string, string?> { ["GraphExplorer:ExternalChangePollInterval"] = "00:10:00" });
        using var client = factory.CreateClient();
        await using var view = await LiveView.ConnectAsync(factory.Server);
        await using (var other = TestStores.Embedded(factory.DataPath))
        {
            await other.InitializeAsync(Ct);
            await new FactLoader(other).LoadStreamAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(TestFacts.Batch(1, "Other"))), "other-process", Ct);
        }

        var answer = await client.LoadAsync(TestFacts.Batch(2));
        await view.WaitForRevisionAsync(answer.Revision, s_patience);

        Assert.Empty(view.Violations);
        Assert.Contains(view.Nodes.Values, n => n.Name == "Other Person 1");
        Assert.Contains(view.Nodes.Values, n => n.Name == "Test Person 2");
        Assert.Equal(GraphState.Of(await client.GetGraphAsync()), view.State());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Reconnect_DuringAStreamOfWrites_CatchesUpExactlyWithNoRevisionAppliedTwice(bool transportDies)
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        await using var steady = await LiveView.ConnectAsync(factory.Server);
        await using var flaky = await LiveView.ConnectAsync(factory.Server);
        const int writes = 60;
        var committed = 0L;

        var writer = Task.Run(async () =>
        {
            for (var i = 1; i <= writes; i++)
            {
                Volatile.Write(ref committed, (await client.LoadAsync(TestFacts.Batch(i))).Revision);
            }

            return Volatile.Read(ref committed);
        });

        // Drop, stay away until at least two batches were committed meanwhile (so there is something to catch up), come
        // back asking from the revision held, and repeat while the writes go on.
        // (Either the client closes and comes back on a new connection, or its socket dies under it and the client's
        // automatic reconnect subscribes again from the revision it holds, as the page does.)
        var reconnects = 0;
        while (!writer.IsCompleted)
        {
            var droppedAt = Volatile.Read(ref committed);
            if (transportDies)
            {
                var before = flaky.AutomaticReconnects;
                flaky.KillTransport();
                while (flaky.AutomaticReconnects == before && !writer.IsCompleted)
                {
                    await Task.Delay(2, Ct);
                }
            }
            else
            {
                await flaky.DropAsync();
                while (!writer.IsCompleted && Volatile.Read(ref committed) < droppedAt + 2)
                {
                    await Task.Delay(2, Ct);
                }

                await flaky.StartAsync();
            }

            reconnects++;
            await Task.Delay(Random.Shared.Next(5, 30), Ct);
        }

        var final = await writer;
        await flaky.WaitForRevisionAsync(final, s_patience);
        await steady.WaitForRevisionAsync(final, s_patience);

        var server = GraphState.Of(await client.GetGraphAsync());
        Assert.True(reconnects >= 2, $"only {reconnects} reconnects happened during the writes");
        foreach (var view in new[] { steady, flaky })
        {
            Assert.Empty(view.Violations);
            Assert.Equal(final, view.Revision);
            Assert.Equal(server, view.State());
            AssertContiguous(view.Applied);
        }

        // The flaky view caught up over gaps of several revisions in one delta.
        if (!transportDies)
        {
            Assert.Contains(flaky.Applied, a => !a.Snapshot && a.To - a.From >= 2);
        }
    }

    [Fact]
    public async Task PostFacts_ManyConcurrentWriters_EveryViewGetsEveryRevisionOnceAndEndsEqual()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var views = new List<LiveView>();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                views.Add(await LiveView.ConnectAsync(factory.Server));
            }

            var start = views[0].Revision;

            // Eight writers at once: commits queue up faster than one at a time, and may reach the views merged.
            var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
            {
                var last = 0L;
                for (var i = 0; i < 15; i++)
                {
                    last = Math.Max(last, (await client.LoadAsync(TestFacts.Batch((w * 100) + i))).Revision);
                }

                return last;
            })));
            var final = answers.Max();
            Assert.Equal(start + 120, final);

            var server = GraphState.Of(await client.GetGraphAsync());
            foreach (var view in views)
            {
                await view.WaitForRevisionAsync(final, s_patience);
                Assert.Empty(view.Violations);
                AssertContiguous(view.Applied);
                Assert.Equal(server, view.State());
            }
        }
        finally
        {
            foreach (var view in views)
            {
                await view.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Subscribe_MissedMoreThanTheThreshold_GetsASnapshot()
    {
        await using var factory = new ExplorerFactory(new Dictionary<string, string?> { ["GraphExplorer:SnapshotThreshold"] = "4" });
        using var client = factory.CreateClient();
        var held = (await client.GetGraphAsync()).Revision;
        await client.LoadAsync(TestFacts.Batch(1));
        await client.LoadAsync(TestFacts.Batch(2));

        await using var view = await LiveView.ConnectAsync(factory.Server, sinceRevision: held);

        var (_, to, snapshot) = Assert.Single(view.Applied);
        Assert.True(snapshot);
        Assert.Equal(held + 2, to);
        Assert.Equal(GraphState.Of(await client.GetGraphAsync()), view.State());
    }

    [Fact]
    public async Task Subscribe_MissedAFewBatches_GetsOneDeltaFromItsRevision()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var held = await client.GetGraphAsync();
        await client.LoadAsync(TestFacts.Batch(1));
        var last = await client.LoadAsync(TestFacts.Batch(2));

        await using var view = await LiveView.ConnectAsync(factory.Server, sinceRevision: held.Revision);

        Assert.Empty(view.Violations);
        Assert.Equal((held.Revision, last.Revision, false), Assert.Single(view.Applied));
        Assert.Equal(["Test Person 1", "Test Person 2"], view.Nodes.Values.Where(n => n.Kind == Core.Model.NodeKind.Person).Select(n => n.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Subscribe_WithARevisionAheadOfTheServer_GetsASnapshot()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var server = await client.GetGraphAsync();

        await using var view = await LiveView.ConnectAsync(factory.Server, sinceRevision: server.Revision + 50);

        Assert.True(Assert.Single(view.Applied).Snapshot);
        Assert.Equal(server.Revision, view.Revision);
        Assert.Equal(GraphState.Of(server), view.State());
    }

    [Fact]
    public async Task Disconnect_RemovesTheSubscription()
    {
        await using var factory = new ExplorerFactory();
        var dispatcher = factory.Services.GetRequiredService<LiveDispatcher>();
        var view = await LiveView.ConnectAsync(factory.Server);
        Assert.Equal(1, dispatcher.SubscriberCount);

        await view.DisposeAsync();

        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        while (dispatcher.SubscriberCount != 0 && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(20, Ct);
        }

        Assert.Equal(0, dispatcher.SubscriberCount);
    }

    private static void AssertContiguous(List<(long From, long To, bool Snapshot)> applied)
    {
        for (var i = 1; i < applied.Count; i++)
        {
            var (from, to, snapshot) = applied[i];
            Assert.True(snapshot || from == applied[i - 1].To, $"message {i} ({from}->{to}) does not start where {applied[i - 1].To} ended");
            Assert.True(to >= applied[i - 1].To, $"message {i} goes back from {applied[i - 1].To} to {to}");
        }
    }
}
