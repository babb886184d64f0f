using Microsoft.Playwright;

namespace GraphExplorer.Browser.Tests.Infrastructure;

/// <summary>
/// Counts pixels in a screenshot, to check that the WebGL canvas really drew something (a script can hold the right
/// node count and still paint nothing). The PNG is decoded by the browser itself, so no image library is needed.
/// </summary>
internal static class Pixels
{
    /// <summary>A page function that decodes a base64 PNG into its RGBA pixels, shared by the scripts below.</summary>
    private const string Decode = """
        async (data) => {
          const image = new Image();
          image.src = 'data:image/png;base64,' + data;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.width;
          canvas.height = image.height;
          const context = canvas.getContext('2d');
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, canvas.width, canvas.height);
        }
        """;

    private const string CountScript = $$"""
        async ([data, rgb, tolerance]) => {
          const decode = {{Decode}};
          const pixels = (await decode(data)).data;
          let count = 0;
          for (let i = 0; i < pixels.length; i += 4) {
            const r = pixels[i], g = pixels[i + 1], b = pixels[i + 2];
            if (rgb) {
              if (Math.abs(r - rgb[0]) <= tolerance && Math.abs(g - rgb[1]) <= tolerance && Math.abs(b - rgb[2]) <= tolerance) count++;
            } else if (Math.max(r, g, b) - Math.min(r, g, b) > 60 || Math.max(r, g, b) < 120) {
              count++;
            }
          }
          return count;
        }
        """;

    private const string DifferenceScript = $$"""
        async ([a, b]) => {
          const decode = {{Decode}};
          const [x, y] = [await decode(a), await decode(b)];
          if (x.width !== y.width || x.height !== y.height) return x.width * x.height;
          let count = 0;
          for (let i = 0; i < x.data.length; i += 4) {
            if (x.data[i] !== y.data[i] || x.data[i + 1] !== y.data[i + 1] || x.data[i + 2] !== y.data[i + 2]) count++;
          }
          return count;
        }
        """;

    /// <summary>Pixels that are saturated or dark: drawn nodes, edges and labels, not the pale background.</summary>
    public static Task<int> CountInkAsync(IPage page, byte[] png) =>
        page.EvaluateAsync<int>(CountScript, new object?[] { Convert.ToBase64String(png), null, 0 });

    /// <summary>Pixels that differ between two screenshots of the same size (any channel).</summary>
    public static Task<int> CountDifferentAsync(IPage page, byte[] first, byte[] second) =>
        page.EvaluateAsync<int>(DifferenceScript, new object[] { Convert.ToBase64String(first), Convert.ToBase64String(second) });

    /// <summary>Pixels within <paramref name="tolerance"/> of a colour (e.g. the orange of LEFT_FOR arrows).</summary>
    public static Task<int> CountColourAsync(IPage page, byte[] png, string hex, int tolerance = 40)
    {
        var rgb = new[] { Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16) };
        return page.EvaluateAsync<int>(CountScript, new object?[] { Convert.ToBase64String(png), rgb, tolerance });
    }
}
