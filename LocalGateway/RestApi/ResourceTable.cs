using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.Lambda;

namespace EventFunctions.LocalGateway.RestApi;

/// <summary>
/// The API's resource tree built from the functions' routes. As in API Gateway, every prefix of a route is a
/// resource too (<c>/</c>, <c>/events</c>), and a literal segment wins over a <c>{parameter}</c> at the same place.
/// </summary>
internal sealed class ResourceTable
{
    private readonly ApiResource[] mostSpecificFirst;

    public ResourceTable(IEnumerable<LambdaFunction> functions)
    {
        ArgumentNullException.ThrowIfNull(functions);
        var methodsByPath = new Dictionary<string, Dictionary<string, LambdaFunction>>(StringComparer.Ordinal)
        {
            ["/"] = new(StringComparer.Ordinal),
        };
        foreach (var function in functions)
        {
            var segments = ApiResource.SplitPath(function.Descriptor.Path);
            for (var length = 1; length <= segments.Length; length++)
            {
                methodsByPath.TryAdd("/" + string.Join('/', segments[..length]), new(StringComparer.Ordinal));
            }

            var path = "/" + string.Join('/', segments);
            var method = function.Descriptor.HttpMethod.ToUpperInvariant();
            if (!methodsByPath[path].TryAdd(method, function))
            {
                throw new GatewayStartupException(
                    $"Functions '{methodsByPath[path][method].Name}' and '{function.Name}' both declare {method} {path}.");
            }
        }

        mostSpecificFirst = [.. methodsByPath
            .Select(entry => new ApiResource(entry.Key, entry.Value))
            .OrderBy(SpecificityKey, StringComparer.Ordinal)];
    }

    public IReadOnlyList<ApiResource> Resources => mostSpecificFirst;

    /// <summary>The resource a raw (still percent-encoded) request path selects, or <c>null</c>.</summary>
    public ResourceMatch? Match(string rawPath)
    {
        ArgumentNullException.ThrowIfNull(rawPath);
        if (!rawPath.StartsWith('/'))
        {
            return null;
        }

        var segments = ApiResource.SplitPath(rawPath).Select(Uri.UnescapeDataString).ToArray();
        foreach (var resource in mostSpecificFirst)
        {
            if (TryBind(resource, segments) is { } parameters)
            {
                return new ResourceMatch(resource, parameters);
            }
        }

        return null;
    }

    private static Dictionary<string, string>? TryBind(ApiResource resource, string[] segments)
    {
        if (resource.Segments.Count != segments.Length)
        {
            return null;
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < segments.Length; i++)
        {
            var template = resource.Segments[i];
            if (ApiResource.IsParameter(template))
            {
                if (segments[i].Length == 0)
                {
                    return null;
                }

                parameters[ApiResource.ParameterName(template)] = segments[i];
            }
            else if (!string.Equals(template, segments[i], StringComparison.Ordinal))
            {
                return null;
            }
        }

        return parameters;
    }

    // Same-length paths only compete; at the first place they differ, a literal ('0') sorts before a parameter ('1').
    private static string SpecificityKey(ApiResource resource) =>
        string.Concat(resource.Segments.Select(s => ApiResource.IsParameter(s) ? '1' : '0'));
}
