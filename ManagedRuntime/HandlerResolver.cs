using System.Reflection;

namespace EventFunctions.ManagedRuntime;

/// <summary>
/// Finds the method a function's handler string names, the way the managed .NET runtime does: the assembly by
/// name, the type by full name, the method by name. Without a Lambda serializer the only signature the runtime
/// can call is a stream in and a stream out, so that is the one accepted. Any mismatch fails here, as a
/// deployment with that handler string fails its INIT.
/// </summary>
public static class HandlerResolver
{
    /// <param name="handlerString">The handler string, <c>Assembly::Namespace.Type::Method</c>.</param>
    /// <param name="loadAssembly">Loads the handler's assembly by name (from the function's folder, or the caller's context).</param>
    /// <exception cref="HandlerResolutionException">The string is malformed or does not name a stream handler; the message says which part.</exception>
    public static ResolvedHandler Resolve(string handlerString, Func<AssemblyName, Assembly> loadAssembly)
    {
        ArgumentNullException.ThrowIfNull(handlerString);
        ArgumentNullException.ThrowIfNull(loadAssembly);
        HandlerString handler;
        try
        {
            handler = HandlerString.Parse(handlerString);
        }
        catch (FormatException exception)
        {
            throw new HandlerResolutionException(exception.Message, exception);
        }

        var assembly = LoadAssembly(handler, loadAssembly);
        var type = assembly.GetType(handler.TypeName, throwOnError: false)
            ?? throw new HandlerResolutionException($"Unable to load type '{handler.TypeName}' from assembly '{handler.AssemblyName}'.");
        var method = FindMethod(handler, type);
        if (method.IsStatic)
        {
            return new ResolvedHandler(handler, method, Constructor: null);
        }

        var constructor = type.IsAbstract ? null : type.GetConstructor(Type.EmptyTypes);
        return constructor is null
            ? throw new HandlerResolutionException($"Type '{handler.TypeName}' has no public parameterless constructor, so the runtime cannot create it.")
            : new ResolvedHandler(handler, method, constructor);
    }

    private static Assembly LoadAssembly(HandlerString handler, Func<AssemblyName, Assembly> loadAssembly)
    {
        try
        {
            return loadAssembly(new AssemblyName(handler.AssemblyName));
        }
        catch (Exception exception) when (exception is FileNotFoundException or FileLoadException
            or BadImageFormatException or ArgumentException)
        {
            throw new HandlerResolutionException($"Unable to load assembly '{handler.AssemblyName}'.", exception);
        }
    }

    private static MethodInfo FindMethod(HandlerString handler, Type type)
    {
        var candidates = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(m => m.Name == handler.MethodName)
            .ToArray();
        var where = $"method '{handler.MethodName}' in type '{handler.TypeName}' from assembly '{handler.AssemblyName}'";
        return candidates switch
        {
            [] => throw new HandlerResolutionException($"Unable to find {where}: found no public method with that name."),
            [var method] when IsStreamHandler(method) => method,
            [var method] => throw new HandlerResolutionException(
                $"The {where} is '{method}'; without a Lambda serializer it must be 'Task<Stream> {handler.MethodName}(Stream)'."),
            _ => throw new HandlerResolutionException($"Unable to pick the {where}: it has {candidates.Length} overloads."),
        };
    }

    private static bool IsStreamHandler(MethodInfo method) =>
        !method.IsGenericMethodDefinition
        && method.ReturnType == typeof(Task<Stream>)
        && method.GetParameters() is [{ ParameterType: var input }] && input == typeof(Stream);
}
