using System.Text;

namespace EventFunctions.Cdk;

/// <summary>
/// A fixed body as an API Gateway mapping template (Apache Velocity) that renders exactly that body. Velocity gives
/// meaning to <c>$</c> (references) and <c>#</c> (directives, comments), so the template first sets <c>$d</c> to
/// <c>$</c> and <c>$h</c> to <c>#</c> (single-quoted Velocity strings are not interpolated) and then writes every
/// <c>$</c> of the body as <c>${d}</c> and every <c>#</c> as <c>${h}</c>: nothing else in it is Velocity syntax.
/// </summary>
internal static class MockResponseTemplate
{
    public const string Prefix = "#set($d='$')#set($h='#')";

    /// <summary>
    /// API Gateway's "Maximum mapping template size" for REST APIs, 300 KB, not adjustable (API Gateway developer guide,
    /// REST API quotas); counted here as 300,000 bytes of UTF-8, the stricter reading of KB.
    /// </summary>
    public const int MaxBytes = 300_000;

    /// <exception cref="ArgumentException">
    /// The body has a backslash right before a <c>$</c> or <c>#</c>: Velocity's escape, which would turn that
    /// backslash and the <c>${d}</c> or <c>${h}</c> after it into the literal text <c>${d}</c> or <c>${h}</c>. Or the
    /// body starts with whitespace, which Velocity may swallow after a <c>#set</c>.
    /// </exception>
    /// <exception cref="InvalidOperationException">The template is over <see cref="MaxBytes"/>.</exception>
    public static string For(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Contains("\\$", StringComparison.Ordinal) || body.Contains("\\#", StringComparison.Ordinal))
        {
            throw new ArgumentException("The body has a backslash before $ or #, which Velocity would read as an escape.", nameof(body));
        }

        if (body.Length > 0 && char.IsWhiteSpace(body[0]))
        {
            throw new ArgumentException("The body starts with whitespace, which Velocity may swallow after #set.", nameof(body));
        }

        // $ first: its replacement has no #, and #'s replacement brings a $ that must stay.
        var template = Prefix + body.Replace("$", "${d}", StringComparison.Ordinal).Replace("#", "${h}", StringComparison.Ordinal);
        var size = Encoding.UTF8.GetByteCount(template);
        return size <= MaxBytes
            ? template
            : throw new InvalidOperationException(
                $"The mapping template is {size} bytes; API Gateway allows {MaxBytes}. Serve this body from elsewhere than a MOCK integration.");
    }
}
