using EventFunctions.Annotations.Generated;
using EventFunctions.Annotations.Manifest;

namespace EventFunctions.Tests.Infrastructure;

/// <summary>
/// The statuses the manifest documents for each generated handler. The harnesses check every response a handler
/// test gets against them, so a status a function can give but does not declare fails the test that reaches it.
/// </summary>
internal static class DeclaredResponses
{
    private static readonly Dictionary<string, FunctionDescriptor> ByHandlerType =
        FunctionManifest.Parse(LambdaFunctionManifest.Json).Functions.ToDictionary(f => f.HandlerType, StringComparer.Ordinal);

    public static ProxyResponse Checked(Type handler, ProxyResponse response)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(response);
        var function = ByHandlerType[handler.FullName!];
        var declared = function.Responses.Select(r => r.Status).ToHashSet();
        Assert.True(
            declared.Contains(response.StatusCode),
            $"{function.Name} answered {response.StatusCode}, which it does not declare (it declares {string.Join(", ", declared.Order())}).");
        return response;
    }
}
