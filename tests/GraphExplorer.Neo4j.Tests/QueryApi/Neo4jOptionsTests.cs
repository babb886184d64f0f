using GraphExplorer.Neo4j.QueryApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Neo4j.Tests.QueryApi;

public sealed class Neo4jOptionsTests
{
    private static readonly Neo4jOptionsValidator s_validator = new();

    [Fact]
    public void Validate_WhenUriAndPasswordAreGiven_AcceptsTheDefaults()
    {
        var options = new Neo4jOptions { Uri = new Uri("http://localhost:7474"), Password = "local-password" };

        Assert.True(s_validator.Validate(null, options).Succeeded);
        Assert.Equal(("neo4j", "neo4j", TimeSpan.FromSeconds(30), 3), (options.User, options.Database, options.Timeout, options.MaxRetries));
    }

    [Theory]
    [InlineData(null, "pw", "neo4j", "GraphExplorer:Neo4j:Uri is required")]
    [InlineData("bolt://localhost:7687", "pw", "neo4j", "must be an absolute http:// or https:// address")]
    [InlineData("http://localhost:7474", null, "neo4j", "GraphExplorer:Neo4j:Password is required")]
    [InlineData("http://localhost:7474", "pw", "../admin", "GraphExplorer:Neo4j:Database '../admin' is not a Neo4j database name")]
    public void Validate_WhenASettingIsWrong_NamesItsKey(string? uri, string? password, string database, string expected)
    {
        var options = new Neo4jOptions { Uri = uri is null ? null : new Uri(uri), Password = password, Database = database };

        var result = s_validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WhenLimitsAreOutOfRange_ReportsEveryProblem()
    {
        var options = new Neo4jOptions
        {
            Uri = new Uri("http://localhost:7474"),
            Password = "pw",
            Timeout = TimeSpan.Zero,
            MaxRetries = 11,
            RetryDelay = TimeSpan.FromMinutes(5),
        };

        var failures = s_validator.Validate(null, options).Failures!.ToList();

        Assert.Equal(3, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("GraphExplorer:Neo4j:Timeout", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("GraphExplorer:Neo4j:MaxRetries", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("GraphExplorer:Neo4j:RetryDelay", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddNeo4jQueryApi_WhenConfigured_BindsTheSectionAndTalksToThatServer()
    {
        await using var fake = await FakeNeo4j.StartAsync(202, """{"data":{"fields":["ok"],"values":[[{"$type":"Integer","_value":"1"}]]}}""");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GraphExplorer:Neo4j:Uri"] = fake.Uri.ToString(),
            ["GraphExplorer:Neo4j:Password"] = "configured-pw",
            ["GraphExplorer:Neo4j:Database"] = "talent",
            ["GraphExplorer:Neo4j:Timeout"] = "00:00:07",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddNeo4jQueryApi();
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<QueryApiClient>();
        await client.RunAsync("RETURN 1 AS ok", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(TimeSpan.FromSeconds(7), provider.GetRequiredService<IOptions<Neo4jOptions>>().Value.Timeout);
        Assert.Equal("/db/talent/query/v2", Assert.Single(fake.Requests).Path);
    }

    [Fact]
    public void AddNeo4jQueryApi_WhenUriIsMissing_FailsNamingTheKey()
    {
        var services = new ServiceCollection().AddSingleton<IConfiguration>(new ConfigurationBuilder().Build()).AddLogging();
        services.AddNeo4jQueryApi();
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<QueryApiClient>());

        Assert.Contains("GraphExplorer:Neo4j:Uri is required", ex.Message, StringComparison.Ordinal);
    }
}
