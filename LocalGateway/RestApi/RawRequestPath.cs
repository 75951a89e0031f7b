using Microsoft.AspNetCore.Http.Features;

namespace EventFunctions.LocalGateway.RestApi;

/// <summary>The path as the client sent it, still percent-encoded (ASP.NET's <c>Request.Path</c> is decoded).</summary>
internal static class RawRequestPath
{
    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (target is null || !target.StartsWith('/'))
        {
            return context.Request.Path.ToUriComponent();
        }

        var query = target.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? target : target[..query];
    }
}
