using System.Text.Json;
using EventFunctions.Annotations.APIGateway;
using EventFunctions.Annotations.APIGatewayEvents;

namespace EventFunctions.Annotations.Runtime;

/// <summary>
/// Writes the proxy response and problem bodies with a <see cref="Utf8JsonWriter"/>: on a cold start the first
/// <see cref="JsonSerializer"/> call costs ~15 ms of setup before it writes a byte, which these few properties do not
/// need. The output is exactly <see cref="AnnotationsJsonContext"/>'s (camelCase, nulls left out); the tests hold the
/// two side by side.
/// </summary>
public static class ProxyResponseWriter
{
    public static byte[] ToUtf8Bytes(APIGatewayProxyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return ReusableJsonWriter.ToUtf8Bytes(response, Write);
    }

    public static string ToText(ProblemDetails problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return ReusableJsonWriter.ToText(problem, Write);
    }

    private static void Write(Utf8JsonWriter json, APIGatewayProxyResponse response)
    {
        json.WriteStartObject();
        json.WriteNumber("statusCode"u8, response.StatusCode);
        if (response.Headers is { } headers)
        {
            json.WriteStartObject("headers"u8);
            foreach (var (name, value) in headers)
            {
                json.WriteString(name, value);
            }

            json.WriteEndObject();
        }

        if (response.MultiValueHeaders is { } multiValueHeaders)
        {
            json.WriteStartObject("multiValueHeaders"u8);
            foreach (var (name, values) in multiValueHeaders)
            {
                WriteStrings(json, name, values);
            }

            json.WriteEndObject();
        }

        if (response.Body is { } body)
        {
            json.WriteString("body"u8, body);
        }

        json.WriteBoolean("isBase64Encoded"u8, response.IsBase64Encoded);
        json.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter json, ProblemDetails problem)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, problem.Type);
        json.WriteString("title"u8, problem.Title);
        json.WriteNumber("status"u8, problem.Status);
        if (problem.Detail is { } detail)
        {
            json.WriteString("detail"u8, detail);
        }

        if (problem.RequestId is { } requestId)
        {
            json.WriteString("requestId"u8, requestId);
        }

        if (problem.Errors is { } errors)
        {
            json.WriteStartObject("errors"u8);
            foreach (var (field, messages) in errors)
            {
                WriteStrings(json, field, messages);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string>? values)
    {
        if (values is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
