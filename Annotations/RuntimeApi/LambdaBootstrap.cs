using System.Diagnostics.CodeAnalysis;

namespace EventFunctions.Annotations.RuntimeApi;

/// <summary>
/// The runtime loop of a function process behind the Lambda Runtime API (2018-06-01): INIT once, then forever
/// <c>next</c> → handler → <c>response</c> or <c>error</c>. Mirrors Amazon.Lambda.RuntimeSupport's LambdaBootstrap.
/// </summary>
public static class LambdaBootstrap
{
    /// <summary>INIT threw; it was reported to <c>init/error</c>.</summary>
    public const int InitFailedExitCode = 1;

    /// <summary><c>AWS_LAMBDA_RUNTIME_API</c> is not set: this process was not started by Lambda (or a stand-in).</summary>
    public const int NoRuntimeApiExitCode = 2;

    /// <summary>The Runtime API failed (a 5xx, or unreachable): Lambda says the runtime must exit.</summary>
    public const int RuntimeApiFailedExitCode = 3;

    internal const string RuntimeApiVariable = "AWS_LAMBDA_RUNTIME_API";

    internal const string TraceIdVariable = "_X_AMZN_TRACE_ID";

    /// <summary>
    /// Runs <paramref name="initialize"/> (INIT; a throw is posted to <c>init/error</c> and ends the process with
    /// <see cref="InitFailedExitCode"/>), then serves invocations until <paramref name="cancellationToken"/> is
    /// cancelled (exit code 0) or the Runtime API fails (<see cref="RuntimeApiFailedExitCode"/>).
    /// </summary>
    public static Task<int> RunAsync(Func<LambdaHandler> initialize, CancellationToken cancellationToken = default) =>
        RunAsync(initialize, Environment.GetEnvironmentVariable, Console.Error, cancellationToken);

    [SuppressMessage("Design", "CA1031", Justification = "INIT is user code: whatever it throws is reported to Lambda.")]
    internal static async Task<int> RunAsync(
        Func<LambdaHandler> initialize, Func<string, string?> variable, TextWriter errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(initialize);
        ArgumentNullException.ThrowIfNull(variable);
        ArgumentNullException.ThrowIfNull(errors);
        var runtimeApi = variable(RuntimeApiVariable);
        if (string.IsNullOrWhiteSpace(runtimeApi))
        {
            await errors.WriteLineAsync(
                $"{RuntimeApiVariable} is not set. This process serves the Lambda Runtime API: Lambda (or a local stand-in such as LocalGateway) sets it to the API's host:port.")
                .ConfigureAwait(false);
            return NoRuntimeApiExitCode;
        }

        using var client = new RuntimeApiClient(runtimeApi, LambdaFunctionEnvironment.From(variable));
        LambdaHandler handler;
        try
        {
            handler = initialize();
        }
        catch (Exception exception)
        {
            await WriteExceptionAsync(errors, "INIT failed", exception).ConfigureAwait(false);
            await TryPostAsync(() => client.PostInitErrorAsync(exception, cancellationToken), errors).ConfigureAwait(false);
            return InitFailedExitCode;
        }

        var loop = new InvocationLoop(client, handler, errors, variable(InvocationLoop.ReportAllocationsVariable) == "1");
        return await loop.RunAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What the handler or INIT threw, as one line on stderr (the log stream keeps it as one record).</summary>
    internal static Task WriteExceptionAsync(TextWriter errors, string what, Exception exception) =>
        errors.WriteLineAsync($"{what}: {exception.ToString().ReplaceLineEndings(" | ")}");

    /// <summary>
    /// Posts to the Runtime API after flushing the console: whatever the function wrote belongs to this invocation,
    /// and a local Runtime API attributes output to an invocation by what arrived before the post.
    /// </summary>
    /// <returns>False when the Runtime API failed so that the runtime must exit; a refused post (4xx) is logged and is not fatal.</returns>
    internal static async Task<bool> TryPostAsync(Func<Task> post, TextWriter errors)
    {
        await Console.Out.FlushAsync().ConfigureAwait(false);
        await Console.Error.FlushAsync().ConfigureAwait(false);
        await errors.FlushAsync().ConfigureAwait(false);
        try
        {
            await post().ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            // The caller stopped the runtime mid-post; the loop sees the cancellation and ends normally.
            return true;
        }
        catch (RuntimeApiException exception) when (exception.IsRequestRejected)
        {
            await errors.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return true;
        }
        catch (Exception exception) when (exception is RuntimeApiException or HttpRequestException)
        {
            await errors.WriteLineAsync($"The Lambda Runtime API failed, exiting: {exception.Message}").ConfigureAwait(false);
            return false;
        }
    }
}
