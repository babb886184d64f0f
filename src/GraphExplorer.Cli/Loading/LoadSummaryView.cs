using GraphExplorer.Core.Facts;
using Spectre.Console;

namespace GraphExplorer.Cli.Loading;

/// <summary>
/// Prints what a load did: a table of added / already present / rejected (only when something was written), then every
/// rejected file or line as file:line: reason, one plain line each (never wrapped, so it can be read and searched).
/// </summary>
public static class LoadSummaryView
{
    public static void Write(IAnsiConsole console, LoadReport report, string target)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        var text = console.Profile.Out.Writer;
        var committed = report.Batches.Count(b => b.Status == BatchStatus.Committed);

        // A file refused as a whole (empty, binary, not UTF-8) is one reason, not "1 invalid line(s)".
        var wholeFile = report.Errors.Where(e => e.Location.Line == 0).GroupBy(e => e.Location.Source, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        if (committed == 0 && report.HasRejectedBatches)
        {
            // Nothing was written, so there is no "loaded into" to show: only what was refused and why.
            text.WriteLine($"Nothing was loaded into {target}: every batch was rejected.");
        }
        else
        {
            WriteTable(console, report, target);
            text.WriteLine($"{committed} batch(es) committed, {report.Batches.Count - committed} rejected; the store is at revision {report.Revision}.");
        }

        foreach (var batch in report.Batches.Where(b => b.Status == BatchStatus.Rejected))
        {
            text.WriteLine(wholeFile.TryGetValue(batch.Source, out var whole)
                ? $"rejected {batch.Source}: {whole.Message}; nothing was written"
                : $"rejected batch {batch.Source}: {batch.Reason}");
        }

        var listed = report.Errors.Where(e => e.Location.Line != 0 || !report.Batches.Any(b => b.Status == BatchStatus.Rejected && b.Source == e.Location.Source)).ToList();
        var unlisted = report.ErrorCount - report.Errors.Count;
        if (listed.Count + unlisted > 0)
        {
            var verb = report.HasRejectedBatches ? "rejected" : "skipped";
            text.WriteLine($"{listed.Count + unlisted} line(s) {verb}:");
            foreach (var error in listed)
            {
                text.WriteLine($"  {error}");
            }

            if (unlisted > 0)
            {
                text.WriteLine($"  … and {unlisted} more");
            }
        }
    }

    private static void WriteTable(IAnsiConsole console, LoadReport report, string target)
    {
        var counts = report.Counts;
        var rejected = report.Rejected;
        var table = new Table().Border(TableBorder.Rounded).Title($"Loaded into {Markup.Escape(target)}");
        table.AddColumn("");
        table.AddColumn(new TableColumn("Added").RightAligned());
        table.AddColumn(new TableColumn("Already present").RightAligned());
        table.AddColumn(new TableColumn("Rejected").RightAligned());
        table.AddRow("People", N(counts.PeopleAdded), N(counts.PeopleExisting), N(rejected.People));
        table.AddRow("Labs", N(counts.LabsAdded), N(counts.LabsExisting), N(rejected.Labs));
        table.AddRow("Edges", N(counts.EdgesAdded), N(counts.EdgesExisting), N(rejected.Edges));
        table.AddRow("Articles", N(counts.ArticlesAdded), N(counts.ArticlesExisting), N(rejected.Articles));
        console.Write(table);
    }

    private static string N(int value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
