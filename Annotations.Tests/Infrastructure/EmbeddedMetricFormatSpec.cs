using System.Text.Json;

namespace EventFunctions.Annotations.Tests.Infrastructure;

/// <summary>
/// The structure CloudWatch Logs requires of an Embedded Metric Format line before it extracts any metric from it
/// (the specification's MUSTs): the <c>_aws</c> metadata with an integer millisecond <c>Timestamp</c> and its
/// <c>CloudWatchMetrics</c> directives; each directive a <c>Namespace</c> of 1-255 characters, <c>Dimensions</c> of
/// dimension sets of at most 30 keys, each key a root member holding a string of 1-1024 ASCII characters, and
/// <c>Metrics</c> of at most 100 definitions, each <c>Name</c> a root member holding a number or an array of at most 100
/// numbers, with a <c>Unit</c> CloudWatch knows and a <c>StorageResolution</c> of 1 or 60 when present.
/// </summary>
internal static class EmbeddedMetricFormatSpec
{
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes", "Megabytes", "Gigabytes", "Terabytes", "Bits",
        "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent", "Count", "Bytes/Second", "Kilobytes/Second",
        "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second", "Bits/Second", "Kilobits/Second", "Megabits/Second",
        "Gigabits/Second", "Terabits/Second", "Count/Second", "None",
    };

    /// <summary>What makes <paramref name="line"/> not a valid EMF document; empty when it is one.</summary>
    public static IReadOnlyList<string> Violations(string line)
    {
        var violations = new List<string>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            return [$"not JSON: {exception.Message}"];
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("_aws", out var metadata) || metadata.ValueKind != JsonValueKind.Object)
            {
                return ["the root has no _aws object"];
            }

            if (!metadata.TryGetProperty("Timestamp", out var timestamp) || !timestamp.TryGetInt64(out var milliseconds) || milliseconds <= 0)
            {
                violations.Add("_aws.Timestamp is not a positive integer of milliseconds");
            }

            if (!metadata.TryGetProperty("CloudWatchMetrics", out var directives) || directives.ValueKind != JsonValueKind.Array)
            {
                violations.Add("_aws.CloudWatchMetrics is not an array");
                return violations;
            }

            var index = 0;
            foreach (var directive in directives.EnumerateArray())
            {
                CheckDirective(root, directive, $"CloudWatchMetrics[{index++}]", violations);
            }
        }

        return violations;
    }

    private static void CheckDirective(JsonElement root, JsonElement directive, string at, List<string> violations)
    {
        if (!directive.TryGetProperty("Namespace", out var ns) || ns.GetString() is not { Length: >= 1 and <= 255 })
        {
            violations.Add($"{at}.Namespace is not a string of 1-255 characters");
        }

        if (!directive.TryGetProperty("Dimensions", out var sets) || sets.ValueKind != JsonValueKind.Array)
        {
            violations.Add($"{at}.Dimensions is not an array");
        }
        else
        {
            foreach (var set in sets.EnumerateArray())
            {
                if (set.ValueKind != JsonValueKind.Array || set.GetArrayLength() > 30)
                {
                    violations.Add($"{at}: a dimension set is not an array of at most 30 keys");
                    continue;
                }

                foreach (var key in set.EnumerateArray())
                {
                    var name = key.GetString() ?? string.Empty;
                    if (!root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String
                        || value.GetString() is not { Length: >= 1 and <= 1024 } text || !text.All(char.IsAscii))
                    {
                        violations.Add($"{at}: dimension '{name}' has no root string of 1-1024 ASCII characters");
                    }
                }
            }
        }

        if (!directive.TryGetProperty("Metrics", out var metrics) || metrics.ValueKind != JsonValueKind.Array || metrics.GetArrayLength() > 100)
        {
            violations.Add($"{at}.Metrics is not an array of at most 100 definitions");
            return;
        }

        foreach (var metric in metrics.EnumerateArray())
        {
            var name = metric.TryGetProperty("Name", out var n) ? n.GetString() ?? string.Empty : string.Empty;
            if (name.Length is 0 or > 255)
            {
                violations.Add($"{at}: a metric Name is not a string of 1-255 characters");
            }

            if (metric.TryGetProperty("Unit", out var unit) && !Units.Contains(unit.GetString() ?? string.Empty))
            {
                violations.Add($"{at}: metric '{name}' has the unknown unit '{unit}'");
            }

            if (metric.TryGetProperty("StorageResolution", out var resolution) && resolution.GetRawText() is not ("1" or "60"))
            {
                violations.Add($"{at}: metric '{name}' has StorageResolution {resolution.GetRawText()}, not 1 or 60");
            }

            if (!root.TryGetProperty(name, out var value) || !IsMetricValue(value))
            {
                violations.Add($"{at}: metric '{name}' has no root number or array of at most 100 numbers");
            }
        }
    }

    private static bool IsMetricValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => true,
        JsonValueKind.Array => value.GetArrayLength() is >= 1 and <= 100 && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Number),
        _ => false,
    };
}
