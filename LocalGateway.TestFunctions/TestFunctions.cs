using System.Collections;
using System.Text;
using System.Text.Json.Nodes;

// The runtime calls handlers on an instance it creates, so these stay instance methods.
#pragma warning disable CA1822

namespace EventFunctions.LocalGateway.TestFunctions;

/// <summary>Answers with the proxy event it received as its body, plus a single- and a multi-value header.</summary>
public sealed class EchoFunction
{
    public async Task<Stream> FunctionHandler(Stream input)
    {
        using var reader = new StreamReader(input);
        var proxyEvent = await reader.ReadToEndAsync();
        return Responses.Json(new JsonObject
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

    public Task<Stream> FunctionHandler(Stream input) => Task.FromResult(Responses.Json(new JsonObject
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
        await Task.Delay(TimeSpan.FromSeconds(30));
        return new MemoryStream();
    }
}

/// <summary>Ends its process the hard way, as a stack overflow or a native crash would.</summary>
public sealed class CrashingFunction
{
    public Task<Stream> FunctionHandler(Stream input)
    {
        Console.WriteLine("about to crash");
        Environment.FailFast("crashing on purpose");
        return Task.FromResult<Stream>(new MemoryStream());
    }
}

/// <summary>Exits its process with status 3 in the middle of an invocation.</summary>
public sealed class ExitingFunction
{
    public Task<Stream> FunctionHandler(Stream input)
    {
        Environment.Exit(3);
        return Task.FromResult<Stream>(new MemoryStream());
    }
}

/// <summary>Fails its INIT: the constructor throws, as the functions do without <c>EVENTS_TABLE_NAME</c>.</summary>
public sealed class InitFailingFunction
{
    public InitFailingFunction() => throw new InvalidOperationException("INIT failed on purpose");

    public Task<Stream> FunctionHandler(Stream input) => Task.FromResult(input);
}

/// <summary>Answers 7 MB, more than Lambda's 6 MB response limit.</summary>
public sealed class OversizedFunction
{
    public const int Size = 7 * 1024 * 1024;

    public Task<Stream> FunctionHandler(Stream input) => Task.FromResult<Stream>(new MemoryStream(new byte[Size]));
}

/// <summary>Writes to stdout and stderr: the request's <c>lines</c> query value says how many lines of 100 characters to stdout.</summary>
public sealed class LoggingFunction
{
    public async Task<Stream> FunctionHandler(Stream input)
    {
        using var document = await System.Text.Json.JsonDocument.ParseAsync(input);
        var lines = document.RootElement.TryGetProperty("lines", out var count) ? count.GetInt32() : 1;
        for (var i = 0; i < lines; i++)
        {
            Console.WriteLine($"stdout line {i:D4} " + new string('x', 83));
        }

        await Console.Error.WriteLineAsync("a line on stderr");
        return Responses.Json(new JsonObject { ["statusCode"] = 200, ["body"] = "logged" });
    }
}

/// <summary>Answers with what its environment looks like: process id, environment variables and the code's version file.</summary>
public sealed class EnvironmentFunction
{
    private static readonly int ProcessId = Environment.ProcessId;

    public async Task<Stream> FunctionHandler(Stream input)
    {
        using var document = await System.Text.Json.JsonDocument.ParseAsync(input);
        if (document.RootElement.TryGetProperty("sleepMs", out var sleep))
        {
            await Task.Delay(sleep.GetInt32());
        }

        var variables = new JsonObject();
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            variables[(string)variable.Key] = (string?)variable.Value;
        }

        var versionFile = Path.Combine(Environment.GetEnvironmentVariable("LAMBDA_TASK_ROOT") ?? AppContext.BaseDirectory, "version.txt");
        return Responses.Json(new JsonObject
        {
            ["pid"] = ProcessId,
            ["variables"] = variables,
            ["codeVersion"] = File.Exists(versionFile) ? (await File.ReadAllTextAsync(versionFile)).Trim() : null,
        });
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

internal static class Responses
{
    public static Stream Json(JsonNode node) => new MemoryStream(Encoding.UTF8.GetBytes(node.ToJsonString()));
}
