using System.Text.Json;

namespace EventFunctions.LocalGateway.Lambda;

/// <summary>An unhandled function error, serialized as Lambda returns it: <c>{"errorType", "errorMessage"}</c>.</summary>
internal sealed record FunctionError(string ErrorType, string ErrorMessage)
{
    public byte[] ToJsonBytes()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("errorType", ErrorType);
            json.WriteString("errorMessage", ErrorMessage);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
