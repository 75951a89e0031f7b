using EventFunctions.Annotations.APIGatewayEvents;

namespace EventFunctions.Annotations.Runtime;

/// <summary>Reads raw values out of a proxy event the way API Gateway fills it.</summary>
public static class RequestValues
{
    /// <summary>A header's value, matched case-insensitively; <c>null</c> when absent.</summary>
    public static string? Header(APIGatewayProxyRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers is { } headers)
        {
            foreach (var (key, value) in headers)
            {
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }
        }

        if (request.MultiValueHeaders is { } multi)
        {
            foreach (var (key, values) in multi)
            {
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && values is { Count: > 0 })
                {
                    return values[^1];
                }
            }
        }

        return null;
    }

    /// <summary>Every value of a query parameter (names are case-sensitive, as in API Gateway).</summary>
    public static IReadOnlyList<string> QueryValues(APIGatewayProxyRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.MultiValueQueryStringParameters?.TryGetValue(name, out var values) == true && values is not null)
        {
            return [.. values];
        }

        return request.QueryStringParameters?.TryGetValue(name, out var value) == true && value is not null
            ? [value]
            : [];
    }

    public static string? Route(APIGatewayProxyRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.PathParameters?.TryGetValue(name, out var value) == true ? value : null;
    }
}
