using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EventFunctions.Annotations.RuntimeApi;

namespace EventFunctions.LocalGateway.TestFunctions;

/// <summary>
/// A runtime that breaks the Runtime API's rules from inside its handler, and answers with what the API said:
/// a response for a request id it never got, <c>next</c> before answering, <c>init/error</c> after INIT; then it
/// answers twice (the second answer, and the bootstrap's own third, are printed to stdout/stderr).
/// </summary>
public sealed class MisbehavingFunction : IDisposable
{
    private readonly HttpClient runtimeApi = new(new SocketsHttpHandler { UseProxy = false })
    {
        BaseAddress = new Uri($"http://{Environment.GetEnvironmentVariable("AWS_LAMBDA_RUNTIME_API")}/2018-06-01/runtime/"),
    };

    public async Task<Stream> FunctionHandler(Stream input, ILambdaContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var answers = new JsonObject
        {
            ["unknownRequestId"] = await AnswerAsync(runtimeApi.PostAsync("invocation/not-a-request-id/response", Json("{}"))),
            ["nextBeforeAnswering"] = await AnswerAsync(runtimeApi.GetAsync("invocation/next")),
            ["initErrorAfterInit"] = await AnswerAsync(runtimeApi.PostAsync("init/error", Json("""{"errorType":"Late","errorMessage":"late"}"""))),
        };
        var body = new JsonObject { ["statusCode"] = 200, ["body"] = answers.ToJsonString() }.ToJsonString();
        var first = await AnswerAsync(runtimeApi.PostAsync($"invocation/{context.AwsRequestId}/response", Json(body)));
        var second = await AnswerAsync(runtimeApi.PostAsync($"invocation/{context.AwsRequestId}/response", Json(body)));
        Console.WriteLine($"first answer: {first["status"]}; second answer: {second["status"]} {second["errorType"]}");
        return new MemoryStream(Encoding.UTF8.GetBytes(body));
    }

    public void Dispose() => runtimeApi.Dispose();

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static async Task<JsonObject> AnswerAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        string? errorType = null;
        try
        {
            errorType = JsonNode.Parse(text)?["errorType"]?.GetValue<string>();
        }
        catch (JsonException)
        {
        }

        return new JsonObject { ["status"] = (int)response.StatusCode, ["errorType"] = errorType };
    }
}
