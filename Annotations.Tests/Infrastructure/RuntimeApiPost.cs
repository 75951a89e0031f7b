using System.Text;
using System.Text.Json;

namespace EventFunctions.Annotations.Tests.Infrastructure;

public enum RuntimeApiPostKind
{
    Response,
    Error,
    InitError,
}

/// <summary>One post the runtime made to the fake Runtime API.</summary>
public sealed record RuntimeApiPost(RuntimeApiPostKind Kind, string? RequestId, byte[] Body, string? ErrorTypeHeader, string? ContentType)
{
    public string Text => Encoding.UTF8.GetString(Body);

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
