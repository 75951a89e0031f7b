using System.Diagnostics.CodeAnalysis;

namespace EventFunctions.Annotations.RuntimeApi;

/// <summary>After INIT: <c>next</c> → handler → <c>response</c> or <c>error</c>, until cancelled or the Runtime API fails.</summary>
internal sealed class InvocationLoop(RuntimeApiClient client, LambdaHandler handler, TextWriter errors)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            RuntimeApiInvocation invocation;
            try
            {
                invocation = await client.NextAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception) when (exception is RuntimeApiException or HttpRequestException)
            {
                await errors.WriteLineAsync($"The Lambda Runtime API failed, exiting: {exception.Message}").ConfigureAwait(false);
                return LambdaBootstrap.RuntimeApiFailedExitCode;
            }

            if (!await InvokeAsync(invocation, cancellationToken).ConfigureAwait(false))
            {
                return LambdaBootstrap.RuntimeApiFailedExitCode;
            }
        }

        return 0;
    }

    /// <summary>One invocation, with its context ambient and its trace id in <c>_X_AMZN_TRACE_ID</c> (cleared when it has none).</summary>
    [SuppressMessage("Design", "CA1031", Justification = "The handler is user code: whatever it throws is reported to Lambda.")]
    private async Task<bool> InvokeAsync(RuntimeApiInvocation invocation, CancellationToken cancellationToken)
    {
        var context = invocation.Context;
        var requestId = context.AwsRequestId;
        Environment.SetEnvironmentVariable(LambdaBootstrap.TraceIdVariable, context.TraceId);
        LambdaContext.Current = context;
        try
        {
            Stream output;
            try
            {
                var input = new MemoryStream(invocation.Payload, 0, invocation.Payload.Length, writable: false, publiclyVisible: true);
                output = await handler(input, context).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                await LambdaBootstrap.WriteExceptionAsync(errors, $"Invocation {requestId} failed", exception).ConfigureAwait(false);
                return await LambdaBootstrap.TryPostAsync(() => client.PostErrorAsync(requestId, exception, cancellationToken), errors)
                    .ConfigureAwait(false);
            }

            await using (output.ConfigureAwait(false))
            {
                return await LambdaBootstrap.TryPostAsync(() => client.PostResponseAsync(requestId, output, cancellationToken), errors)
                    .ConfigureAwait(false);
            }
        }
        finally
        {
            LambdaContext.Current = null;
        }
    }
}
