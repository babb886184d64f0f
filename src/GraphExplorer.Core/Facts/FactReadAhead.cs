using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace GraphExplorer.Core.Facts;

/// <summary>
/// Reads and parses an input on a thread of its own, ahead of the loader: parsing is about a third of a load's work,
/// and on two cores it then runs beside the resolving and writing instead of taking turns with them. Results arrive in
/// input order, in blocks (one hand-over per block, not per line); the read-ahead is bounded, so memory stays bounded.
/// </summary>
internal static class FactReadAhead
{
    private const int BlockSize = 4096;

    // A chunk of a large load (250,000 facts) takes a few seconds to write; this lets parsing run on through most of it.
    private const int MaxBlocksAhead = 48;

    public static async IAsyncEnumerable<FactReadResult> ReadAsync(
        Func<CancellationToken, IAsyncEnumerable<FactReadResult>> open,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<FactReadResult[]>(new BoundedChannelOptions(MaxBlocksAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ExceptionDispatchInfo? failure = null;
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    var block = new FactReadResult[BlockSize];
                    var count = 0;
                    await foreach (var result in open(stop.Token).WithCancellation(stop.Token))
                    {
                        block[count++] = result;
                        if (count == BlockSize)
                        {
                            await channel.Writer.WriteAsync(block, stop.Token);
                            block = new FactReadResult[BlockSize];
                            count = 0;
                        }
                    }

                    if (count > 0)
                    {
                        await channel.Writer.WriteAsync(block[..count], stop.Token);
                    }
                }
                catch (Exception ex)
                {
                    // Handed to the consumer as it was thrown (an IOException stays one), after the results before it.
                    failure = ExceptionDispatchInfo.Capture(ex);
                }
                finally
                {
                    channel.Writer.Complete();
                }
            },
            CancellationToken.None);
        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken))
            {
                while (channel.Reader.TryRead(out var block))
                {
                    foreach (var result in block)
                    {
                        yield return result;
                    }
                }
            }

            await producer;
            failure?.Throw();
        }
        finally
        {
            // The consumer stopped early (a rejected input, an exception): the producer stops too before the input closes.
            await stop.CancelAsync();
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
