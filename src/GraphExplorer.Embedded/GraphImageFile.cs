using GraphExplorer.Core.Diagnostics;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Queries;

namespace GraphExplorer.Embedded;

/// <summary>
/// The image of the in-memory graph and its row keys, kept beside the SQLite file (<c>store.db.image</c>) so opening a
/// large store reads a few large arrays instead of rebuilding the graph from every row. The rows stay the truth: an
/// image is only used for the store file and history it was written from (the commit token of its revision), at a
/// revision the file has reached, in this exact layout and with every section matching its checksum; the rows committed
/// after it are then read on top. Anything else is reported and the graph is rebuilt from the rows.
/// </summary>
/// <remarks>
/// An image is written whole to a temporary file, flushed to disk and renamed over the old one, so a crash at any point
/// leaves either the old image or the new one, never a half-written one under the real name.
/// </remarks>
internal static class GraphImageFile
{
    /// <summary>The layout of the store's part of the image (header and row keys); the graph has its own.</summary>
    public const int Format = 5;

    // "GEIMAGE1" read as a little-endian number.
    private const long Magic = 0x31_45_47_41_4D_49_45_47;

    private const string TemporarySuffix = ".tmp";

    public static string PathOf(string dataPath) => dataPath + ".image";

    /// <summary>
    /// Reads the image, or returns null with the reason it cannot be used. <paramref name="tokenOf"/> gives the stored
    /// commit token of a revision (null when the file holds no such revision).
    /// </summary>
    public static Loaded? TryRead(string path, long storedRevision, Func<long, long?> tokenOf, out string? reason)
    {
        reason = null;
        if (!File.Exists(path))
        {
            reason = "there is no image";
            return null;
        }

        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 12, FileOptions.SequentialScan);
            var reader = GraphImageReader.Open(file);
            var used = false;
            try
            {
                var loaded = Read(reader, storedRevision, tokenOf, out reason);
                used = loaded is not null;
                if (used)
                {
                    // Nothing has written into the mapping yet (rows after the image are applied by the caller).
                    reader.DropTouchedPages();
                }

                return loaded;
            }
            finally
            {
                if (!used)
                {
                    reader.Release();
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or IndexOutOfRangeException or ArgumentException or OverflowException or OutOfMemoryException)
        {
            reason = $"it is damaged ({ex.Message})";
            return null;
        }
    }

    private static Loaded? Read(GraphImageReader reader, long storedRevision, Func<long, long?> tokenOf, out string? reason)
    {
        reason = null;
        var header = reader.ReadArray<long>();
        if (header.Length < 3 || header[0] != Magic)
        {
            reason = "it is not a graph image";
            return null;
        }

        if (header[1] != Format || header[2] != StoreSchema.Version)
        {
            reason = $"it has layout {header[1]} for schema {header[2]}; this version writes layout {Format} for schema {StoreSchema.Version}";
            return null;
        }

        if (header.Length != 7)
        {
            reason = "its header is damaged";
            return null;
        }

        var revision = header[3];
        if (revision > storedRevision)
        {
            reason = $"it holds revision {revision}, but the file is at revision {storedRevision}";
            return null;
        }

        if (tokenOf(revision) != header[4])
        {
            reason = $"it was written from another store file or history (revision {revision} has another commit token)";
            return null;
        }

        // Dense row keys (the key of element i is i + 1, as rows appended to a file are) are stored as nothing.
        var nodeKeys = reader.ReadArray<long>();
        var edgeKeys = reader.ReadArray<long>();
        var graph = TalentGraph.ReadImage(reader);
        bool denseNodes = header[5] == 1, denseEdges = header[6] == 1;
        if (graph.Revision != revision || nodeKeys.Length != (denseNodes ? 0 : graph.NodeCount) || edgeKeys.Length != (denseEdges ? 0 : graph.EdgeCount))
        {
            reason = "its parts do not agree with each other";
            return null;
        }

        // The flows tables come last: when they cannot be used, the graph still can, and they are built again on first use.
        var flowsProblem = FlowTablesImage.Read(reader, graph);
        if (flowsProblem is null && reader.Position != reader.Length)
        {
            reason = "its parts do not agree with each other";
            return null;
        }

        var keys = RowKeys.FromImage(denseNodes ? null : nodeKeys, graph.NodeCount, denseEdges ? null : edgeKeys, graph.EdgeCount);
        return new Loaded(graph, keys, revision, reader.Length, flowsProblem);
    }

    /// <summary>Writes the image of <paramref name="graph"/> at its revision, atomically; returns its size in bytes.</summary>
    public static long Write(string path, TalentGraph graph, RowKeys keys, long token)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}{TemporarySuffix}";
        try
        {
            long length;
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                var writer = new GraphImageWriter(new WritebackStream(file));
                using (LoadPhases.Measure(LoadPhase.Image))
                {
                    writer.WriteArray<long>([Magic, Format, StoreSchema.Version, graph.Revision, token, keys.DenseNodes ? 1 : 0, keys.DenseEdges ? 1 : 0]);
                    writer.WriteArray(keys.DenseNodes ? [] : keys.NodeKeys(graph.NodeCount));
                    writer.WriteArray(keys.DenseEdges ? [] : keys.EdgeKeys(graph.EdgeCount));
                    graph.WriteImage(writer);
                }

                using (LoadPhases.Measure(LoadPhase.Derived))
                {
                    FlowTablesImage.Write(writer, graph);
                }

                using (LoadPhases.Measure(LoadPhase.Image))
                {
                    file.Flush(flushToDisk: true);
                    length = file.Length;
                }
            }

            File.Move(temporary, path, overwrite: true);
            return length;
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Removes the temporary files of writers that died mid-write (their process is gone).</summary>
    public static void RemoveAbandoned(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        var prefix = Path.GetFileName(path) + ".";
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, prefix + "*" + TemporarySuffix))
            {
                var parts = Path.GetFileName(file)[prefix.Length..].Split('.');
                if (parts.Length == 3 && int.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid))
                {
                    TryDelete(file);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only tidying: a leftover temporary file is never read.
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next open to remove.
        }
    }

    public sealed record Loaded(TalentGraph Graph, RowKeys Keys, long Revision, long Bytes, string? FlowTablesProblem);
}
