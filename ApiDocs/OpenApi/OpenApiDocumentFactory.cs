using System.Globalization;
using System.Text.Json.Nodes;
using EventFunctions.Annotations.Manifest;
using Microsoft.OpenApi;

namespace EventFunctions.ApiDocs.OpenApi;

/// <summary>
/// The OpenAPI 3.1 document of the API, from the function manifest alone: paths, methods, parameters (with their
/// documentation and examples), request bodies and each function's declared responses. The schemas come from
/// <see cref="ModelSchemas"/>, the parameter rules from <see cref="ParameterRules"/>, both read off the event contract.
/// </summary>
public static class OpenApiDocumentFactory
{
    private const string ProblemJson = "application/problem+json";
    private const string Json = "application/json";

    public static OpenApiDocument Create(FunctionManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var document = new OpenApiDocument
        {
            Info = new OpenApiInfo
            {
                Title = "EventFunctions: Event Management API",
                Version = "1.0.0",
                Description = "Five Lambda functions behind API Gateway. "
                    + "Errors are RFC 9457 problem details; lists page with Link: rel=\"next\".",
            },
            // Relative to where the document is served: the stage root, deployed (/prod/) and on LocalGateway (/).
            Servers = [new OpenApiServer { Url = "./", Description = "The stage that serves this document" }],
            Paths = [],
        };
        ModelSchemas.AddTo(document);
        ResponseHeaders.AddTo(document);
        foreach (var route in manifest.Functions.GroupBy(f => f.Path, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var item = new OpenApiPathItem { Operations = [] };
            foreach (var function in route)
            {
                item.Operations[new HttpMethod(function.HttpMethod.ToUpperInvariant())] = Operation(function, document);
            }

            document.Paths[route.Key] = item;
        }

        return document;
    }

    public static Task<string> ToJsonAsync(OpenApiDocument document) =>
        document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1);

    private static OpenApiOperation Operation(FunctionDescriptor function, OpenApiDocument document)
    {
        var operation = new OpenApiOperation
        {
            OperationId = function.Name,
            Summary = function.Summary,
            Description = $"Lambda function {function.Name} ({function.Handler}).",
            Parameters = [.. function.Parameters.Select(Parameter)],
            Responses = [],
        };
        if (function.Body is { } body)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = body.Required,
                Description = string.Create(CultureInfo.InvariantCulture, $"JSON, at most {body.MaxBytes} bytes."),
                Content = new Dictionary<string, IOpenApiMediaType>(StringComparer.Ordinal)
                {
                    [Json] = new OpenApiMediaType
                    {
                        Schema = ModelSchemas.Reference(body.Schema, document),
                        Example = ModelSchemas.Example(body.Schema),
                    },
                },
            };
        }

        // The document is the HTTP API's: what only a hand-made direct invocation can get is not part of it.
        foreach (var status in function.Responses.Where(r => !r.DirectInvocationOnly).GroupBy(r => r.Status).OrderBy(g => g.Key))
        {
            operation.Responses[status.Key.ToString(CultureInfo.InvariantCulture)] = Response(function, [.. status], document);
        }

        return operation;
    }

    private static OpenApiParameter Parameter(ParameterDescriptor parameter)
    {
        var schema = new OpenApiSchema
        {
            Type = OpenApiTypeMapper.ToJsonSchemaType(parameter.Type),
            Format = parameter.Format,
            Enum = parameter.Enum.Count == 0 ? null : [.. parameter.Enum.Select(value => (JsonNode)JsonValue.Create(value))],
        };
        var target = new OpenApiParameter
        {
            Name = parameter.Name,
            In = parameter.In switch
            {
                "route" => ParameterLocation.Path,
                "query" => ParameterLocation.Query,
                "header" => ParameterLocation.Header,
                _ => throw new InvalidOperationException($"Parameter '{parameter.Name}' is in an unknown place '{parameter.In}'."),
            },
            Required = parameter.Required || parameter.In == "route",
            Description = parameter.Description,
            Example = parameter.Example is { } example ? Value(example, schema.Type) : null,
        };
        ParameterRules.Apply(parameter, target, schema);
        target.Schema = parameter.Array ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = schema } : schema;
        return target;
    }

    /// <summary>
    /// One status of an operation. The function's declaration and the generated handler's own answer can share a
    /// status (a 400 for a bad If-Match and for a body that is not JSON): both meanings are listed.
    /// </summary>
    private static OpenApiResponse Response(FunctionDescriptor function, IReadOnlyList<ResponseDescriptor> declared, OpenApiDocument document)
    {
        var bodies = declared.Select(r => (r.Body, r.BodyIsArray)).Distinct().ToList();
        if (bodies.Count > 1)
        {
            throw new InvalidOperationException(
                $"{function.Name} declares {declared[0].Status} with different bodies: {string.Join(", ", bodies.Select(b => b.Body ?? "none"))}.");
        }

        var response = new OpenApiResponse { Description = string.Join(" Or: ", declared.Select(r => r.Description).Distinct(StringComparer.Ordinal)) };
        var headers = declared.SelectMany(r => r.Headers).Distinct(StringComparer.Ordinal).ToList();
        if (headers.Count > 0)
        {
            response.Headers = headers.ToDictionary(
                name => name, IOpenApiHeader (name) => ResponseHeaders.Reference(name, document), StringComparer.Ordinal);
        }

        if (bodies[0] is ({ } type, var isArray))
        {
            var schema = ModelSchemas.Reference(type, document);
            response.Content = new Dictionary<string, IOpenApiMediaType>(StringComparer.Ordinal)
            {
                [declared[0].Status >= 400 ? ProblemJson : Json] = new OpenApiMediaType
                {
                    Schema = isArray ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = schema } : schema,
                },
            };
        }

        return response;
    }

    private static JsonValue Value(string text, JsonSchemaType? type) =>
        type == JsonSchemaType.Integer && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? JsonValue.Create(number)
            : JsonValue.Create(text);
}
