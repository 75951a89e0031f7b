using System.Globalization;
using System.Text.Json;
using EventFunctions.Annotations.Runtime;

namespace EventFunctions.Annotations.APIGateway;

/// <summary>Factory for the results REST API functions return. Every 4xx/5xx result carries a problem body.</summary>
public static class HttpResults
{
    public static IHttpResult Ok() => new HttpResult(200, null);

    /// <summary>200 with <paramref name="body"/> serialized as <typeparamref name="T"/>.</summary>
    public static IHttpResult Ok<T>(T body) => new HttpResult(200, body, typeof(T));

    /// <summary>
    /// 200 with <paramref name="body"/> written by <paramref name="write"/>: for the bodies on a function's cold path,
    /// which then need none of <see cref="System.Text.Json.JsonSerializer"/>'s first-use setup.
    /// </summary>
    public static IHttpResult Ok<T>(T body, Action<Utf8JsonWriter, T> write) => new HttpResult(200, body, typeof(T), Writing(body, write));

    /// <summary>201 with a <c>Location</c> header when <paramref name="uri"/> is given.</summary>
    public static IHttpResult Created(string? uri = null) => Created<object?>(uri, null);

    /// <summary>201 with <paramref name="body"/> and a <c>Location</c> header when <paramref name="uri"/> is given.</summary>
    public static IHttpResult Created<T>(string? uri, T body) => Created(new HttpResult(201, body, body is null ? null : typeof(T)), uri);

    /// <summary>201 with <paramref name="body"/> written by <paramref name="write"/>, and a <c>Location</c> header when <paramref name="uri"/> is given.</summary>
    public static IHttpResult Created<T>(string? uri, T body, Action<Utf8JsonWriter, T> write) =>
        Created(new HttpResult(201, body, typeof(T), Writing(body, write)), uri);

    private static Func<string> Writing<T>(T body, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        return () => ReusableJsonWriter.ToText(body, write);
    }

    private static IHttpResult Created(HttpResult result, string? uri) => uri is null ? result : result.AddHeader(HttpHeaderNames.Location, uri);

    public static IHttpResult Accepted() => new HttpResult(202, null);

    public static IHttpResult NoContent() => new HttpResult(204, null);

    public static IHttpResult StatusCode(int statusCode) => new HttpResult(statusCode, null);

    public static IHttpResult BadRequest(string? detail = null) => Problem(400, detail);

    public static IHttpResult Unauthorized(string? detail = null) => Problem(401, detail);

    public static IHttpResult Forbid(string? detail = null) => Problem(403, detail);

    public static IHttpResult NotFound(string? detail = null) => Problem(404, detail);

    public static IHttpResult Conflict(string? detail = null) => Problem(409, detail);

    public static IHttpResult PreconditionFailed(string? detail = null) => Problem(412, detail);

    public static IHttpResult ContentTooLarge(string? detail = null) => Problem(413, detail);

    public static IHttpResult UnsupportedMediaType(string? detail = null) => Problem(415, detail);

    public static IHttpResult InternalServerError(string? detail = null) => Problem(500, detail);

    /// <summary>503 with <c>Retry-After</c> when <paramref name="retryAfterSeconds"/> is given.</summary>
    public static IHttpResult ServiceUnavailable(int? retryAfterSeconds = null, string? detail = null)
    {
        var result = Problem(503, detail);
        return retryAfterSeconds is { } seconds
            ? result.AddHeader(HttpHeaderNames.RetryAfter, seconds.ToString(CultureInfo.InvariantCulture))
            : result;
    }

    /// <summary>422 naming every offending field and what is wrong with it.</summary>
    public static IHttpResult ValidationProblem(
        IReadOnlyDictionary<string, string[]> errors,
        string detail = "One or more fields are invalid.")
    {
        ArgumentNullException.ThrowIfNull(errors);
        return new HttpResult(422, new ProblemDetails
        {
            Type = HttpStatusText.TypeUri(422),
            Title = HttpStatusText.Title(422),
            Status = 422,
            Detail = detail,
            Errors = errors,
        });
    }

    /// <summary>Any problem response; <paramref name="title"/> defaults to the status's reason phrase.</summary>
    public static IHttpResult Problem(int statusCode, string? detail = null, string? title = null, string? type = null) =>
        new HttpResult(statusCode, new ProblemDetails
        {
            Type = type ?? HttpStatusText.TypeUri(statusCode),
            Title = title ?? HttpStatusText.Title(statusCode),
            Status = statusCode,
            Detail = detail,
        });
}
