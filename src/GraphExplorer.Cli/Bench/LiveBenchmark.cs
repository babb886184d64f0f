using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace GraphExplorer.Cli.Bench;

/// <summary>
/// <c>bench live --server URL</c>: connects N SignalR clients to a running explorer's <c>/hubs/graph</c>, posts small
/// batches to <c>POST /api/facts</c>, and prints (1) the time from a write to the last client receiving its revision,
/// p50/p99 over the writes, and (2) how many small batches per second the API commits, with one poster and with several.
/// Targets on a 2-core machine: p99 under 100 ms with 200 clients; at least 1,000 batches/s. <c>--hostile N</c> adds N
/// clients that subscribe and never read: the normal clients' figures must not change much.
/// </summary>
/// <remarks>
/// The clock starts when the POST is sent, before the server commits, so the figure is an upper bound of
/// commit-to-last-client. The clients run in this process, on the same cores as the server when both are local.
/// </remarks>
public static class LiveBenchmark
{
    private const string HubPath = "/hubs/graph";
    private const string ApiKeyHeader = "X-Api-Key";

    public static Command Create()
    {
        var server = new Option<string>("--server") { Description = "URL of a running explorer (for example http://localhost:5080)", Required = true };
        var clients = new Option<int>("--clients") { Description = "Connected SignalR clients", DefaultValueFactory = _ => 200 };
        var writes = new Option<int>("--writes") { Description = "Writes measured for latency", DefaultValueFactory = _ => 1000 };
        var interval = new Option<int>("--interval-ms") { Description = "Pause between latency writes, in ms (0: back to back)", DefaultValueFactory = _ => 10 };
        var batches = new Option<int>("--batches") { Description = "Batches posted per throughput run", DefaultValueFactory = _ => 3000 };
        var posters = new Option<int>("--posters") { Description = "Concurrent posters in the second throughput run", DefaultValueFactory = _ => 4 };
        var hostile = new Option<int>("--hostile") { Description = "Extra clients that subscribe from revision 0 (the whole graph) and then never read their socket; the figures are the normal clients'", DefaultValueFactory = _ => 0 };
        var apiKey = new Option<string?>("--api-key") { Description = "The server's API key (default: GraphExplorer__ApiKey from the environment; none for a local server without one)" };
        var command = new Command("live", "Benchmark live updates and writes against a running explorer (its store gains the benchmark's facts)")
        {
            server, clients, writes, interval, batches, posters, hostile, apiKey,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var url = parseResult.GetValue(server)!;
            if (!Uri.TryCreate(url, UriKind.Absolute, out var serverUri))
            {
                throw new CliUsageException($"--server must be an absolute URL such as http://localhost:5080, not '{url}'");
            }

            var settings = new Settings(
                serverUri,
                parseResult.GetValue(clients),
                parseResult.GetValue(writes),
                parseResult.GetValue(interval),
                parseResult.GetValue(batches),
                parseResult.GetValue(posters),
                parseResult.GetValue(hostile),
                parseResult.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("GraphExplorer__ApiKey"));
            settings.Validate();
            await RunAsync(parseResult.InvocationConfiguration.Output, settings, cancellationToken);
            return CliApplication.Ok;
        });
        return command;
    }

    private static async Task RunAsync(TextWriter output, Settings settings, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = settings.Server,
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (!string.IsNullOrEmpty(settings.ApiKey))
        {
            http.DefaultRequestHeaders.Add(ApiKeyHeader, settings.ApiKey);
        }

        var start = await CurrentRevisionAsync(http, cancellationToken);
        var run = Guid.NewGuid().ToString("N")[..8];
        await Line(output, "server", $"{settings.Server} at revision {start}; {Environment.ProcessorCount} cores shared by server and clients");

        // 1. Latency: every client subscribed at the current revision, then writes spaced by the interval.
        var arrivals = new Arrivals(start, settings.Writes, settings.Clients);
        var connections = new List<HubConnection>(settings.Clients);
        var stalled = new List<WebSocket>(settings.Hostile);
        try
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < settings.Hostile; i++)
            {
                stalled.Add(await ConnectStalledAsync(settings.Server, cancellationToken));
            }

            if (settings.Hostile > 0)
            {
                await Line(output, "hostile", $"{settings.Hostile} clients subscribed from revision 0 and stopped reading ({watch.Elapsed.TotalSeconds:F1} s)");
                watch.Restart();
            }

            for (var i = 0; i < settings.Clients; i += 20)
            {
                var group = Enumerable.Range(i, Math.Min(20, settings.Clients - i)).Select(c => ConnectAsync(settings.Server, c, start, arrivals, cancellationToken));
                connections.AddRange(await Task.WhenAll(group));
            }

            await Line(output, "clients", $"{settings.Clients} connected over WebSockets and subscribed in {watch.Elapsed.TotalSeconds:F1} s");

            var sentAt = new long[settings.Writes];
            var answeredAt = new long[settings.Writes];
            var revisions = new long[settings.Writes];
            watch.Restart();
            for (var i = 0; i < settings.Writes; i++)
            {
                sentAt[i] = Stopwatch.GetTimestamp();
                revisions[i] = await PostAsync(http, Batch(run, "latency", i), cancellationToken);
                answeredAt[i] = Stopwatch.GetTimestamp();
                if (settings.IntervalMs > 0)
                {
                    await Task.Delay(settings.IntervalMs, cancellationToken);
                }
            }

            var writing = watch.Elapsed;
            var last = revisions[^1];
            var complete = await arrivals.WaitForAllAsync(last, TimeSpan.FromSeconds(30), cancellationToken);
            var latencies = new List<double>(settings.Writes);
            var afterAnswer = new List<double>(settings.Writes);
            for (var i = 0; i < settings.Writes; i++)
            {
                if (arrivals.LastArrival(revisions[i]) is { } at)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(sentAt[i], at).TotalMilliseconds);

                    // Negative when every client had the delta before the POST's own answer arrived.
                    afterAnswer.Add((at - answeredAt[i]) * 1000.0 / Stopwatch.Frequency);
                }
            }

            var answered = Enumerable.Range(0, settings.Writes).Select(i => Stopwatch.GetElapsedTime(sentAt[i], answeredAt[i]).TotalMilliseconds).ToList();
            var pace = settings.IntervalMs > 0 ? $"one every {settings.IntervalMs} ms" : "back to back";
            await Line(output, "writes", $"{settings.Writes} small batches ({pace}) in {writing.TotalSeconds:F1} s; revisions {revisions[0]}..{last}; {settings.Writes * (long)settings.Clients:N0} deliveries expected");
            await Line(output, "write→last client", latencies.Count == 0 ? "no write reached every client" : $"p50 {Percentile(latencies, 0.50):F1} ms, p99 {Percentile(latencies, 0.99):F1} ms, max {latencies.Max():F1} ms over {latencies.Count} writes");
            await Line(output, "POST answered", $"p50 {Percentile(answered, 0.50):F1} ms, p99 {Percentile(answered, 0.99):F1} ms after it was sent");
            if (afterAnswer.Count > 0)
            {
                await Line(output, "answer→last client", $"p50 {Percentile(afterAnswer, 0.50):F1} ms, p99 {Percentile(afterAnswer, 0.99):F1} ms (commit already done: the broadcast alone)");
            }

            await Line(output, "deliveries", $"{arrivals.Delivered:N0} revision deliveries; {(complete ? "every client reached the last revision" : "NOT every client reached the last revision within 30 s")}; gaps or repeats: {arrivals.Violations}");
            if (settings.Hostile > 0)
            {
                var open = 0;
                foreach (var socket in stalled)
                {
                    open += await StillOpenAsync(socket, cancellationToken) ? 1 : 0;
                }

                await Line(output, "hostile after", $"{settings.Hostile - open} of {settings.Hostile} stalled clients were dropped by the server; {open} still connected");
            }
        }
        finally
        {
            await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));
            foreach (var socket in stalled)
            {
                socket.Abort();
                socket.Dispose();
            }
        }

        // 2. Throughput with no client connected: the write path alone (parse, resolve, commit, publish).
        await Line(output, "throughput", $"POST /api/facts, {settings.Batches} small batches (3 facts each) per run, no client connected");
        var sequential = await ThroughputAsync(http, run, "seq", settings.Batches, 1, cancellationToken);
        await Line(output, "  1 poster", $"{sequential:N0} batches/s");
        var concurrent = await ThroughputAsync(http, run, "par", settings.Batches, settings.Posters, cancellationToken);
        await Line(output, $"  {settings.Posters} posters", $"{concurrent:N0} batches/s");
    }

    private static async Task<double> ThroughputAsync(HttpClient http, string run, string label, int batches, int posters, CancellationToken cancellationToken)
    {
        // A short warm-up so connection set-up and JIT are not counted.
        for (var i = 0; i < 20; i++)
        {
            await PostAsync(http, Batch(run, $"{label}-warm", i), cancellationToken);
        }

        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, posters).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < batches)
            {
                await PostAsync(http, Batch(run, label, i), cancellationToken);
            }
        }));
        return batches / watch.Elapsed.TotalSeconds;
    }

    private static async Task<HubConnection> ConnectAsync(Uri server, int index, long revision, Arrivals arrivals, CancellationToken cancellationToken)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server, HubPath), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
            })
            .Build();
        // Only the revisions are read (the serializer skips the nodes and edges), so 200 clients in one process measure
        // the server rather than their own parsing.
        connection.On<DeltaHeader>("delta", delta =>
        {
            var now = Stopwatch.GetTimestamp();
            arrivals.Record(index, delta.FromRevision, delta.Revision, delta.IsSnapshot, now);
        });
        await connection.StartAsync(cancellationToken);
        await connection.InvokeAsync<long>("Subscribe", revision, cancellationToken);
        return connection;
    }

    /// <summary>
    /// A SignalR client by hand over a raw WebSocket with a tiny receive buffer: it shakes hands, subscribes from 0 (so
    /// the server sends it the whole graph) and never reads, as a stalled or hostile viewer does.
    /// </summary>
    private static async Task<WebSocket> ConnectStalledAsync(Uri server, CancellationToken cancellationToken)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, token) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveBufferSize = 2048 };
                await socket.ConnectAsync(context.DnsEndPoint, token);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        var client = new ClientWebSocket();
        var scheme = server.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
        await client.ConnectAsync(new Uri($"{scheme}://{server.Authority}{HubPath}"), new HttpMessageInvoker(handler, disposeHandler: true), cancellationToken);
        await SendRecordAsync(client, """{"protocol":"json","version":1}""", cancellationToken);
        await SendRecordAsync(client, """{"type":1,"invocationId":"1","target":"Subscribe","arguments":[0]}""", cancellationToken);
        return client;
    }

    /// <summary>Whether the server still holds the stalled connection: a ping goes out only on an open one.</summary>
    private static async Task<bool> StillOpenAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await SendRecordAsync(socket, """{"type":6}""", timeout.Token);
            return socket.State == WebSocketState.Open;
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            return false;
        }
    }

    private static Task SendRecordAsync(WebSocket socket, string message, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message + "\u001e"), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private static async Task<long> CurrentRevisionAsync(HttpClient http, CancellationToken cancellationToken)
    {
        // Once, before the clients connect: they subscribe at this revision, so none of them is sent the whole graph.
        using var response = await http.GetAsync("/api/graph", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await EnsureOkAsync(response, "GET /api/graph", cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        return document.RootElement.GetProperty("revision").GetInt64();
    }

    private static async Task<long> PostAsync(HttpClient http, string jsonLines, CancellationToken cancellationToken)
    {
        using var content = new StringContent(jsonLines, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        using var response = await http.PostAsync("/api/facts", content, cancellationToken);
        await EnsureOkAsync(response, "POST /api/facts", cancellationToken);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return document.RootElement.GetProperty("revision").GetInt64();
    }

    private static async Task EnsureOkAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"{what} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 400)]}");
        }
    }

    /// <summary>Three facts about a new person, so every batch commits a new revision.</summary>
    private static string Batch(string run, string label, int index)
    {
        var person = $"Bench {run} {label} {index}";
        var article = $"bench-{run}-{label}-{index}";
        var lab = $"Bench Lab {index % 13}";
        var next = $"Bench Lab {(index + 1) % 13}";
        return string.Create(CultureInfo.InvariantCulture, $$"""
            {"type":"ARTICLE","id":"{{article}}","title":"Benchmark article {{index}}","language":"en","published":"2025-01"}
            {"type":"WORKED_AT","person":"{{person}}","lab":"{{lab}}","start":"2020","end":"2024-12","source":"{{article}}"}
            {"type":"LEFT_FOR","person":"{{person}}","from":"{{lab}}","to":"{{next}}","date":"2025-01","source":"{{article}}"}

            """);
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    private static Task Line(TextWriter output, string label, string value) => output.WriteLineAsync($"{label,-18} {value}");

    private sealed record DeltaHeader(long FromRevision, long Revision, bool IsSnapshot);

    private sealed record Settings(Uri Server, int Clients, int Writes, int IntervalMs, int Batches, int Posters, int Hostile, string? ApiKey)
    {
        public void Validate()
        {
            if (!Server.IsAbsoluteUri || (Server.Scheme != Uri.UriSchemeHttp && Server.Scheme != Uri.UriSchemeHttps))
            {
                throw new CliUsageException($"--server must be an http or https URL, not '{Server}'");
            }

            if (Clients is < 1 or > 10_000)
            {
                throw new CliUsageException($"--clients must be from 1 to 10000, not {Clients}");
            }

            if (Writes is < 1 or > 1_000_000)
            {
                throw new CliUsageException($"--writes must be from 1 to 1000000, not {Writes}");
            }

            if (IntervalMs is < 0 or > 60_000)
            {
                throw new CliUsageException($"--interval-ms must be from 0 to 60000, not {IntervalMs}");
            }

            if (Hostile is < 0 or > 1_000)
            {
                throw new CliUsageException($"--hostile must be from 0 to 1000, not {Hostile}");
            }

            if (Batches < 1 || Posters is < 1 or > 256)
            {
                throw new CliUsageException("--batches must be at least 1 and --posters from 1 to 256");
            }
        }
    }

    /// <summary>
    /// When each client received each revision: per revision, how many clients have it and when the last one got it.
    /// A delta covers every revision after its start up to its end, so a client that got a merged catch-up counts for
    /// each revision in it.
    /// </summary>
    private sealed class Arrivals(long baseRevision, int writes, int clients)
    {
        // Room for a few revisions from other writers while the benchmark runs.
        private readonly int[] _count = new int[(writes * 2) + 64];
        private readonly long[] _last = new long[(writes * 2) + 64];
        private readonly long[] _held = Enumerable.Repeat(baseRevision, clients).ToArray();
        private long _delivered;
        private int _violations;

        public long Delivered => Interlocked.Read(ref _delivered);

        public int Violations => Volatile.Read(ref _violations);

        public void Record(int client, long from, long to, bool snapshot, long timestamp)
        {
            // Each client's handlers run one at a time, so its own slot needs no lock.
            var held = _held[client];
            if (!snapshot && from != held)
            {
                if (to > held)
                {
                    Interlocked.Increment(ref _violations);
                }

                return;
            }

            for (var revision = Math.Max(held, from) + 1; revision <= to; revision++)
            {
                var slot = revision - baseRevision - 1;
                if (slot >= 0 && slot < _count.Length)
                {
                    Interlocked.Increment(ref _count[slot]);
                    InterlockedMax(ref _last[slot], timestamp);
                    Interlocked.Increment(ref _delivered);
                }
            }

            _held[client] = Math.Max(held, to);
        }

        /// <summary>When the last client received <paramref name="revision"/>, or null when some client never did.</summary>
        public long? LastArrival(long revision)
        {
            var slot = revision - baseRevision - 1;
            return slot >= 0 && slot < _count.Length && Volatile.Read(ref _count[slot]) >= clients ? Volatile.Read(ref _last[slot]) : null;
        }

        public async Task<bool> WaitForAllAsync(long revision, TimeSpan timeout, CancellationToken cancellationToken)
        {
            var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
            while (LastArrival(revision) is null)
            {
                if (Stopwatch.GetTimestamp() > deadline)
                {
                    return false;
                }

                await Task.Delay(5, cancellationToken);
            }

            return true;
        }

        private static void InterlockedMax(ref long target, long value)
        {
            var current = Volatile.Read(ref target);
            while (value > current)
            {
                var seen = Interlocked.CompareExchange(ref target, value, current);
                if (seen == current)
                {
                    return;
                }

                current = seen;
            }
        }
    }
}
