namespace EventFunctions.Annotations.RuntimeApi;

/// <summary>
/// What Lambda tells a function about the invocation it is running, with the names of Amazon.Lambda.Core's
/// <c>ILambdaContext</c>: from the Runtime API's <c>next</c> headers and the execution environment's variables.
/// </summary>
public interface ILambdaContext
{
    /// <summary>The invocation's request id (<c>Lambda-Runtime-Aws-Request-Id</c>).</summary>
    string AwsRequestId { get; }

    /// <summary>The ARN the caller invoked, with a version or alias when it named one (<c>Lambda-Runtime-Invoked-Function-Arn</c>).</summary>
    string InvokedFunctionArn { get; }

    /// <summary>When the invocation times out (<c>Lambda-Runtime-Deadline-Ms</c>).</summary>
    DateTimeOffset Deadline { get; }

    /// <summary>The time left until <see cref="Deadline"/>, never negative.</summary>
    TimeSpan RemainingTime { get; }

    /// <summary>The X-Ray trace header (<c>Lambda-Runtime-Trace-Id</c>), when tracing is on.</summary>
    string? TraceId { get; }

    /// <summary>The mobile SDK's client context as JSON (<c>Lambda-Runtime-Client-Context</c>), if any.</summary>
    string? ClientContext { get; }

    /// <summary>The Cognito identity as JSON (<c>Lambda-Runtime-Cognito-Identity</c>), if any.</summary>
    string? CognitoIdentity { get; }

    /// <summary><c>AWS_LAMBDA_FUNCTION_NAME</c>.</summary>
    string FunctionName { get; }

    /// <summary><c>AWS_LAMBDA_FUNCTION_VERSION</c>.</summary>
    string FunctionVersion { get; }

    /// <summary><c>AWS_LAMBDA_FUNCTION_MEMORY_SIZE</c>, 0 when unset.</summary>
    int MemoryLimitInMB { get; }

    /// <summary><c>AWS_LAMBDA_LOG_GROUP_NAME</c>.</summary>
    string LogGroupName { get; }

    /// <summary><c>AWS_LAMBDA_LOG_STREAM_NAME</c>.</summary>
    string LogStreamName { get; }
}
