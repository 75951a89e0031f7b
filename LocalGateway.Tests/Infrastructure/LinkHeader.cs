namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>Reads the RFC 8288 <c>Link: &lt;uri&gt;; rel="next"</c> header of a list page.</summary>
internal static class LinkHeader
{
    public static string? Next(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        var link = Assert.Single(values);
        Assert.EndsWith("; rel=\"next\"", link, StringComparison.Ordinal);
        return link[(link.IndexOf('<', StringComparison.Ordinal) + 1)..link.IndexOf('>', StringComparison.Ordinal)];
    }
}
