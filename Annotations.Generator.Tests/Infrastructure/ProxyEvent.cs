using System.Text.Json;
using System.Text.Json.Nodes;

namespace EventFunctions.Annotations.Generator.Tests.Infrastructure;

/// <summary>Builds REST API proxy events (payload 1.0) the way API Gateway sends them.</summary>
internal sealed class ProxyEvent
{
    public required string HttpMethod { get; init; }

    public required string Resource { get; init; }

    public required string Path { get; init; }

    public Dictionary<string, string> PathParameters { get; init; } = [];

    public Dictionary<string, string[]> Query { get; init; } = [];

    public Dictionary<string, string> Headers { get; init; } = [];

    public string? Body { get; init; }

    public bool IsBase64Encoded { get; init; }

    public string RequestId { get; init; } = "c6af9ac6-7b61-11e6-9a41-93e8deadbeef";

    /// <summary><c>requestContext.authorizer</c>, as a Cognito authorizer fills it; none without one.</summary>
    public JsonObject? Authorizer { get; init; }

    /// <summary><c>requestContext.identity.userArn</c>, as AWS_IAM fills it.</summary>
    public string? UserArn { get; init; }

    public string ToJson()
    {
        var json = new JsonObject
        {
            ["resource"] = Resource,
            ["path"] = Path,
            ["httpMethod"] = HttpMethod,
            ["headers"] = Headers.Count == 0 ? null : Object(Headers.Select(h => (h.Key, (JsonNode?)h.Value))),
            ["multiValueHeaders"] = Headers.Count == 0 ? null : Object(Headers.Select(h => (h.Key, (JsonNode?)new JsonArray(h.Value)))),
            ["queryStringParameters"] = Query.Count == 0 ? null : Object(Query.Select(q => (q.Key, (JsonNode?)q.Value[^1]))),
            ["multiValueQueryStringParameters"] = Query.Count == 0 ? null : Object(Query.Select(q => (q.Key, (JsonNode?)new JsonArray([.. q.Value.Select(v => (JsonNode?)v)])))),
            ["pathParameters"] = PathParameters.Count == 0 ? null : Object(PathParameters.Select(p => (p.Key, (JsonNode?)p.Value))),
            ["stageVariables"] = null,
            ["requestContext"] = new JsonObject
            {
                ["accountId"] = "123456789012",
                ["apiId"] = "1234567890",
                ["httpMethod"] = HttpMethod,
                ["path"] = "/prod" + Path,
                ["protocol"] = "HTTP/1.1",
                ["requestId"] = RequestId,
                ["requestTimeEpoch"] = 1700000000000,
                ["resourceId"] = "abc123",
                ["resourcePath"] = Resource,
                ["stage"] = "prod",
                ["identity"] = new JsonObject { ["sourceIp"] = "127.0.0.1", ["userAgent"] = "tests", ["userArn"] = UserArn },
                ["authorizer"] = Authorizer?.DeepClone(),
            },
            ["body"] = Body,
            ["isBase64Encoded"] = IsBase64Encoded,
        };
        return json.ToJsonString();
    }

    private static JsonObject Object(IEnumerable<(string Key, JsonNode? Value)> pairs) =>
        new(pairs.Select(p => KeyValuePair.Create(p.Key, p.Value)));
}

/// <summary>What a handler returned, parsed.</summary>
internal sealed record ProxyResult(int StatusCode, IReadOnlyDictionary<string, string> Headers, string? Body)
{
    public JsonElement Json => JsonDocument.Parse(Body ?? "null").RootElement;

    public static ProxyResult Parse(Stream output)
    {
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (root.TryGetProperty("headers", out var single) && single.ValueKind == JsonValueKind.Object)
        {
            foreach (var header in single.EnumerateObject())
            {
                headers[header.Name] = header.Value.GetString() ?? string.Empty;
            }
        }

        var body = root.TryGetProperty("body", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
        return new ProxyResult(root.GetProperty("statusCode").GetInt32(), headers, body);
    }
}
