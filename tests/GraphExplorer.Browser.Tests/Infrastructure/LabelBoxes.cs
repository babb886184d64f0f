using System.Text.Json;

namespace GraphExplorer.Browser.Tests.Infrastructure;

/// <summary>The labels the page draws now, as it reports them (boxes in graph-view pixels).</summary>
internal static class LabelBoxes
{
    /// <summary>Fails when fewer than <paramref name="atLeast"/> labels are drawn or when any two of them overlap.</summary>
    public static async Task AssertNoneOverlapAsync(ExplorerPage explorer, string when, int atLeast)
    {
        var boxes = (await explorer.HookAsync<JsonElement>("labelBoxes()")).EnumerateArray()
            .Select(b => (Node: b.GetProperty("node").GetString(), X: b.GetProperty("x").GetDouble(), Y: b.GetProperty("y").GetDouble(), W: b.GetProperty("width").GetDouble(), H: b.GetProperty("height").GetDouble()))
            .ToList();
        Assert.True(boxes.Count >= atLeast, $"{when}: hardly any label is drawn ({boxes.Count})");
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                var overlap = a.X < b.X + b.W && b.X < a.X + a.W && a.Y < b.Y + b.H && b.Y < a.Y + a.H;
                Assert.False(overlap, $"{when}: the labels of {a.Node} and {b.Node} overlap");
            }
        }
    }
}
