using System.Reflection;
using EventFunctions.Annotations.Manifest;
using EventFunctions.LocalGateway.Hosting;

namespace EventFunctions.LocalGateway.Lambda;

/// <summary>A handler string resolved to its method; <see cref="Initialize"/> is the function's INIT phase.</summary>
internal sealed record ResolvedHandler(FunctionDescriptor Function, MethodInfo Method, ConstructorInfo? Constructor)
{
    /// <summary>Creates the handler instance (its constructor builds the function's services) and binds the method.</summary>
    public LambdaFunction Initialize()
    {
        object? instance;
        try
        {
            instance = Constructor?.Invoke(null);
        }
        catch (TargetInvocationException exception)
        {
            var cause = exception.InnerException ?? exception;
            throw new GatewayStartupException(
                $"Function '{Function.Name}' failed its INIT ({Function.Handler}): {cause.Message}", cause);
        }

        var handler = instance is null
            ? Method.CreateDelegate<Func<Stream, Task<Stream>>>()
            : Method.CreateDelegate<Func<Stream, Task<Stream>>>(instance);
        return new LambdaFunction(Function, handler);
    }
}
