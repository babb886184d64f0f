using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;

namespace GraphExplorer.Neo4j.Tests.Contract;

/// <summary>
/// A real Neo4j (<c>neo4j:5.26-community</c>) in Docker for the contract tests, started once per test class. Where no
/// Docker engine is reachable (this machine, for one) <see cref="SkipReason"/> says so and the tests skip with it.
/// </summary>
public sealed class Neo4jContainer : IAsyncLifetime
{
    public const string Image = "neo4j:5.26-community";
    public const string Password = "contract-tests-1";
    private IContainer? _container;

    /// <summary>Gets why the tests cannot run here, or null when Neo4j is up.</summary>
    public string? SkipReason { get; private set; }

    /// <summary>Gets the address of Neo4j's HTTP connector.</summary>
    public Uri? Uri { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (TestcontainersSettings.OS.DockerEndpointAuthConfig is null)
        {
            SkipReason = $"No Docker engine is reachable here, so there is no real Neo4j ({Image}) to run the contract against; the emulated Query API and the embedded store run it instead.";
            return;
        }

        try
        {
            _container = new ContainerBuilder(Image)
                .WithEnvironment("NEO4J_AUTH", "neo4j/" + Password)
                .WithPortBinding(7474, assignRandomHostPort: true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request => request.ForPort(7474).ForPath("/")))
                .Build();
            await _container.StartAsync(TestContext.Current.CancellationToken);
            Uri = new UriBuilder("http", _container.Hostname, _container.GetMappedPublicPort(7474)).Uri;
        }
        catch (DockerUnavailableException ex)
        {
            SkipReason = $"Docker is not available ({ex.Message}), so there is no real Neo4j ({Image}) to run the contract against.";
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}
