using System.Diagnostics.CodeAnalysis;

namespace EventFunctions.Annotations.RuntimeApi;

/// <summary>After INIT: <c>next</c> → handler → <c>response</c> or <c>error</c>, until cancelled or the Runtime API fails.</summary>
/// <remarks>
/// With <paramref name="reportAllocations"/> (<c>ANNOTATIONS_REPORT_ALLOCATIONS=1</c>, a benchmark's opt-in) every
/// invocation writes <c>ALLOCATED_BYTES N</c> on stderr before its answer: the process's GC-allocated bytes
/// (<see cref="GC.GetTotalAllocatedBytes(bool)"/>, precise) from the previous invocation's <c>next</c> to this one's,
/// i.e. one whole cycle (handler, answer, next request, and the previous report line). Off, it is one branch per invocation.
/// </remarks>
internal sealed class InvocationLoop(RuntimeApiClient client, LambdaHandler handler, TextWriter errors, bool reportAllocations = false)
{
    /// <summary>The variable that turns the allocation report on (<c>1</c>).</summary>
    public const string ReportAllocationsVariable = "ANNOTATIONS_REPORT_ALLOCATIONS";

    private long allocatedAtLastNext = -1;

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

            if (reportAllocations)
            {
                await ReportAllocationsAsync().ConfigureAwait(false);
            }

            if (!await InvokeAsync(invocation, cancellationToken).ConfigureAwait(false))
            {
                return LambdaBootstrap.RuntimeApiFailedExitCode;
            }
        }

        return 0;
    }

    private async Task ReportAllocationsAsync()
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        if (allocatedAtLastNext >= 0)
        {
            await errors.WriteLineAsync(string.Create(
                System.Globalization.CultureInfo.InvariantCulture, $"ALLOCATED_BYTES {allocated - allocatedAtLastNext}")).ConfigureAwait(false);
        }

        allocatedAtLastNext = allocated;
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
