using System.Reflection;

namespace EventFunctions.ManagedRuntime;

/// <summary>A handler string resolved to its stream method, and the constructor that is the function's INIT (null for a static method).</summary>
public sealed record ResolvedHandler(HandlerString Handler, MethodInfo Method, ConstructorInfo? Constructor)
{
    /// <summary>Runs INIT (the constructor) and binds the method: what the managed runtime calls per invocation.</summary>
    /// <exception cref="TargetInvocationException">The constructor threw; the cause is its inner exception.</exception>
    public Func<Stream, Task<Stream>> CreateDelegate()
    {
        var instance = Constructor?.Invoke(null);
        return instance is null
            ? Method.CreateDelegate<Func<Stream, Task<Stream>>>()
            : Method.CreateDelegate<Func<Stream, Task<Stream>>>(instance);
    }
}
