namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>Lambda Invoke API requests, shaped as the AWS CLI sends them.</summary>
internal static class InvokeRequests
{
    public static string PathFor(string functionName) =>
        $"/2015-03-31/functions/{Uri.EscapeDataString(functionName)}/invocations";

    public static HttpRequestMessage Create(string functionName, HttpContent payload, string? invocationType = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, PathFor(functionName)) { Content = payload };
        if (invocationType is not null)
        {
            request.Headers.Add("X-Amz-Invocation-Type", invocationType);
        }

        return request;
    }
}
