using System.Reflection;
using System.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>Reads the tab-separated name tables embedded from <c>Lexicons/Data</c>: '#' lines are comments, and a row of the wrong shape is an error naming the file and line.</summary>
internal static class EmbeddedTable
{
    /// <summary>The rows of <paramref name="resource"/> with their line numbers; each must have <paramref name="columns"/> non-empty fields.</summary>
    public static List<(int Line, string[] Fields)> Rows(string resource, int columns, string shape)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource '{resource}' is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new List<(int, string[])>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != columns || fields.Any(f => f.Length == 0))
            {
                throw new InvalidDataException($"{resource}:{lineNumber}: expected '{shape}', got '{line}'");
            }

            rows.Add((lineNumber, fields));
        }

        return rows;
    }

    /// <summary>Throws the error for a row whose field <paramref name="value"/> is not one of the allowed values.</summary>
    public static InvalidDataException BadValue(string resource, int line, string value, string shape) =>
        new($"{resource}:{line}: '{value}' does not fit '{shape}'");
}
