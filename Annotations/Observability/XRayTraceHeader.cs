namespace EventFunctions.Annotations.Observability;

/// <summary>The parts of an X-Ray trace header (<c>Root=1-…;Parent=…;Sampled=1</c>) a subsegment needs.</summary>
public readonly record struct XRayTraceHeader(string Root, string Parent, bool Sampled)
{
    public static XRayTraceHeader Parse(string? header)
    {
        var root = Part(header, "Root=");
        var parent = Part(header, "Parent=");
        return new(root.ToString(), parent.ToString(), Part(header, "Sampled=").SequenceEqual("1"));
    }

    /// <summary>The value of <paramref name="key"/> (<c>Root=</c>, <c>Parent=</c>, <c>Sampled=</c>); empty when absent.</summary>
    public static ReadOnlySpan<char> Part(ReadOnlySpan<char> header, string key)
    {
        while (!header.IsEmpty)
        {
            var end = header.IndexOf(';');
            var part = (end < 0 ? header : header[..end]).Trim();
            if (part.StartsWith(key, StringComparison.Ordinal))
            {
                return part[key.Length..];
            }

            header = end < 0 ? [] : header[(end + 1)..];
        }

        return [];
    }
}
