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

    internal HttpResult(int statusCode, object? body, Type? bodyType = null)
    {
        StatusCode = statusCode;
        Body = body;
        BodyType = bodyType ?? body?.GetType();
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
                response.Body = JsonSerializer.Serialize(problem, AnnotationsJsonContext.Default.ProblemDetails);
                break;
            default:
                single["Content-Type"] = JsonContentType;
                response.Body = JsonSerializer.Serialize(Body, options.SerializerOptions.GetTypeInfo(BodyType ?? Body.GetType()));
                break;
        }

        foreach (var group in headers.GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
        {
            var values = group.Select(h => ApiBasePath.Resolve(h.Value, options.BasePath)).ToList();
            if (values.Count == 1)
            {
                single[group.Key] = values[0];
            }
            else
            {
                single.Remove(group.Key);
                response.MultiValueHeaders ??= new Dictionary<string, IList<string>>(StringComparer.OrdinalIgnoreCase);
                response.MultiValueHeaders[group.Key] = values;
            }
        }

        response.Headers = single;
        return response;
    }
}
