using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace GraphExplorer.Web.Hosting;

/// <summary>
/// The interactive reference of the OpenAPI document (<c>/openapi/v1.json</c>) at <c>/scalar</c>. Scalar.AspNetCore
/// serves its own script and styles from the assembly, so the page works without network access. The document states
/// the errors every route shares, so no route's reference leaves them out: a 400 ProblemDetails where the route takes
/// parameters or a body, and ProblemDetails as the answer to anything else that goes wrong.
/// </summary>
public static class ApiReferenceExtensions
{
    /// <summary>Where the reference is served.</summary>
    public const string Path = "/scalar";

    private const string ProblemJson = "application/problem+json";

    public static IHostApplicationBuilder AddApiReference(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<OpenApiOptions>("v1", options =>
        {
            options.AddOperationTransformer(DocumentProblemsAsync);
            options.AddSchemaTransformer(NumbersAsWritten);
        });
        return builder;
    }

    public static WebApplication MapApiReference(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapScalarApiReference(Path, options => options
            .WithTitle("GraphExplorer API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        return app;
    }

    private static async Task DocumentProblemsAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Responses ??= [];
        var problem = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
        var takesInput = operation.Parameters is { Count: > 0 } || operation.RequestBody is not null;
        if (takesInput && !operation.Responses.ContainsKey("400"))
        {
            operation.Responses["400"] = Problem(problem, "A parameter or the body is not valid: the problem names it (ProblemDetails).");
        }

        if (!operation.Responses.ContainsKey("default"))
        {
            operation.Responses["default"] = Problem(problem, "Any other error, as ProblemDetails (status, title, detail).");
        }
    }

    /// <summary>
    /// The API writes numbers as JSON numbers; the document said "number or numeric string" because the web JSON
    /// defaults also read numbers from strings. Stating what is written keeps generated clients (the page's wire types)
    /// from typing every revision and count as <c>number | string</c>.
    /// </summary>
    private static Task NumbersAsWritten(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.String) && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        return Task.CompletedTask;
    }

    private static OpenApiResponse Problem(IOpenApiSchema schema, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { [ProblemJson] = new() { Schema = schema } },
    };
}
