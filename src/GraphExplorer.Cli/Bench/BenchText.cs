using System.Globalization;

namespace GraphExplorer.Cli.Bench;

/// <summary>How the benchmarks print their figures: one labelled line each, sizes in MB, and how busy the machine was.</summary>
internal static class BenchText
{
    public static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:N0} MB");

    /// <summary>The load average, because on a shared machine the timings mean little without it.</summary>
    public static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    public static Task Line(TextWriter output, string label, string value) => output.WriteLineAsync($"{label,-16} {value}");
}
