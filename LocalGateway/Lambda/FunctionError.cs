using System.Globalization;
using System.Text.Json;

namespace EventFunctions.LocalGateway.Lambda;

/// <summary>
/// An unhandled function error as Lambda returns it to the caller: the JSON body (the one the runtime posted, or one
/// Lambda writes itself for timeouts, crashes and oversized responses) and its <c>errorType</c>.
/// </summary>
internal sealed record FunctionError(string ErrorType, byte[] Body)
{
    /// <summary>The largest response Lambda accepts from a runtime for a synchronous invocation.</summary>
    public const int MaxResponseBytes = 6 * 1024 * 1024 + 100;

    public static FunctionError Create(string errorType, string errorMessage)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("errorType", errorType);
            json.WriteString("errorMessage", errorMessage);
            json.WriteEndObject();
        }

        return new FunctionError(errorType, buffer.ToArray());
    }

    public static FunctionError TimedOut(string requestId, TimeSpan timeout) => Create(
        "Sandbox.Timedout",
        string.Create(CultureInfo.InvariantCulture, $"RequestId: {requestId} Error: Task timed out after {timeout.TotalSeconds:0.00} seconds"));

    public static FunctionError RuntimeExited(string requestId, int exitCode) => Create(
        "Runtime.ExitError",
        $"RequestId: {requestId} Error: Runtime exited with error: {ExitStatus(exitCode)}");

    public static FunctionError ResponseTooLarge(long size) => Create(
        "Function.ResponseSizeTooLarge",
        string.Create(CultureInfo.InvariantCulture,
            $"Response payload size ({size} bytes) exceeded maximum allowed payload size ({MaxResponseBytes} bytes)."));

    /// <summary>What a runtime posted to <c>/error</c> or <c>/init/error</c>: its body as is, when it is a JSON object.</summary>
    public static FunctionError Reported(string? headerErrorType, byte[] body)
    {
        string? bodyErrorType = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (document.RootElement.TryGetProperty("errorType", out var type) && type.ValueKind == JsonValueKind.String)
                {
                    bodyErrorType = type.GetString();
                }

                return new FunctionError(bodyErrorType ?? headerErrorType ?? "Unhandled", body);
            }
        }
        catch (JsonException)
        {
        }

        return Create(headerErrorType ?? "Unhandled", "The runtime reported an error without a JSON body.");
    }

    /// <summary>How Lambda words a runtime's exit: <c>exit status 1</c>, or <c>signal: killed</c> for a process a signal ended.</summary>
    public static string ExitStatus(int exitCode) => exitCode > 128 && SignalName(exitCode - 128) is { } signal
        ? $"signal: {signal}"
        : string.Create(CultureInfo.InvariantCulture, $"exit status {exitCode}");

    private static string? SignalName(int signal) => signal switch
    {
        1 => "hangup",
        2 => "interrupt",
        4 => "illegal instruction",
        6 => "aborted",
        7 => "bus error",
        8 => "floating point exception",
        9 => "killed",
        11 => "segmentation fault",
        15 => "terminated",
        _ => null,
    };
}
