using System.Text.Json;
using EventFunctions.Annotations.APIGatewayEvents;
using EventFunctions.Annotations.Runtime;

namespace EventFunctions.Annotations.APIGateway;

/// <summary>
/// The one <see cref="IHttpResult"/> implementation: a status, headers and a JSON body, a problem body or none.
/// Create it through <see cref="HttpResults"/>.
/// </summary>
public sealed class HttpResult : IHttpResult
{
    private const string JsonContentType = "application/json; charset=utf-8";
    private const string ProblemContentType = "application/problem+json; charset=utf-8";

    private readonly List<KeyValuePair<string, string>> headers = [];

    private readonly Func<string>? writeBody;

    internal HttpResult(int statusCode, object? body, Type? bodyType = null, Func<string>? writeBody = null)
    {
        StatusCode = statusCode;
        Body = body;
        BodyType = bodyType ?? body?.GetType();
        this.writeBody = writeBody;
    }

    public int StatusCode { get; }

    /// <summary>The body before serialization; a <see cref="APIGateway.ProblemDetails"/> for errors.</summary>
    public object? Body { get; }

    /// <summary>
    /// The type the body is serialized as: the declared type given to <see cref="HttpResults"/>, so that
    /// e.g. any <c>IReadOnlyList&lt;Event&gt;</c> implementation uses the list's source-generated metadata.
    /// </summary>
    public Type? BodyType { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers => headers;

    public IHttpResult AddHeader(string name, string value)
    {
        HeaderValues.EnsureSafe(name, value);
        headers.Add(new(name, value));
        return this;
    }

    public APIGatewayProxyResponse ToProxyResponse(HttpResultSerializationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var response = new APIGatewayProxyResponse { StatusCode = StatusCode };
        var single = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        switch (Body)
        {
            case null:
                break;
            case ProblemDetails problem:
                problem.RequestId ??= options.RequestId;
                single["Content-Type"] = ProblemContentType;
                response.Body = ProxyResponseWriter.ToText(problem);
                break;
            default:
                single["Content-Type"] = JsonContentType;
                response.Body = writeBody is not null
                    ? writeBody()
                    : JsonSerializer.Serialize(Body, options.SerializerOptions.Value.GetTypeInfo(BodyType ?? Body.GetType()));
                break;
        }

        // A name given once is a single-value header; given more than once, all its values go multi-value.
        foreach (var (name, value) in headers)
        {
            var resolved = ApiBasePath.Resolve(value, options.BasePath);
            if (response.MultiValueHeaders?.TryGetValue(name, out var values) == true)
            {
                values.Add(resolved);
            }
            else if (CountOf(name) == 1)
            {
                single[name] = resolved;
            }
            else
            {
                single.Remove(name);
                response.MultiValueHeaders ??= new Dictionary<string, IList<string>>(StringComparer.OrdinalIgnoreCase);
                response.MultiValueHeaders[name] = [resolved];
            }
        }

        response.Headers = single;
        return response;
    }

    private int CountOf(string name)
    {
        var count = 0;
        foreach (var header in headers)
        {
            count += string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        }

        return count;
    }
}
