using EventFunctions.Annotations.APIGatewayEvents;

namespace EventFunctions.Annotations.Runtime;

/// <summary>
/// The <c>Access-Control-Allow-Origin</c> every response carries. Configured by <c>CORS_ALLOWED_ORIGINS</c>
/// (comma-separated, default <c>*</c>). With a list, a listed request origin is answered with itself and any
/// other with the first listed one, so an unlisted origin is never granted and never echoed.
/// </summary>
public sealed class CorsPolicy
{
    public const string EnvironmentVariable = "CORS_ALLOWED_ORIGINS";

    /// <summary>
    /// The request headers a browser may send cross-origin (the preflight's <c>Access-Control-Allow-Headers</c>, in the
    /// CDK stack, the SAM template and LocalGateway alike): API Gateway's defaults plus the contract's own.
    /// </summary>
    public static readonly IReadOnlyList<string> AllowedRequestHeaders =
    [
        "Content-Type",
        "Authorization",
        APIGateway.HttpHeaderNames.IfMatch,
        Idempotency.IdempotencyKey.HeaderName,
        "X-Amz-Date",
        "X-Amz-Security-Token",
        "X-Api-Key",
    ];

    private readonly string[] origins;

    public CorsPolicy(IEnumerable<string> allowedOrigins)
    {
        ArgumentNullException.ThrowIfNull(allowedOrigins);
        origins = [.. allowedOrigins.Select(o => o.Trim()).Where(o => o.Length > 0)];
        if (origins.Length == 0)
        {
            origins = ["*"];
        }

        foreach (var origin in origins)
        {
            HeaderValues.EnsureSafe("Access-Control-Allow-Origin", origin);
        }
    }

    public IReadOnlyList<string> AllowedOrigins => origins;

    public static CorsPolicy FromEnvironment() =>
        new((Environment.GetEnvironmentVariable(EnvironmentVariable) ?? "*").Split(','));

    public void Apply(APIGatewayProxyRequest? request, APIGatewayProxyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (origins.Contains("*"))
        {
            response.Headers["Access-Control-Allow-Origin"] = "*";
            return;
        }

        var requested = request is null ? null : RequestValues.Header(request, "Origin");
        response.Headers["Access-Control-Allow-Origin"] =
            origins.FirstOrDefault(o => string.Equals(o, requested, StringComparison.Ordinal)) ?? origins[0];
        response.Headers["Vary"] = "Origin";
    }
}
