using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Graph;

namespace GraphExplorer.Cli.Loading;

/// <summary>
/// Sends each file to a running explorer (<c>POST /api/facts</c>, one file per request, streamed) instead of writing
/// the store directly, so the views open in browsers update as the batches commit.
/// </summary>
public sealed class ServerLoader(HttpClient http, string? apiKey, bool skipInvalid)
{
    public const string ApiKeyHeader = "X-Api-Key";

    public const string ApiKeyVariable = "GRAPHEXPLORER_API_KEY";

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public async Task<LoadReport> LoadAsync(IReadOnlyList<string> files, IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var counts = LoadCounts.Zero;
        var errors = new List<FactError>();
        var batches = new List<BatchReport>();
        long revision = 0;
        foreach (var file in files)
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
            using var content = new StreamContent(new ReadCountingStream(stream, read => progress?.Report(new LoadProgress(file, read, stream.Length, 0))), 1 << 16);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
            using var request = new HttpRequestMessage(HttpMethod.Post, $"api/facts?skipInvalid={(skipInvalid ? "true" : "false")}") { Content = content };
            if (!string.IsNullOrEmpty(apiKey))
            {
                request.Headers.Add(ApiKeyHeader, apiKey);
            }

            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException ex)
            {
                throw new InvalidOperationException($"cannot reach the explorer at {http.BaseAddress}: {ex.Message}", ex);
            }

            using (response)
            {
                var answer = await ReadAnswerAsync(response, cancellationToken);
                var rejected = answer?.Rejected?.Select(r => new FactError(new FactLocation(r.Location ?? file, 0), r.Message ?? "rejected")).ToList() ?? [];
                errors.AddRange(rejected);
                if (response.IsSuccessStatusCode && answer is not null)
                {
                    var added = answer.Added ?? CountsDto.Zero;
                    var existing = answer.Existing ?? CountsDto.Zero;
                    var batchCounts = new LoadCounts(added.People, existing.People, added.Labs, existing.Labs, added.Edges, existing.Edges, added.Articles, existing.Articles);
                    counts += batchCounts;
                    revision = Math.Max(revision, answer.Revision);
                    batches.Add(new BatchReport(file, 0, BatchStatus.Committed, answer.Revision, batchCounts, null));
                }
                else
                {
                    var reason = Reason(response.StatusCode, answer);
                    if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                    {
                        throw new InvalidOperationException(reason);
                    }

                    batches.Add(new BatchReport(file, 0, BatchStatus.Rejected, 0, LoadCounts.Zero, reason));
                }
            }
        }

        return new LoadReport(counts, RejectedCounts.Zero with { InvalidLines = errors.Count }, errors, errors.Count, batches, revision);
    }

    private static async Task<FactsAnswer?> ReadAnswerAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<FactsAnswer>(s_json, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Reason(HttpStatusCode status, FactsAnswer? answer) => status switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
            $"the explorer refused the write ({(int)status}): give its API key with --api-key or {ApiKeyVariable}" + (answer?.Detail is { } d ? $" ({d})" : string.Empty),
        _ => $"the explorer answered {(int)status} {status}" + (answer?.Detail is { } detail ? $": {detail}" : string.Empty),
    };

    private sealed record FactsAnswer(long Revision, CountsDto? Added, CountsDto? Existing, List<RejectedDto>? Rejected, string? Detail);

    private sealed record CountsDto(int People, int Labs, int Edges, int Articles)
    {
        public static CountsDto Zero { get; } = new(0, 0, 0, 0);
    }

    private sealed record RejectedDto(string? Location, string? Message);
}
