using GraphExplorer.Core.Queries;

namespace GraphExplorer.Core.Tests.Queries;

public class GroupingTests
{
    [Fact]
    public void Of_Keys_GroupsInIncreasingItemOrderLargestFirstTiesByFirstItem()
    {
        // Group 3 and group 1 both have two items; group 3's first item (0) comes before group 1's (2).
        var grouping = Grouping.Of([3, 3, 1, 0, 1, 2, 2, 2]);

        Assert.Equal([2, 3, 1, 0], grouping.Groups(minimumSize: 1));
        Assert.Equal([2, 3, 1], grouping.Groups(minimumSize: 2));
        Assert.Equal([2, 4], grouping.ItemsOf(1).ToArray());
        Assert.Equal([50, 60, 70], grouping.Select(2, i => i * 10));
        Assert.Equal([6], grouping.Where(2, i => i == 6));
    }

    [Fact]
    public void Of_NegativeKey_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Grouping.Of([0, -1]));
    }
}
