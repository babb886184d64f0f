using System.Runtime.CompilerServices;
using System.Threading.Channels;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Facts;

/// <summary>
/// The load pipeline shared by the command line and <c>POST /api/facts</c>: read facts (files, folders, streams),
/// collect every invalid line with its file:line, refuse a batch that has one (unless skipping), resolve names to ids,
/// and apply the batch to the store atomically. Host-agnostic: no console, no HTTP.
/// </summary>
/// <remarks>
/// Memory stays bounded by <see cref="FactLoadOptions.ChunkSize"/> facts: an input that outgrows it, or a piece of
/// 50,000 facts if that is less, is written in pieces inside one transaction of an <see cref="IChunkedBatchStore"/> as it
/// is read, and that transaction is rolled back when a later line turns out invalid. Only an ALIAS fact arriving after
/// the first piece (earlier chunks were resolved
/// without it) makes the loader roll back and read the input a second time. A store without chunked batches gets the
/// whole input as one batch.
/// </remarks>
public sealed class FactLoader
{
    /// <summary>The extensions of the files a folder is searched for.</summary>
    public static readonly IReadOnlyList<string> FileExtensions = [".jsonl", ".ndjson"];

    private const int ProgressEveryFacts = 4096;

    private readonly IGraphStore _store;
    private readonly FactLoadOptions _options;

    public FactLoader(IGraphStore store, FactLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        options ??= new FactLoadOptions();
        options.Validate();
        _store = store;
        _options = options;
    }

