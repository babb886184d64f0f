using System.Reflection;
using System.Text.Json;
using GraphExplorer.Core.Graph;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Web.Graph;

/// <summary>
/// A <see cref="GraphPayload"/> answer. From a store that holds the graph in memory it is written straight from the
/// graph's arrays to the response, a few thousand elements at a time under the store's read lock, so a million people
/// never exist as records, DTOs or one JSON document (that took about 1.6 GB at once); other stores' payloads are
/// serialized as usual. Either way the wire shape is <see cref="GraphPayload"/>'s, which the API document describes.
/// </summary>
public sealed class GraphPayloadResult : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    /// <summary>Elements written per hold of the read lock: big enough to keep the flushes few, small enough that a writer waits milliseconds.</summary>
    private const int ElementsPerPart = 4096;

    private readonly ITalentGraphReader? _reader;
    private readonly GraphExport? _export;
    private readonly GraphPayload? _payload;

    private GraphPayloadResult(ITalentGraphReader? reader, GraphExport? export, GraphPayload? payload) =>
        (_reader, _export, _payload) = (reader, export, payload);

    public int? StatusCode => StatusCodes.Status200OK;

    /// <summary>The answer selected by <paramref name="select"/> from the graph <paramref name="reader"/> holds, streamed.</summary>
    public static GraphPayloadResult Stream(ITalentGraphReader reader, Func<TalentGraph, GraphExport> select)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new(reader, reader.Read(select), null);
    }

    /// <summary>An answer already built (stores that hold no graph in memory).</summary>
    public static GraphPayloadResult Of(GraphPayload payload) => new(null, null, payload ?? throw new ArgumentNullException(nameof(payload)));

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(GraphPayload), ["application/json"]));
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var json = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var response = httpContext.Response;
        var cancellationToken = httpContext.RequestAborted;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        if (_payload is not null)
        {
            await JsonSerializer.SerializeAsync(response.Body, _payload, json, cancellationToken);
            return;
        }

        var body = response.BodyWriter;
        await using var writer = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = json.Encoder, Indented = json.WriteIndented });
        var export = _export!;
        bool done;
        do
        {
            // A store reloaded meanwhile (another process reset it) holds another graph: WriteExport refuses it, and
            // the answer, already begun, ends as a broken response rather than a mix of two graphs.
            done = _reader!.Read(graph => graph.WriteExport(export, writer, ElementsPerPart));
            writer.Flush();
            await body.FlushAsync(cancellationToken);
        }
        while (!done);
    }
}
