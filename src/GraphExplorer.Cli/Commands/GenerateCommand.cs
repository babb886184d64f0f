using System.CommandLine;
using System.Diagnostics;
using GraphExplorer.Core.Synthetic;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>generate --people N --seed S [--out file.jsonl]</c>: a deterministic synthetic talent graph as JSON Lines.</summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var people = new Option<int>("--people") { Description = "How many people", DefaultValueFactory = _ => 1_000 };
        var seed = new Option<long>("--seed") { Description = "Seed: the same seed gives the same facts", DefaultValueFactory = _ => 1 };
        var labs = new Option<int?>("--labs") { Description = "How many labs (default: one per 50 people, 20 to 20,000)" };
        var output = new Option<FileInfo?>("--out") { Description = "File to write (default: standard output)" };
        var command = new Command("generate", "Generate a synthetic talent graph (JSON Lines facts)") { people, seed, labs, output };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new GeneratorOptions { People = parseResult.GetValue(people), Seed = parseResult.GetValue(seed), Labs = parseResult.GetValue(labs) };
            try
            {
                options.Validate();
            }
            catch (ArgumentException ex)
            {
                throw CliUsageException.ForOption(ex);
            }

            if (parseResult.GetValue(output) is not { } file)
            {
                await using var stdout = Console.OpenStandardOutput();
                if (ReferenceEquals(parseResult.InvocationConfiguration.Output, Console.Out))
                {
                    await SyntheticGraph.WriteJsonLinesAsync(options, stdout, cancellationToken);
                }
                else
                {
                    // A test captured the output: write text there instead of the process's stdout.
                    using var buffer = new MemoryStream();
                    await SyntheticGraph.WriteJsonLinesAsync(options, buffer, cancellationToken);
                    await parseResult.InvocationConfiguration.Output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                }

                return CliApplication.Ok;
            }

            var watch = Stopwatch.StartNew();
            if (file.Directory is { Exists: false } directory)
            {
                directory.Create();
            }

            long facts;
            await using (var stream = new FileStream(file.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                facts = await SyntheticGraph.WriteJsonLinesAsync(options, stream, cancellationToken);
            }

            await parseResult.InvocationConfiguration.Output.WriteLineAsync(
                $"Wrote {facts:N0} facts ({options.People:N0} people, {options.EffectiveLabs:N0} labs, seed {options.Seed}) to {file.FullName} in {watch.Elapsed.TotalSeconds:F1} s");
            return CliApplication.Ok;
        });
        return command;
    }
}
