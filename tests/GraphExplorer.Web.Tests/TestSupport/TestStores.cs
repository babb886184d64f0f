using GraphExplorer.Embedded;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Web.Tests.TestSupport;

public static class TestStores
{
    /// <summary>An embedded store on <paramref name="dataPath"/>, as a second process on the host's file would open it.</summary>
    public static EmbeddedGraphStore Embedded(string dataPath) =>
        new(Options.Create(new EmbeddedStoreOptions { DataPath = dataPath }));
}
