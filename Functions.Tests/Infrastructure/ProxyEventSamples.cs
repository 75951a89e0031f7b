using System.Text.Json.Nodes;

namespace EventFunctions.Tests.Infrastructure;

/// <summary>The API Gateway REST proxy events in <c>events-samples/</c>, as files and as editable JSON.</summary>
internal static class ProxyEventSamples
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "events-samples");

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));

    /// <summary>A sample to vary: edit the returned node, then <c>ToJsonString()</c> it.</summary>
    public static JsonObject Edit(string name) => JsonNode.Parse(Read(name))!.AsObject();

    /// <summary>Every file under <c>events-samples/bad/</c>, by relative name.</summary>
    public static IEnumerable<string> Bad() =>
        Directory.GetFiles(Path.Combine(Folder, "bad"), "*.json")
            .Select(path => "bad/" + Path.GetFileName(path))
            .Order(StringComparer.Ordinal);

    /// <summary>Sets a single-value header in both header maps, as API Gateway fills them.</summary>
    public static JsonObject WithHeader(this JsonObject proxyEvent, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(proxyEvent);
        proxyEvent["headers"]![name] = value;
        proxyEvent["multiValueHeaders"]![name] = new JsonArray(value);
        return proxyEvent;
    }

    public static JsonObject WithBody(this JsonObject proxyEvent, string body)
    {
        ArgumentNullException.ThrowIfNull(proxyEvent);
        proxyEvent["body"] = body;
        return proxyEvent;
    }
}
