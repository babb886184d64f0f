namespace GraphExplorer.Embedded.Tests;

/// <summary>The stream the graph image is written through: it starts the disk early and must not change a byte.</summary>
public sealed class WritebackStreamTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Write_SeveralStretchesInUnevenPieces_FileHoldsEveryByteInOrder()
    {
        var path = _folder.File("image");
        var expected = new byte[(40 << 20) + 12_345];
        new Random(7).NextBytes(expected);
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        {
            var stream = new WritebackStream(file);
            var at = 0;
            var piece = 1;
            while (at < expected.Length)
            {
                // Small pieces stay in the file stream's buffer, large ones pass it: both must reach the file in order.
                var length = Math.Min(piece, expected.Length - at);
                stream.Write(expected.AsSpan(at, length));
                at += length;
                piece = piece < (8 << 20) ? piece * 7 : 3;
            }

            Assert.Equal(expected.Length, stream.Position);
            file.Flush(flushToDisk: true);
        }

        Assert.Equal(expected, File.ReadAllBytes(path));
    }
}
