using System.Globalization;

namespace EventFunctions.Annotations.RuntimeApi;

/// <summary>The execution environment's description of its function, from Lambda's reserved variables.</summary>
public sealed record LambdaFunctionEnvironment(
    string FunctionName,
    string FunctionVersion,
    int MemoryLimitInMB,
    string LogGroupName,
    string LogStreamName)
{
    /// <summary>Reads <c>AWS_LAMBDA_FUNCTION_NAME</c>, <c>_VERSION</c>, <c>_MEMORY_SIZE</c>, <c>AWS_LAMBDA_LOG_GROUP_NAME</c> and <c>_STREAM_NAME</c>.</summary>
    public static LambdaFunctionEnvironment From(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        return new(
            variable("AWS_LAMBDA_FUNCTION_NAME") ?? string.Empty,
            variable("AWS_LAMBDA_FUNCTION_VERSION") ?? string.Empty,
            int.TryParse(variable("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"), NumberStyles.None, CultureInfo.InvariantCulture, out var memory) ? memory : 0,
            variable("AWS_LAMBDA_LOG_GROUP_NAME") ?? string.Empty,
            variable("AWS_LAMBDA_LOG_STREAM_NAME") ?? string.Empty);
    }
}
