using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphExplorer.Web.Queries;

/// <summary>
/// Source-generated JSON for the flows answer, the largest the API writes (a thousand pairs of a hundred people each):
/// the generated writer skips reflection and boxing. Its settings are the API's (<see cref="Hosting.ApiJson"/>:
/// camelCase names, nulls left out), so the wire and the OpenAPI description do not change.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FlowsAnswer))]
internal sealed partial class FlowsJsonContext : JsonSerializerContext;
