using System.CommandLine;
using GraphExplorer.Cli.Bench;
using GraphExplorer.Cli.Commands;

namespace GraphExplorer.Cli;

/// <summary>
/// The command tree and the one place where failures become exit codes: 0 done, 1 rejected input or a failure,
/// 2 a usage error. No exception ever reaches the user as a stack trace.
/// </summary>
public static class CliApplication
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int UsageError = 2;

    public static RootCommand BuildRoot() => new("GraphExplorer: load talent-graph facts and articles, generate synthetic graphs, measure.")
    {
        LoadCommand.Create(),
        IngestCommand.Create(),
        EvalCommand.Create(),
        TrainCommand.Create(),
        GenerateCommand.Create(),
        TckCommand.Create(),
        BenchCommand.Create(
            LoadBenchmark.Create(),
            QueryBenchmark.Create(),
            LiveBenchmark.Create(),
            IngestBenchmarkCommand.Create()),
    };

    /// <summary>Runs the command line; <paramref name="output"/> and <paramref name="error"/> default to the console (tests pass writers).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        output ??= Console.Out;
        error ??= Console.Error;
        try
        {
            var parseResult = BuildRoot().Parse(args);
            if (parseResult.Errors.Count > 0)
            {
                foreach (var parseError in parseResult.Errors)
                {
                    await error.WriteLineAsync($"error: {parseError.Message}");
                }

                await error.WriteLineAsync("Run with --help to see the commands and their options.");
                return UsageError;
            }

            var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            return await parseResult.InvokeAsync(configuration, cancellationToken);
        }
        catch (CliUsageException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return UsageError;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("cancelled: nothing from the batch in progress was written.");
            return Failed;
        }
        catch (Exception ex)
        {
            // The last line of defence: a clean message, never a stack trace.
            await error.WriteLineAsync($"error: {Describe(ex)}");
            return Failed;
        }
    }

    private static string Describe(Exception ex)
    {
        var message = ex.Message;
        for (var inner = ex.InnerException; inner is not null && !message.Contains(inner.Message, StringComparison.Ordinal); inner = inner.InnerException)
        {
            message += $" ({inner.Message})";
        }

        return message;
    }
}

/// <summary>The command line was used wrongly (a bad option value, a path that does not exist): exit code 2.</summary>
public sealed class CliUsageException(string message) : Exception(message)
{
    /// <summary>
    /// A setting refused by its own validation, told in the command line's words: the option's name instead of the
    /// property's, without .NET's "(Parameter 'People')" suffix (<c>--people must be at least 2 (was 0).</c>).
    /// </summary>
    public static CliUsageException ForOption(ArgumentException refused)
    {
        ArgumentNullException.ThrowIfNull(refused);
        var parameter = refused.ParamName;
        var message = parameter is null ? refused.Message : refused.Message.Replace($" (Parameter '{parameter}')", string.Empty, StringComparison.Ordinal);
        if (parameter is null)
        {
            return new CliUsageException(message);
        }

        var option = "--" + string.Concat(parameter.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
        return new CliUsageException(message.StartsWith(parameter, StringComparison.Ordinal) ? option + message[parameter.Length..] : $"{option}: {message}");
    }
}
