using Microsoft.Data.Sqlite;

namespace GraphExplorer.Web.Tests.TestSupport;

/// <summary>A fresh temporary folder, deleted with what it holds on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("graphexplorer-web-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Still held by a process a test started; the OS temp cleaner gets it.
        }
    }
}
