using System.Text.Json;
using EventFunctions.Annotations.APIGatewayEvents;

namespace EventFunctions.Annotations.Runtime;

/// <summary>
/// Reads a REST API proxy event (payload format 1.0) straight off a <see cref="Utf8JsonReader"/>.
/// </summary>
/// <remarks>
/// The handler reads exactly one event per invocation, so the first one decides the cold start. Through
/// <see cref="JsonSerializer"/> that first read builds the event's whole contract and JIT-compiles its generic
/// instantiations over <c>bool</c>, <c>long</c> and <c>JsonElement</c>, which ReadyToRun cannot precompile outside
/// the framework; this reader is plain code in this assembly. It accepts exactly what
/// <see cref="AnnotationsJsonContext"/> accepts and builds the same object (the tests hold the two side by side):
/// case-sensitive camelCase names, unknown properties skipped, the last of duplicate names wins, <c>null</c> for
/// any reference-typed member, no comments or trailing commas, depth at most 64.
/// </remarks>
public static class ProxyRequestReader
{
    /// <summary>The event, <see langword="null"/> for a JSON <c>null</c>.</summary>
    /// <exception cref="JsonException">The payload is not JSON or not shaped like a proxy event.</exception>
    public static APIGatewayProxyRequest? Read(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            Advance(ref reader);
            if (reader.TokenType == JsonTokenType.Null)
            {
                ExpectEnd(ref reader);
                return null;
            }

            var request = ReadRequest(ref reader);
            ExpectEnd(ref reader);
            return request;
        }
        catch (InvalidOperationException exception)
        {
            // Utf8JsonReader finds a bad string (invalid UTF-8, an escaped lone surrogate) only when decoding it,
            // and reports it this way; the serializer turns it into a JsonException too.
            throw new JsonException("The proxy event has a string that is not valid Unicode.", exception);
        }
    }

    private static APIGatewayProxyRequest ReadRequest(ref Utf8JsonReader reader)
    {
        var request = new APIGatewayProxyRequest();
        ExpectStartObject(ref reader);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("resource"u8)) { request.Resource = ReadString(ref reader); }
            else if (reader.ValueTextEquals("path"u8)) { request.Path = ReadString(ref reader); }
            else if (reader.ValueTextEquals("httpMethod"u8)) { request.HttpMethod = ReadString(ref reader); }
            else if (reader.ValueTextEquals("headers"u8)) { request.Headers = ReadStringMap(ref reader); }
            else if (reader.ValueTextEquals("multiValueHeaders"u8)) { request.MultiValueHeaders = ReadStringListMap(ref reader); }
            else if (reader.ValueTextEquals("queryStringParameters"u8)) { request.QueryStringParameters = ReadStringMap(ref reader); }
            else if (reader.ValueTextEquals("multiValueQueryStringParameters"u8)) { request.MultiValueQueryStringParameters = ReadStringListMap(ref reader); }
            else if (reader.ValueTextEquals("pathParameters"u8)) { request.PathParameters = ReadStringMap(ref reader); }
            else if (reader.ValueTextEquals("stageVariables"u8)) { request.StageVariables = ReadStringMap(ref reader); }
            else if (reader.ValueTextEquals("requestContext"u8)) { request.RequestContext = ReadRequestContext(ref reader); }
            else if (reader.ValueTextEquals("body"u8)) { request.Body = ReadString(ref reader); }
            else if (reader.ValueTextEquals("isBase64Encoded"u8)) { request.IsBase64Encoded = ReadBoolean(ref reader); }
            else { SkipValue(ref reader); }
        }

        return request;
    }

    private static ProxyRequestContext? ReadRequestContext(ref Utf8JsonReader reader)
    {
        if (!StartObjectOrNull(ref reader))
        {
            return null;
        }

        var context = new ProxyRequestContext();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("accountId"u8)) { context.AccountId = ReadString(ref reader); }
            else if (reader.ValueTextEquals("apiId"u8)) { context.ApiId = ReadString(ref reader); }
            else if (reader.ValueTextEquals("domainName"u8)) { context.DomainName = ReadString(ref reader); }
            else if (reader.ValueTextEquals("domainPrefix"u8)) { context.DomainPrefix = ReadString(ref reader); }
            else if (reader.ValueTextEquals("extendedRequestId"u8)) { context.ExtendedRequestId = ReadString(ref reader); }
            else if (reader.ValueTextEquals("httpMethod"u8)) { context.HttpMethod = ReadString(ref reader); }
            else if (reader.ValueTextEquals("path"u8)) { context.Path = ReadString(ref reader); }
            else if (reader.ValueTextEquals("protocol"u8)) { context.Protocol = ReadString(ref reader); }
            else if (reader.ValueTextEquals("requestId"u8)) { context.RequestId = ReadString(ref reader); }
            else if (reader.ValueTextEquals("requestTime"u8)) { context.RequestTime = ReadString(ref reader); }
            else if (reader.ValueTextEquals("requestTimeEpoch"u8)) { context.RequestTimeEpoch = ReadInt64(ref reader); }
            else if (reader.ValueTextEquals("resourceId"u8)) { context.ResourceId = ReadString(ref reader); }
            else if (reader.ValueTextEquals("resourcePath"u8)) { context.ResourcePath = ReadString(ref reader); }
            else if (reader.ValueTextEquals("stage"u8)) { context.Stage = ReadString(ref reader); }
            else if (reader.ValueTextEquals("identity"u8)) { context.Identity = ReadIdentity(ref reader); }
            else if (reader.ValueTextEquals("authorizer"u8)) { context.Authorizer = ReadElementMap(ref reader); }
            else { SkipValue(ref reader); }
        }

        return context;
    }

    private static RequestIdentity? ReadIdentity(ref Utf8JsonReader reader)
    {
        if (!StartObjectOrNull(ref reader))
        {
            return null;
        }

        var identity = new RequestIdentity();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("accessKey"u8)) { identity.AccessKey = ReadString(ref reader); }
            else if (reader.ValueTextEquals("accountId"u8)) { identity.AccountId = ReadString(ref reader); }
            else if (reader.ValueTextEquals("apiKey"u8)) { identity.ApiKey = ReadString(ref reader); }
            else if (reader.ValueTextEquals("apiKeyId"u8)) { identity.ApiKeyId = ReadString(ref reader); }
            else if (reader.ValueTextEquals("caller"u8)) { identity.Caller = ReadString(ref reader); }
            else if (reader.ValueTextEquals("cognitoAuthenticationProvider"u8)) { identity.CognitoAuthenticationProvider = ReadString(ref reader); }
            else if (reader.ValueTextEquals("cognitoAuthenticationType"u8)) { identity.CognitoAuthenticationType = ReadString(ref reader); }
            else if (reader.ValueTextEquals("cognitoIdentityId"u8)) { identity.CognitoIdentityId = ReadString(ref reader); }
            else if (reader.ValueTextEquals("cognitoIdentityPoolId"u8)) { identity.CognitoIdentityPoolId = ReadString(ref reader); }
            else if (reader.ValueTextEquals("principalOrgId"u8)) { identity.PrincipalOrgId = ReadString(ref reader); }
            else if (reader.ValueTextEquals("sourceIp"u8)) { identity.SourceIp = ReadString(ref reader); }
            else if (reader.ValueTextEquals("user"u8)) { identity.User = ReadString(ref reader); }
            else if (reader.ValueTextEquals("userAgent"u8)) { identity.UserAgent = ReadString(ref reader); }
            else if (reader.ValueTextEquals("userArn"u8)) { identity.UserArn = ReadString(ref reader); }
            else { SkipValue(ref reader); }
        }

        return identity;
    }

    private static Dictionary<string, string>? ReadStringMap(ref Utf8JsonReader reader) =>
        ReadMap(ref reader, static (ref Utf8JsonReader value) => ReadString(ref value)!);

    private static Dictionary<string, IList<string>>? ReadStringListMap(ref Utf8JsonReader reader) =>
        ReadMap<IList<string>>(ref reader, static (ref Utf8JsonReader value) => ReadStringList(ref value)!);

    private static Dictionary<string, JsonElement>? ReadElementMap(ref Utf8JsonReader reader) =>
        ReadMap(ref reader, static (ref Utf8JsonReader value) =>
        {
            Advance(ref value);
            return JsonElement.ParseValue(ref value);
        });

    /// <summary>An object of any property names, each value read by <paramref name="readValue"/>; the last of duplicate names wins.</summary>
    private static Dictionary<string, T>? ReadMap<T>(ref Utf8JsonReader reader, ValueReader<T> readValue)
    {
        if (!StartObjectOrNull(ref reader))
        {
            return null;
        }

        var map = new Dictionary<string, T>();
        while (NextProperty(ref reader))
        {
            var key = reader.GetString()!;
            map[key] = readValue(ref reader);
        }

        return map;
    }

    private static List<string>? ReadStringList(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Unexpected(ref reader, "an array");
        }

        var list = new List<string>();
        while (true)
        {
            Advance(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return list;
            }

            list.Add(CurrentString(ref reader)!);
        }
    }

    private static string? ReadString(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        return CurrentString(ref reader);
    }

    private static string? CurrentString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw Unexpected(ref reader, "a string"),
    };

    private static bool ReadBoolean(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw Unexpected(ref reader, "true or false"),
        };
    }

    private static long ReadInt64(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value)
            ? value
            : throw Unexpected(ref reader, "a 64-bit integer");
    }

    private static void ExpectStartObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Unexpected(ref reader, "an object");
        }
    }

    /// <summary>Moves to the next value: <see langword="false"/> for <c>null</c>, <see langword="true"/> at the start of an object.</summary>
    private static bool StartObjectOrNull(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return false;
        }

        ExpectStartObject(ref reader);
        return true;
    }

    /// <summary>Moves to the next property name of the current object; <see langword="false"/> at its end.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    private static void SkipValue(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        reader.Skip();
    }

    /// <summary>Reads the next token (the reader itself throws <see cref="JsonException"/> for malformed JSON).</summary>
    private static void Advance(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The payload ended before the proxy event did.");
        }
    }

    /// <summary>Nothing but whitespace may follow the event.</summary>
    private static void ExpectEnd(ref Utf8JsonReader reader)
    {
        if (reader.Read())
        {
            throw new JsonException("The payload continues after the proxy event.");
        }
    }

    private static JsonException Unexpected(ref Utf8JsonReader reader, string expected) =>
        new($"Expected {expected} at byte {reader.TokenStartIndex} of the proxy event, found {reader.TokenType}.");

    private delegate T ValueReader<out T>(ref Utf8JsonReader reader);
}
