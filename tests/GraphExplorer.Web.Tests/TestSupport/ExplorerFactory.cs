using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Web.Tests.TestSupport;

/// <summary>
/// The real web host on an in-process server, with its own SQLite file in a fresh temporary folder (deleted on dispose),
/// so tests never share a store.
/// </summary>
public sealed class ExplorerFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly IPAddress? _remoteAddress;
    private readonly FailureLog _failures = new();

    public ExplorerFactory(IDictionary<string, string?>? settings = null, IPAddress? remoteAddress = null, string? dataPath = null)
    {
        Folder = Directory.CreateTempSubdirectory("graphexplorer-web-").FullName;
        DataPath = dataPath ?? Path.Combine(Folder, "graph.db");
        _remoteAddress = remoteAddress;
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["GraphExplorer:DataPath"] = DataPath,

            // The tests pin down answers on the seed; the talent-moves dataset has its own tests that turn it on.
            ["GraphExplorer:LoadTalentMovesWhenEmpty"] = "false",

            // Tests that wait for another process's write should not wait for a slow default.
            ["GraphExplorer:ExternalChangePollInterval"] = "00:00:00.200",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>Gets the temporary folder this host owns.</summary>
    public string Folder { get; }

    /// <summary>Gets the SQLite file of this host's store.</summary>
    public string DataPath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The shipped behaviour (no developer exception page) is what the tests pin down.
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddProvider(_failures));
        if (_remoteAddress is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddressStartupFilter(_remoteAddress)));
        }
    }

    /// <summary>
    /// Starts the host expecting it to fail, and returns every message of the failure: the exception thrown here and the
    /// ones the host logged as errors. The logged one is what a user sees; the thrown one is not always the cause, since
    /// when a start fails, WebApplicationFactory sometimes reports the disposal of the failed host
    /// (<see cref="ObjectDisposedException"/>) instead, depending on which of its threads gets there first.
    /// </summary>
    public string StartFailure()
    {
        var thrown = Record.Exception(() => CreateClient());
        Assert.True(thrown is not null, "the host started although it should have refused to");
        return string.Join(" | ", Messages(thrown).Concat(_failures.Exceptions.SelectMany(Messages)));
    }

    private static IEnumerable<string> Messages(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return $"{e.GetType().Name}: {e.Message}";
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Messages))
                {
                    yield return inner;
                }
            }
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process the test started; the OS temp cleaner gets it.
        }
    }

    /// <summary>Makes every request look as if it came from <paramref name="address"/> (the in-process server has no peer).</summary>
    private sealed class RemoteAddressStartupFilter(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>Keeps the exceptions the host logs as errors (a failed start logs its cause).</summary>
    private sealed class FailureLog : ILoggerProvider, ILogger
    {
        public System.Collections.Concurrent.ConcurrentQueue<Exception> Exceptions { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel) && exception is not null)
            {
                Exceptions.Enqueue(exception);
            }
        }

        public void Dispose()
        {
        }
    }
}
