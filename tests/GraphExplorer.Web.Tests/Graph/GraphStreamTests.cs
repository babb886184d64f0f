using System.Net;
using System.Text.Json;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Web.Graph;
using GraphExplorer.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Web.Tests.Graph;

/// <summary>
/// GET /api/graph is written from the embedded store's arrays, not serialized from records: byte for byte, it must be
/// what serializing the records would give, whole, since a revision and as of a date, on a store reopened from its image.
/// </summary>
public sealed class GraphStreamTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetGraph_StoreReopened_EveryAnswerIsTheSerializedPayloadByteForByte()
    {
        using var folder = new TempFolder();
        var dataPath = Path.Combine(folder.Path, "graph.db");
        long seeded;
        await using (var first = new ExplorerFactory(dataPath: dataPath))
        {
            using var client = first.CreateClient();
            seeded = (await client.GetGraphAsync()).Revision;
            await client.LoadAsync(TestFacts.Batch(1) + TestFacts.Batch(2) + Escaped);
        }

        await using var second = new ExplorerFactory(dataPath: dataPath);
        using var reopened = second.CreateClient();
        var store = second.Services.GetRequiredService<IGraphStore>();
        var json = second.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var whole = await store.GetChangesSinceAsync(0, int.MaxValue, Ct);

        await AssertAnswersAsync(reopened, "/api/graph", whole.ToPayload(), json);
        await AssertAnswersAsync(reopened, $"/api/graph?sinceRevision={seeded}", (await store.GetChangesSinceAsync(seeded, int.MaxValue, Ct)).ToPayload(), json);
        foreach (var asOf in new[] { "1999", "2021-06", "2024-05", "2026" })
        {
            await AssertAnswersAsync(reopened, $"/api/graph?asOf={asOf}", AsOf.Filter(whole, PartialDate.Parse(asOf)).ToPayload(), json);
        }
    }

    // A name the writer must escape as the serializer does: quotes, HTML-sensitive characters, non-ASCII letters.
    private const string Escaped = """
        {"type":"ARTICLE","id":"escaped-article","title":"Zoë's \"move\" <b>","language":"fr","published":"2022-03-04"}
        {"type":"WORKED_AT","person":"Zoë <Łukasz> & \"Q\"","lab":"Test Lab 1","role":"Chef d'équipe","start":"2021","source":"escaped-article"}

        """;

    private static async Task AssertAnswersAsync(HttpClient client, string url, GraphPayload expected, JsonSerializerOptions json)
    {
        using var response = await client.GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonSerializer.Serialize(expected, json) == body, $"{url} differs from the serialized payload");
    }
}
