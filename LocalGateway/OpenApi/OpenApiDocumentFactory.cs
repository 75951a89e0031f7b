using System.Text.Json.Nodes;
using EventFunctions.Annotations.Manifest;
using Microsoft.OpenApi;

namespace EventFunctions.LocalGateway.OpenApi;

/// <summary>
/// The OpenAPI 3.1 document of the API, derived from the function manifest (paths, methods, parameters, bodies)
/// plus <see cref="EventApiContract"/> (responses) and <see cref="ModelSchemas"/> (body schemas).
/// </summary>
internal static class OpenApiDocumentFactory
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
                Description = "Five Lambda functions behind API Gateway, served locally by LocalGateway. "
                    + "Errors are RFC 9457 problem details; lists page with Link: rel=\"next\".",
            },
            Servers = [new OpenApiServer { Url = "/", Description = "This LocalGateway (the prod stage's routes at the root)" }],
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
                Description = $"JSON, at most {body.MaxBytes} bytes.",
                Content = new Dictionary<string, IOpenApiMediaType>(StringComparer.Ordinal)
                {
                    [Json] = new OpenApiMediaType
                    {
                        Schema = EventApiContract.BodySchema(function.Name) is { } name
                            ? ModelSchemas.Reference(name, document)
                            : new OpenApiSchema { Type = JsonSchemaType.Object },
                    },
                },
            };
        }

        foreach (var response in EventApiContract.Responses(function.Name))
        {
            operation.Responses[response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)] =
                Response(response, document);
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
        };
        EventApiContract.Describe(parameter, target, schema);
        target.Schema = parameter.Array ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = schema } : schema;
        return target;
    }

    private static OpenApiResponse Response(ResponseSpec spec, OpenApiDocument document)
    {
        var response = new OpenApiResponse { Description = spec.Description };
        if (spec.Headers.Length > 0)
        {
            response.Headers = spec.Headers.ToDictionary(
                name => name, IOpenApiHeader (name) => ResponseHeaders.Reference(name, document), StringComparer.Ordinal);
        }

        (string MediaType, IOpenApiSchema Schema)? content = spec.Body switch
        {
            ResponseBody.Event => (Json, ModelSchemas.Reference(ModelSchemas.Event, document)),
            ResponseBody.EventList => (Json, new OpenApiSchema { Type = JsonSchemaType.Array, Items = ModelSchemas.Reference(ModelSchemas.Event, document) }),
            ResponseBody.Problem => (ProblemJson, ModelSchemas.Reference(ModelSchemas.ProblemDetails, document)),
            _ => null,
        };
        if (content is { } body)
        {
            response.Content = new Dictionary<string, IOpenApiMediaType>(StringComparer.Ordinal)
            {
                [body.MediaType] = new OpenApiMediaType { Schema = body.Schema },
            };
        }

        return response;
    }
}
