using GraphExplorer.Core.Facts;
using Spectre.Console;

namespace GraphExplorer.Cli.Loading;

/// <summary>Prints what a load did: a table of added / already present / rejected, then every rejected line as file:line: reason.</summary>
public static class LoadSummaryView
{
    public static void Write(IAnsiConsole console, LoadReport report, string target)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
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

        // Plain lines, never wrapped: a file:line reason must stay on one line to be read and searched.
        var text = console.Profile.Out.Writer;
        var committed = report.Batches.Count(b => b.Status == BatchStatus.Committed);
        text.WriteLine($"{committed} batch(es) committed, {report.Batches.Count - committed} rejected; the store is at revision {report.Revision}.");
        foreach (var batch in report.Batches.Where(b => b.Status == BatchStatus.Rejected))
        {
            text.WriteLine($"rejected batch {batch.Source}: {batch.Reason}");
        }

        if (report.ErrorCount > 0)
        {
            var verb = report.Batches.Any(b => b.Status == BatchStatus.Rejected) ? "rejected" : "skipped";
            text.WriteLine($"{report.ErrorCount} line(s) {verb}:");
            foreach (var error in report.Errors)
            {
                text.WriteLine($"  {error}");
            }

            if (report.ErrorCount > report.Errors.Count)
            {
                text.WriteLine($"  … and {report.ErrorCount - report.Errors.Count} more");
            }
        }
    }

    private static string N(int value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