    /// <summary>
    /// The files named by <paramref name="paths"/>: a file as given, a folder as every <c>.jsonl</c>/<c>.ndjson</c> file
    /// under it in ordinal path order. Throws <see cref="FactInputException"/> for a path that does not exist or a folder
    /// without such files.
    /// </summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => FileExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    throw new FactInputException($"{path}: the folder holds no {string.Join(" or ", FileExtensions)} file");
                }

                files.AddRange(found);
            }
            else
            {
                throw new FactInputException($"{path}: no such file or folder");
            }
        }

        return files.Count == 0 ? throw new FactInputException("no input: give at least one file or folder") : files;
    }

    /// <summary>Loads files and folders (see <see cref="ExpandPaths"/>); each file is one batch unless <see cref="FactLoadOptions.BatchSize"/> is set.</summary>
    public async Task<LoadReport> LoadPathsAsync(IEnumerable<string> paths, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var report = new ReportBuilder(_options.MaxListedErrors);
        foreach (var file in ExpandPaths(paths))
        {
            await LoadInputAsync(FactInput.FromFile(file, progress), report, cancellationToken);
        }

        return await report.BuildAsync(_store, cancellationToken);
    }

    /// <summary>Loads JSON Lines from <paramref name="stream"/> (a request body); <paramref name="sourceName"/> names it in errors.</summary>
    public async Task<LoadReport> LoadStreamAsync(Stream stream, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var report = new ReportBuilder(_options.MaxListedErrors);
        await LoadInputAsync(FactInput.FromStream(stream, sourceName), report, cancellationToken);
        return await report.BuildAsync(_store, cancellationToken);
    }

    /// <summary>Loads facts already read (or refused) elsewhere, for example the items of a JSON array.</summary>
    public async Task<LoadReport> LoadResultsAsync(IAsyncEnumerable<FactReadResult> results, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        var report = new ReportBuilder(_options.MaxListedErrors);
        await LoadInputAsync(new FactInput(sourceName, null, _ => results, CanReread: false, null), report, cancellationToken);
        return await report.BuildAsync(_store, cancellationToken);
    }

    /// <summary>Loads facts made in memory (the generator, tests).</summary>
    public Task<LoadReport> LoadFactsAsync(IEnumerable<Fact> facts, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return LoadResultsAsync(Wrap(facts, cancellationToken), sourceName, cancellationToken);

        static async IAsyncEnumerable<FactReadResult> Wrap(IEnumerable<Fact> facts, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var fact in facts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return new FactReadResult(fact, null);
            }

            await Task.CompletedTask;
        }
    }

    private Task LoadInputAsync(FactInput input, ReportBuilder report, CancellationToken cancellationToken) =>
        _options.BatchSize is { } size
            ? LoadInBatchesAsync(input, size, report, cancellationToken)
            : LoadAsOneBatchAsync(input, report, cancellationToken);

    private async Task LoadAsOneBatchAsync(FactInput input, ReportBuilder report, CancellationToken cancellationToken)
    {
        var facts = new List<Fact>();
        List<AliasFact>? spilledAliases = null;
        var factCount = 0;
        var errorCount = 0;
        var chunked = _store as IChunkedBatchStore;
        ChunkWriter? writer = null;
        try
        {
            try
            {
                await foreach (var result in input.Open(cancellationToken).WithCancellation(cancellationToken))
                {
                    if (result.Error is { } error)
                    {
                        errorCount++;
                        report.AddError(error);
                        continue;
                    }

                    factCount++;
                    input.ReportFacts(factCount, ProgressEveryFacts);
                    if (spilledAliases is null)
                    {
                        facts.Add(result.Fact!);
                        if (facts.Count > Math.Min(_options.ChunkSize, ChunkWriter.MaxPieceSize) && input.CanReread && chunked is not null)
                        {
                            // More than a piece: from here on the input is written in pieces of one open batch as it is
                            // read, each carrying the ALIAS facts seen so far; only those are kept. Starting at the first
                            // piece rather than at a whole chunk lets the writing run beside the reading from early on
                            // (a 100k-person file of 413,146 facts used to parse 250,000 of them before anything else ran).
                            spilledAliases = facts.OfType<AliasFact>().ToList();
                            writer = new ChunkWriter(this, await chunked.BeginChunkedBatchAsync(cancellationToken), spilledAliases);
                            await writer.AddAsync(facts, cancellationToken);
                            facts = [];
                        }
                    }
                    else if (result.Fact is AliasFact alias)
                    {
                        // Earlier chunks were resolved without it: they are rolled back and the input is read again.
                        spilledAliases.Add(alias);
                        writer?.Abandon();
                    }
                    else if (writer is { Abandoned: false } && (errorCount == 0 || _options.SkipInvalid))
                    {
                        await writer.AddAsync(result.Fact!, cancellationToken);
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                report.Reject(input.Name, factCount, RejectedCounts.Zero, new FactError(new FactLocation(input.Name, 0), $"cannot read: {ex.Message}"));
                return;
            }
            catch (GraphConflictException ex)
            {
                report.Reject(input.Name, factCount, await CountRejectedAsync(input, cancellationToken), ConflictError(input.Name, ex), null);
                return;
            }

            input.ReportFacts(factCount, 1);
            if (errorCount > 0 && !_options.SkipInvalid)
            {
                var rejected = spilledAliases is null ? CountRejected(facts) : await CountRejectedAsync(input, cancellationToken);
                report.Reject(input.Name, factCount, rejected with { InvalidLines = errorCount }, null, $"{errorCount} invalid line(s): nothing from {input.Name} was written");
                return;
            }

            report.SkipInvalid(errorCount);
            if (writer is { Abandoned: false })
            {
                await CommitChunksAsync(writer, input, factCount, report, cancellationToken);
            }
            else if (spilledAliases is not null)
            {
                // The open batch (if any) must be gone before the input is written again in a new one.
                if (writer is not null)
                {
                    await writer.DisposeAsync();
                    writer = null;
                }

                await LoadChunkedAsync(chunked!, input, spilledAliases, factCount, report, cancellationToken);
            }
            else
            {
                await CommitAsync(facts, input.Name, report, cancellationToken);
            }
        }
        finally
        {
            if (writer is not null)
            {
                await writer.DisposeAsync();
            }
        }
    }

    private async Task CommitChunksAsync(ChunkWriter writer, FactInput input, int factCount, ReportBuilder report, CancellationToken cancellationToken)
    {
        try
        {
            var committed = await writer.CommitAsync(cancellationToken);
            report.Commit(input.Name, factCount, committed.Revision, committed.Counts);
        }
        catch (GraphConflictException ex)
        {
            report.Reject(input.Name, factCount, await CountRejectedAsync(input, cancellationToken), ConflictError(input.Name, ex), null);
        }
    }

    /// <summary>
    /// Writes facts into an open chunked batch, a piece at a time (at most <see cref="FactLoadOptions.ChunkSize"/> facts),
    /// each piece with the ALIAS facts known when the batch opened. Abandoning it (a later ALIAS fact) stops the writing;
    /// disposing it without a commit rolls back everything it wrote.
    /// </summary>
    /// <remarks>
    /// A piece's names are resolved on a thread of their own while the reading thread parses the next piece and the
    /// piece before is written: resolving was a quarter of a large load's work, and on the reading thread it held up the
    /// parsing. Resolving ahead cannot change an id, because what the store resolves names against (its graph in memory)
    /// does not change until the batch commits. Pieces resolve one after another and are written one after another, in
    /// order; at most two pieces are in hand beside the one being read. Pieces are smaller than a chunk so that the
    /// threads take turns often and less is held in memory at once.
    /// </remarks>
    private sealed class ChunkWriter(FactLoader loader, IChunkedBatch batch, List<AliasFact> aliases) : IAsyncDisposable
    {
        public const int MaxPieceSize = 50_000;

        private readonly int _pieceSize = Math.Min(loader._options.ChunkSize, MaxPieceSize);
        private List<Fact> _chunk = [];
        private Task<GraphBatch>? _resolving;
        private Task _writing = Task.CompletedTask;
        private Task _writingBefore = Task.CompletedTask;

        public bool Abandoned { get; private set; }

        public void Abandon() => Abandoned = true;

        public async Task AddAsync(List<Fact> facts, CancellationToken cancellationToken)
        {
            foreach (var fact in facts)
            {
                await AddAsync(fact, cancellationToken);
            }
        }

        public Task AddAsync(Fact fact, CancellationToken cancellationToken)
        {
            if (fact is AliasFact)
            {
                return Task.CompletedTask;
            }

            _chunk.Add(fact);
            return _chunk.Count >= _pieceSize ? FlushAsync(cancellationToken) : Task.CompletedTask;
        }

        public async Task<ChunkedBatchResult> CommitAsync(CancellationToken cancellationToken)
        {
            if (_chunk.Count > 0 || aliases.Count > 0)
            {
                await FlushAsync(cancellationToken);
            }

            await _writing;
            return await batch.CommitAsync(cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            // The piece being written must stop using the transaction before it rolls back; its failure, if any, was
            // already reported or is moot (the batch is being given up).
            await _writing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await batch.DisposeAsync();
        }

        private async Task FlushAsync(CancellationToken cancellationToken)
        {
            // Without ALIAS facts (nearly always) the piece is the chunk itself, handed over rather than copied.
            List<Fact> piece = aliases.Count == 0 ? _chunk : [.. aliases, .. _chunk];
            _chunk = new List<Fact>(_pieceSize);

            // A failed piece (a conflict) surfaces here, at a later piece or at the commit.
            await _writingBefore;
            var resolvingBefore = _resolving;
            var resolving = Task.Run(
                async () =>
                {
                    if (resolvingBefore is not null)
                    {
                        await resolvingBefore;
                    }

                    return await FactResolver.ResolveAsync(piece, loader._store, batch.EdgeIdsNeeded, cancellationToken);
                },
                cancellationToken);
            var writingBefore = _writing;
            _resolving = resolving;
            _writingBefore = writingBefore;
            _writing = Task.Run(
                async () =>
                {
                    var resolved = await resolving;
                    await writingBefore;
                    await batch.AddAsync(resolved, cancellationToken);
                },
                cancellationToken);
        }
    }

    private async Task LoadChunkedAsync(IChunkedBatchStore store, FactInput input, List<AliasFact> aliases, int factCount, ReportBuilder report, CancellationToken cancellationToken)
    {
        try
        {
            await using var batch = await store.BeginChunkedBatchAsync(cancellationToken);
            var chunk = new List<Fact>(_options.ChunkSize + aliases.Count);
            var read = 0;
            await foreach (var result in input.Open(cancellationToken).WithCancellation(cancellationToken))
            {
                if (result.Error is { } error)
                {
                    if (_options.SkipInvalid)
                    {
                        continue;
                    }

                    // Valid on the first pass, invalid now: the file changed under us, and the batch must not commit.
                    report.Reject(input.Name, factCount, RejectedCounts.Zero, error, $"{input.Name} changed while it was being loaded: nothing from it was written");
                    return;
                }

                input.ReportFacts(++read, ProgressEveryFacts);
                if (result.Fact is AliasFact)
                {
                    continue;
                }

                chunk.Add(result.Fact!);
                if (chunk.Count >= _options.ChunkSize)
                {
                    await batch.AddAsync(await FactResolver.ResolveAsync([.. aliases, .. chunk], _store, batch.EdgeIdsNeeded, cancellationToken), cancellationToken);
                    chunk.Clear();
                }
            }

            if (chunk.Count > 0 || aliases.Count > 0)
            {
                await batch.AddAsync(await FactResolver.ResolveAsync([.. aliases, .. chunk], _store, batch.EdgeIdsNeeded, cancellationToken), cancellationToken);
            }

            var committed = await batch.CommitAsync(cancellationToken);
            report.Commit(input.Name, factCount, committed.Revision, committed.Counts);
        }
        catch (GraphConflictException ex)
        {
            report.Reject(input.Name, factCount, await CountRejectedAsync(input, cancellationToken), ConflictError(input.Name, ex), null);
        }
    }

    private async Task LoadInBatchesAsync(FactInput input, int batchSize, ReportBuilder report, CancellationToken cancellationToken)
    {
        // Three stages on their own threads: reading and parsing batch k+2, resolving names of batch k+1, and planning,
        // writing and applying batch k. Resolving ahead is safe because, without ALIAS facts, a name a batch adds
        // resolves to the same id (the slug of its key) whether or not that batch is in memory yet; a batch with ALIAS
        // facts, and the one after it, wait until everything before them is applied.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        var parsed = Channel.CreateBounded<PendingBatch>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        var resolved = Channel.CreateBounded<ResolvedBatch>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        var applied = new AppliedCounter();
        var producer = Task.Run(() => ParseBatchesAsync(input, batchSize, report, parsed.Writer, token), token);
        var resolver = Task.Run(() => ResolveBatchesAsync(input.Name, parsed.Reader, resolved.Writer, applied, token), token);
        try
        {
            await foreach (var batch in resolved.Reader.ReadAllAsync(token))
            {
                if (batch.RejectedInput is { } pending)
                {
                    report.Reject(batch.Name, pending.Facts.Count, CountRejected(pending.Facts) with { InvalidLines = pending.Errors }, null, $"{pending.Errors} invalid line(s): nothing from this batch was written");
                }
                else
                {
                    report.SkipInvalid(batch.Errors);
                    await ApplyResolvedAsync(batch, report, token);
                }

                applied.Advance(batch.Index);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            report.Reject(input.Name, 0, RejectedCounts.Zero, new FactError(new FactLocation(input.Name, 0), $"cannot read: {ex.Message}"));
        }
        finally
        {
            await stop.CancelAsync();
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await resolver.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static async Task ParseBatchesAsync(FactInput input, int batchSize, ReportBuilder report, ChannelWriter<PendingBatch> writer, CancellationToken cancellationToken)
    {
        var facts = new List<Fact>(batchSize);
        var errors = 0;
        var factCount = 0;
        try
        {
            await foreach (var result in input.Open(cancellationToken).WithCancellation(cancellationToken))
            {
                if (result.Error is { } error)
                {
                    errors++;
                    report.AddError(error);
                    continue;
                }

                facts.Add(result.Fact!);
                input.ReportFacts(++factCount, ProgressEveryFacts);
                if (facts.Count == batchSize)
                {
                    await writer.WriteAsync(new PendingBatch(facts, errors), cancellationToken);
                    facts = new List<Fact>(batchSize);
                    errors = 0;
                }
            }

            input.ReportFacts(factCount, 1);
            if (facts.Count > 0 || errors > 0)
            {
                await writer.WriteAsync(new PendingBatch(facts, errors), cancellationToken);
            }

            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
        }
    }

    private async Task ResolveBatchesAsync(string source, ChannelReader<PendingBatch> reader, ChannelWriter<ResolvedBatch> writer, AppliedCounter applied, CancellationToken cancellationToken)
    {
        try
        {
            var index = 0;
            var previousHadAliases = false;
            await foreach (var pending in reader.ReadAllAsync(cancellationToken))
            {
                index++;
                var name = $"{source} (batch {index})";
                if (pending.Errors > 0 && !_options.SkipInvalid)
                {
                    await writer.WriteAsync(new ResolvedBatch(index, name, pending.Facts.Count, pending.Errors, null, null, pending), cancellationToken);
                    continue;
                }

                var hasAliases = pending.Facts.Exists(f => f is AliasFact);
                if (hasAliases || previousHadAliases)
                {
                    await applied.WaitForAsync(index - 1, cancellationToken);
                }

                previousHadAliases = hasAliases;
                GraphBatch? batch = null;
                GraphConflictException? conflict = null;
                try
                {
                    batch = await FactResolver.ResolveAsync(pending.Facts, _store, cancellationToken);
                }
                catch (GraphConflictException ex)
                {
                    conflict = ex;
                }

                await writer.WriteAsync(new ResolvedBatch(index, name, pending.Facts.Count, pending.Errors, batch, conflict, null) { Facts = pending.Facts }, cancellationToken);
            }

            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
        }
    }

    private async Task ApplyResolvedAsync(ResolvedBatch resolved, ReportBuilder report, CancellationToken cancellationToken)
    {
        try
        {
            if (resolved.Conflict is { } conflict)
            {
                throw conflict;
            }

            var batch = resolved.Batch!;
            if (batch.IsEmpty)
            {
                report.Commit(resolved.Name, resolved.FactCount, await _store.GetRevisionAsync(cancellationToken), LoadCounts.Zero);
                return;
            }

            var result = await _store.ApplyAsync(batch, cancellationToken);
            _options.BatchCommitted?.Invoke(result);
            report.Commit(resolved.Name, resolved.FactCount, result.Revision, result.Counts);
        }
        catch (GraphConflictException ex)
        {
            report.Reject(resolved.Name, resolved.FactCount, CountRejected(resolved.Facts), ConflictError(resolved.Name, ex), null);
        }
    }

    private async Task CommitAsync(List<Fact> facts, string source, ReportBuilder report, CancellationToken cancellationToken)
    {
        try
        {
            var batch = await FactResolver.ResolveAsync(facts, _store, cancellationToken);
            if (batch.IsEmpty)
            {
                report.Commit(source, facts.Count, await _store.GetRevisionAsync(cancellationToken), LoadCounts.Zero);
                return;
            }

            var result = await _store.ApplyAsync(batch, cancellationToken);
            _options.BatchCommitted?.Invoke(result);
            report.Commit(source, facts.Count, result.Revision, result.Counts);
        }
        catch (GraphConflictException ex)
        {
            report.Reject(source, facts.Count, CountRejected(facts), ConflictError(source, ex), null);
        }
    }

    private static FactError ConflictError(string source, GraphConflictException ex) =>
        new(new FactLocation(source, 0), $"conflict with the graph: {ex.Message}; nothing from {source} was written");

    private static RejectedCounts CountRejected(IEnumerable<Fact> facts)
    {
        var counter = new RejectedCounter();
        foreach (var fact in facts)
        {
            counter.Add(fact);
        }

        return counter.Counts;
    }

    private static async Task<RejectedCounts> CountRejectedAsync(FactInput input, CancellationToken cancellationToken)
    {
        var counter = new RejectedCounter();
        await foreach (var result in input.Open(cancellationToken).WithCancellation(cancellationToken))
        {
            if (result.Fact is { } fact)
            {
                counter.Add(fact);
            }
        }

        return counter.Counts;
    }

    private sealed record PendingBatch(List<Fact> Facts, int Errors);

    /// <summary>A batch whose names are resolved (or which was refused before resolving), waiting to be applied.</summary>
    private sealed record ResolvedBatch(int Index, string Name, int FactCount, int Errors, GraphBatch? Batch, GraphConflictException? Conflict, PendingBatch? RejectedInput)
    {
        public IReadOnlyList<Fact> Facts { get; init; } = [];
    }

    /// <summary>How many batches the apply stage has finished, for a resolve stage that must not run ahead.</summary>
    private sealed class AppliedCounter
    {
        private readonly SemaphoreSlim _changed = new(0);
        private int _applied;

        public void Advance(int index)
        {
            Volatile.Write(ref _applied, index);
            _changed.Release();
        }

        public async Task WaitForAsync(int index, CancellationToken cancellationToken)
        {
            while (Volatile.Read(ref _applied) < index)
            {
                await _changed.WaitAsync(cancellationToken);
            }
        }
    }

    /// <summary>Counts what a rejected batch held: edges and articles as facts, people and labs as distinct names.</summary>
    private sealed class RejectedCounter
    {
        private readonly HashSet<string> _people = new(StringComparer.Ordinal);
        private readonly HashSet<string> _labs = new(StringComparer.Ordinal);
        private int _edges;
        private int _articles;

        public RejectedCounts Counts => new(_people.Count, _labs.Count, _edges, _articles, 0);

        public void Add(Fact fact)
        {
            switch (fact)
            {
                case WorkedAtFact w:
                    _edges++;
                    _people.Add(Names.Key(w.Person));
                    _labs.Add(Names.Key(w.Lab));
                    break;
                case LeftForFact l:
                    _edges++;
                    _people.Add(Names.Key(l.Person));
                    _labs.Add(Names.Key(l.From));
                    _labs.Add(Names.Key(l.To));
                    break;
                case FoundedFact f:
                    _edges++;
                    _people.Add(Names.Key(f.Person));
                    _labs.Add(Names.Key(f.Lab));
                    break;
                case ArticleFact:
                    _articles++;
                    break;
                case AliasFact a:
                    (a.Kind == NodeKind.Person ? _people : _labs).Add(Names.Key(a.Name));
                    break;
            }
        }
    }

    /// <summary>One input: how to (re)open it as fact results, and how to report progress on it.</summary>
    private sealed record FactInput(
        string Name,
        long? TotalBytes,
        Func<CancellationToken, IAsyncEnumerable<FactReadResult>> Open,
        bool CanReread,
        Action<long>? FactsRead)
    {
        public static FactInput FromFile(string path, IProgress<LoadProgress>? progress)
        {
            var total = new FileInfo(path).Length;
            long bytes = 0;
            return new FactInput(
                path,
                total,
                cancellationToken => FactReadAhead.ReadAsync(token => ReadFileAsync(path, read => bytes = read, token), cancellationToken),
                CanReread: true,
                progress is null ? null : facts => progress.Report(new LoadProgress(path, Volatile.Read(ref bytes), total, facts)));
        }

        public static FactInput FromStream(Stream stream, string name) =>
            new(name, stream.CanSeek ? stream.Length : null, cancellationToken => ReadStreamAsync(stream, name, cancellationToken), CanReread: stream.CanSeek, null);

        public void ReportFacts(long facts, int every)
        {
            if (FactsRead is not null && facts % every == 0)
            {
                FactsRead(facts);
            }
        }

        private static async IAsyncEnumerable<FactReadResult> ReadFileAsync(string path, Action<long> bytesRead, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
            await using var counting = new ReadCountingStream(file, bytesRead);
            await foreach (var result in FactReader.ReadAsync(counting, path, cancellationToken))
            {
                yield return result;
            }
        }

        private static async IAsyncEnumerable<FactReadResult> ReadStreamAsync(Stream stream, string name, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            if (stream.CanSeek)
            {
                stream.Position = 0;
            }

            await foreach (var result in FactReader.ReadAsync(stream, name, cancellationToken))
            {
                yield return result;
            }
        }
    }

    private sealed class ReportBuilder(int maxListedErrors)
    {
        private readonly List<FactError> _errors = [];
        private readonly List<BatchReport> _batches = [];
        private readonly Lock _lock = new();
        private LoadCounts _counts = LoadCounts.Zero;
        private RejectedCounts _rejected = RejectedCounts.Zero;
        private int _errorCount;
        private long _revision = -1;

        public void AddError(FactError error)
        {
            // The producer of a batched load reports errors from its own thread.
            lock (_lock)
            {
                _errorCount++;
                if (_errors.Count < maxListedErrors)
                {
                    _errors.Add(error);
                }
            }
        }

        public void SkipInvalid(int invalidLines)
        {
            lock (_lock)
            {
                _rejected += RejectedCounts.Zero with { InvalidLines = invalidLines };
            }
        }

        public void Commit(string source, int facts, long revision, LoadCounts counts)
        {
            lock (_lock)
            {
                _counts += counts;
                _revision = Math.Max(_revision, revision);
                _batches.Add(new BatchReport(source, facts, BatchStatus.Committed, revision, counts, null));
            }
        }

        public void Reject(string source, int facts, RejectedCounts rejected, FactError? error, string? reason = null)
        {
            if (error is not null)
            {
                AddError(error);
            }

            lock (_lock)
            {
                _rejected += rejected;
                _batches.Add(new BatchReport(source, facts, BatchStatus.Rejected, 0, LoadCounts.Zero, reason ?? error?.Message));
            }
        }

        public async Task<LoadReport> BuildAsync(IGraphStore store, CancellationToken cancellationToken)
        {
            var revision = _revision >= 0 ? _revision : await store.GetRevisionAsync(cancellationToken);
            lock (_lock)
            {
                return new LoadReport(_counts, _rejected, _errors.ToList(), _errorCount, _batches.ToList(), revision);
            }
        }
    }
}

/// <summary>An input that cannot be loaded at all (a path that does not exist): a usage error rather than bad facts.</summary>
public sealed class FactInputException(string message) : Exception(message);
