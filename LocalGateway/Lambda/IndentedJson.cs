using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace EventFunctions.LocalGateway.Lambda;

/// <summary>A log line that is one JSON object, rewritten indented for a human; anything else is left alone.</summary>
internal static class IndentedJson
{
    // Relaxed escaping: the console shows the text as it reads (this output is never parsed or served).
    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The object indented (lines separated by <c>\n</c>), or <c>null</c> when the line is not one JSON object.</summary>
    public static string? TryIndent(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.AsSpan().TrimStart().StartsWith("{", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, Indented))
            {
                document.RootElement.WriteTo(json);
            }

            return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
