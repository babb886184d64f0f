using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GraphExplorer.Web.Graph;
using GraphExplorer.Web.Hosting;

namespace GraphExplorer.Web.Tests.TestSupport;

/// <summary>Calls of the HTTP API as a client makes them, with the API's JSON settings.</summary>
public static class Api
{
    public static JsonSerializerOptions Json { get; } = ApiJson.Create();

    public static async Task<GraphPayload> GetGraphAsync(this HttpClient client, long? sinceRevision = null)
    {
        var url = sinceRevision is null ? "/api/graph" : $"/api/graph?sinceRevision={sinceRevision}";
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<GraphPayload>(Json))!;
    }

    public static Task<HttpResponseMessage> PostFactsAsync(this HttpClient client, string body, string contentType = "application/x-ndjson", string? apiKey = null, bool? skipInvalid = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, skipInvalid is null ? "/api/facts" : $"/api/facts?skipInvalid={(skipInvalid.Value ? "true" : "false")}")
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        if (apiKey is not null)
        {
            request.Headers.Add(WriteAccessExtensions.ApiKeyHeader, apiKey);
        }

        return client.SendAsync(request);
    }

    /// <summary>Posts facts that must load, and returns the answer.</summary>
    public static async Task<FactsAnswer> LoadAsync(this HttpClient client, string jsonLines, string? apiKey = null)
    {
        using var response = await client.PostFactsAsync(jsonLines, apiKey: apiKey);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST /api/facts answered {(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<FactsAnswer>(text, Json)!;
    }

    /// <summary>Reads a ProblemDetails answer, checking its media type and that its status matches the response's.</summary>
    public static async Task<JsonElement> ReadProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }
}

/// <summary>Small batches of facts about made-up people, distinct per index so every batch changes the graph.</summary>
public static class TestFacts
{
    public static string Batch(int index, string prefix = "Test")
    {
        var person = $"{prefix} Person {index}";
        var lab = $"{prefix} Lab {index % 7}";
        var article = $"{prefix.ToLowerInvariant()}-article-{index}";
        return $$"""
            {"type":"ARTICLE","id":"{{article}}","title":"Article {{index}}","language":"en","published":"2024-05"}
            {"type":"WORKED_AT","person":"{{person}}","lab":"{{lab}}","role":"Researcher","start":"2021","end":"2024-04","source":"{{article}}"}
            {"type":"LEFT_FOR","person":"{{person}}","from":"{{lab}}","to":"{{prefix}} Lab {{(index + 1) % 7}}","date":"2024-05","source":"{{article}}"}

            """;
    }
}
