using System.Net.Http.Headers;

namespace EventFunctions.Annotations.RuntimeApi;

/// <summary>
/// The Lambda Runtime API, version 2018-06-01, over plain HTTP on the loopback address Lambda gives in
/// <c>AWS_LAMBDA_RUNTIME_API</c>. The handler never uses a proxy (a user's <c>HTTP_PROXY</c> must not capture this
/// traffic), has no timeout (<c>next</c> long-polls until there is an event) and keeps its one connection alive.
/// </summary>
internal sealed class RuntimeApiClient : IDisposable
{
    internal const string ErrorTypeHeader = "Lambda-Runtime-Function-Error-Type";

    private const string ErrorContentType = "application/vnd.aws.lambda.error+json";

    private readonly HttpClient http;
    private readonly LambdaFunctionEnvironment environment;

    public RuntimeApiClient(string hostAndPort, LambdaFunctionEnvironment environment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hostAndPort);
        ArgumentNullException.ThrowIfNull(environment);
        this.environment = environment;
        http = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        {
            BaseAddress = new Uri("http://" + hostAndPort + "/2018-06-01/runtime/"),
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <exception cref="RuntimeApiException">The Runtime API answered something other than 200.</exception>
    /// <exception cref="HttpRequestException">The Runtime API could not be reached.</exception>
    public async Task<RuntimeApiInvocation> NextAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync("invocation/next", HttpCompletionOption.ResponseContentRead, cancellationToken)
            .ConfigureAwait(false);
        if (response.StatusCode != System.Net.HttpStatusCode.OK)
        {
            throw await FailureAsync("invocation/next", response, cancellationToken).ConfigureAwait(false);
        }

        var payload = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var headers = response.Headers;
        var requestId = Header(headers, "Lambda-Runtime-Aws-Request-Id")
            ?? throw new RuntimeApiException("invocation/next answered without Lambda-Runtime-Aws-Request-Id.", (int)response.StatusCode);
        var context = new LambdaContext(
            requestId,
            Header(headers, "Lambda-Runtime-Invoked-Function-Arn") ?? string.Empty,
            LambdaContext.ParseDeadline(Header(headers, "Lambda-Runtime-Deadline-Ms")),
            Header(headers, "Lambda-Runtime-Trace-Id"),
            environment)
        {
            ClientContext = Header(headers, "Lambda-Runtime-Client-Context"),
            CognitoIdentity = Header(headers, "Lambda-Runtime-Cognito-Identity"),
        };
        return new RuntimeApiInvocation(payload, context);
    }

    public Task PostResponseAsync(string requestId, Stream output, CancellationToken cancellationToken)
    {
        var content = new StreamContent(output);
        return PostAsync($"invocation/{Uri.EscapeDataString(requestId)}/response", content, errorType: null, cancellationToken);
    }

    public Task PostErrorAsync(string requestId, Exception exception, CancellationToken cancellationToken) =>
        PostErrorToAsync($"invocation/{Uri.EscapeDataString(requestId)}/error", exception, cancellationToken);

    public Task PostInitErrorAsync(Exception exception, CancellationToken cancellationToken) =>
        PostErrorToAsync("init/error", exception, cancellationToken);

    public void Dispose() => http.Dispose();

    private Task PostErrorToAsync(string path, Exception exception, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(LambdaErrorBody.Write(exception));
        content.Headers.ContentType = new MediaTypeHeaderValue(ErrorContentType);
        return PostAsync(path, content, LambdaErrorBody.ErrorType(exception), cancellationToken);
    }

    private async Task PostAsync(string path, HttpContent content, string? errorType, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (errorType is not null)
        {
            request.Headers.TryAddWithoutValidation(ErrorTypeHeader, errorType);
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await FailureAsync(path, response, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<RuntimeApiException> FailureAsync(string path, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return new RuntimeApiException(
            $"The Runtime API answered {(int)response.StatusCode} to {path}: {(body.Length > 1000 ? body[..1000] : body)}",
            (int)response.StatusCode);
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
