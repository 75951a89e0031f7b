using System.Reflection;
using EventFunctions.Annotations.Manifest;
using EventFunctions.LocalGateway.Hosting;

namespace EventFunctions.LocalGateway.Lambda;

/// <summary>
/// Finds the method a function's handler string names, the way the managed .NET runtime does: the assembly by
/// name, the type by full name, the method by name. Without a Lambda serializer the only signature the runtime
/// can call is a stream in and a stream out, so that is the one accepted. Any mismatch fails here, at startup,
/// as a deployment with that handler string would fail on its first invocation.
/// </summary>
internal static class HandlerResolver
{
    public static ResolvedHandler Resolve(FunctionDescriptor function)
    {
        ArgumentNullException.ThrowIfNull(function);
        HandlerString handler;
        try
        {
            handler = HandlerString.Parse(function.Handler);
        }
        catch (FormatException exception)
        {
            throw Invalid(function, exception.Message);
        }

        var assembly = LoadAssembly(function, handler);
        var type = assembly.GetType(handler.TypeName, throwOnError: false)
            ?? throw Invalid(function, $"Unable to load type '{handler.TypeName}' from assembly '{handler.AssemblyName}'.");
        var method = FindMethod(function, handler, type);
        if (method.IsStatic)
        {
            return new ResolvedHandler(function, method, Constructor: null);
        }

        var constructor = type.IsAbstract ? null : type.GetConstructor(Type.EmptyTypes);
        return constructor is null
            ? throw Invalid(function, $"Type '{handler.TypeName}' has no public parameterless constructor, so the runtime cannot create it.")
            : new ResolvedHandler(function, method, constructor);
    }

    private static Assembly LoadAssembly(FunctionDescriptor function, HandlerString handler)
    {
        try
        {
            return Assembly.Load(new AssemblyName(handler.AssemblyName));
        }
        catch (Exception exception) when (exception is FileNotFoundException or FileLoadException
            or BadImageFormatException or ArgumentException)
        {
            throw Invalid(function, $"Unable to load assembly '{handler.AssemblyName}'.");
        }
    }

    private static MethodInfo FindMethod(FunctionDescriptor function, HandlerString handler, Type type)
    {
        var candidates = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(m => m.Name == handler.MethodName)
            .ToArray();
        var where = $"method '{handler.MethodName}' in type '{handler.TypeName}' from assembly '{handler.AssemblyName}'";
        return candidates switch
        {
            [] => throw Invalid(function, $"Unable to find {where}: found no public method with that name."),
            [var method] when IsStreamHandler(method) => method,
            [var method] => throw Invalid(function,
                $"The {where} is '{method}'; without a Lambda serializer it must be 'Task<Stream> {handler.MethodName}(Stream)'."),
            _ => throw Invalid(function, $"Unable to pick the {where}: it has {candidates.Length} overloads."),
        };
    }

    private static bool IsStreamHandler(MethodInfo method) =>
        !method.IsGenericMethodDefinition
        && method.ReturnType == typeof(Task<Stream>)
        && method.GetParameters() is [{ ParameterType: var input }] && input == typeof(Stream);

    private static GatewayStartupException Invalid(FunctionDescriptor function, string reason) =>
        new($"Function '{function.Name}' has an invalid handler '{function.Handler}': {reason}");
}
