using System.Text;
using System.Text.Json.Nodes;

// The runtime calls handlers on an instance it creates, so these stay instance methods.
#pragma warning disable CA1822

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>Answers with the proxy event it received as its body, plus a single- and a multi-value header.</summary>
public sealed class EchoFunction
{
    public async Task<Stream> FunctionHandler(Stream input)
    {
        using var reader = new StreamReader(input);
        var proxyEvent = await reader.ReadToEndAsync();
        return TestResponses.Json(new JsonObject
        {
            ["statusCode"] = 200,
            ["headers"] = new JsonObject { ["Content-Type"] = "application/json", ["X-Single"] = "one" },
            ["multiValueHeaders"] = new JsonObject { ["X-Multi"] = new JsonArray("a", "b") },
            ["body"] = proxyEvent,
            ["isBase64Encoded"] = false,
        });
    }
}

/// <summary>Answers with a base64-encoded binary body.</summary>
public sealed class BinaryFunction
{
    public static readonly byte[] Bytes = [0, 1, 2, 253, 254, 255];

    public Task<Stream> FunctionHandler(Stream input) => Task.FromResult(TestResponses.Json(new JsonObject
    {
        ["statusCode"] = 200,
        ["headers"] = new JsonObject { ["Content-Type"] = "application/octet-stream" },
        ["body"] = Convert.ToBase64String(Bytes),
        ["isBase64Encoded"] = true,
    }));
}

/// <summary>Returns something that is not a proxy response.</summary>
public sealed class BrokenFunction
{
    public Task<Stream> FunctionHandler(Stream input) =>
        Task.FromResult<Stream>(new MemoryStream(Encoding.UTF8.GetBytes("not a proxy response")));
}

/// <summary>Throws, as an unhandled function error.</summary>
public sealed class ThrowingFunction
{
    public Task<Stream> FunctionHandler(Stream input) => throw new InvalidOperationException("boom");
}

/// <summary>Takes longer than its one-second timeout.</summary>
public sealed class SlowFunction
{
    public async Task<Stream> FunctionHandler(Stream input)
    {
        await Task.Delay(TimeSpan.FromSeconds(5));
        return new MemoryStream();
    }
}

/// <summary>A handler the runtime cannot call without a serializer.</summary>
public sealed class WrongSignatureFunction
{
    public string FunctionHandler(string input) => input;
}

/// <summary>A handler the runtime cannot create.</summary>
public sealed class NoParameterlessConstructorFunction(string name)
{
    public string Name => name;

    public Task<Stream> FunctionHandler(Stream input) => Task.FromResult(input);
}

internal static class TestResponses
{
    public static Stream Json(JsonNode node) => new MemoryStream(Encoding.UTF8.GetBytes(node.ToJsonString()));
}
