using GraphExplorer.Core.Queries;

namespace GraphExplorer.Core.Tests.Queries;

public class ScratchReleaseTests
{
    [Fact]
    public void After_BuildAllocatesPastTheThreshold_CollectsAndReturnsTheValue()
    {
        var collections = GC.CollectionCount(GC.MaxGeneration);

        var length = ScratchRelease.After(() => new byte[ScratchRelease.Threshold + 1].LongLength);

        Assert.Equal(ScratchRelease.Threshold + 1, length);
        Assert.True(GC.CollectionCount(GC.MaxGeneration) > collections, "a large build should be followed by a full collection");
    }
}
