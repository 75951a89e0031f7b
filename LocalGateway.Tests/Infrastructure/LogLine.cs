using System.Text.Json;
using System.Text.RegularExpressions;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>
/// One log line as CloudWatch Logs Insights sees its message: a JSON object (its fields discovered) or plain text.
/// </summary>
internal sealed partial record LogLine(string Text, JsonElement? Json)
{
    /// <summary>Whether this is a function's invocation record (it has <c>cold_start</c>).</summary>
    public bool IsInvocationRecord => Json is { } json && json.TryGetProperty("cold_start", out _);

    /// <summary>Whether this is a line of Embedded Metric Format (it has <c>_aws</c>), which CloudWatch turns into metrics.</summary>
    public bool IsMetrics => Json is { } json && json.TryGetProperty("_aws", out _);

    /// <summary>A JSON platform event's <c>type</c> (<c>platform.start</c>), else <c>null</c>.</summary>
    public string? PlatformType => Json is { } json && json.TryGetProperty("type", out var type) && json.TryGetProperty("record", out _)
        ? type.GetString()
        : null;

    /// <summary>The request id of a START, in either format: <c>platform.start</c>'s <c>record.requestId</c> or the text line's.</summary>
    public string? StartRequestId => PlatformType == "platform.start"
        ? Json!.Value.GetProperty("record").GetProperty("requestId").GetString()
        : StartText().Match(Text) is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>The request id of a REPORT, in either format.</summary>
    public string? ReportRequestId => PlatformType == "platform.report"
        ? Json!.Value.GetProperty("record").GetProperty("requestId").GetString()
        : ReportText().Match(Text) is { Success: true } match ? match.Groups[1].Value : null;

    public string String(string property) => Json!.Value.GetProperty(property).GetString()!;

    /// <summary>The lines the gateway printed for <paramref name="function"/>, without its <c>[Function] </c> prefix.</summary>
    public static IReadOnlyList<LogLine> Printed(string console, string function)
    {
        ArgumentNullException.ThrowIfNull(console);
        var prefix = $"[{function}] ";
        return [.. console.Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.StartsWith(prefix, StringComparison.Ordinal))
            .Select(line => Parse(line[prefix.Length..]))];
    }

    /// <summary>The lines of a <c>--log-type Tail</c> result.</summary>
    public static IReadOnlyList<LogLine> OfTail(string tail)
    {
        ArgumentNullException.ThrowIfNull(tail);
        return [.. tail.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Parse)];
    }

    public static LogLine Parse(string text)
    {
        if (!text.StartsWith('{'))
        {
            return new LogLine(text, null);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return new LogLine(text, document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null);
        }
        catch (JsonException)
        {
            return new LogLine(text, null);
        }
    }

    [GeneratedRegex(@"^START RequestId: (\S+) ")]
    private static partial Regex StartText();

    [GeneratedRegex(@"^REPORT RequestId: (\S+)\t")]
    private static partial Regex ReportText();
}
