using System.Reflection;
using System.Runtime.Loader;

namespace EventFunctions.Cdk.Tests.Infrastructure;

/// <summary>
/// Resolves a handler string the way Lambda's managed .NET runtime does: split <c>Assembly::Type::Method</c>, load
/// the assembly by name from the code folder, the type by full name, the method by name; then checks the shape the
/// generated handlers promise: a public type with a public parameterless constructor and
/// <c>public Task&lt;Stream&gt; Method(Stream)</c>.
/// </summary>
public static class LambdaHandlerResolver
{
    private static readonly Lazy<CodeFolderLoadContext> Context = new(() => new(AppContext.BaseDirectory));

    /// <summary>The handler method, or an exception saying which part did not resolve.</summary>
    public static MethodInfo Resolve(string handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var parts = handler.Split("::");
        if (parts.Length != 3)
        {
            throw new FormatException($"'{handler}' is not Assembly::Type::Method.");
        }

        var assembly = Context.Value.LoadFromAssemblyName(new AssemblyName(parts[0]));
        var type = assembly.GetType(parts[1], throwOnError: false)
            ?? throw new TypeLoadException($"{parts[0]} has no type {parts[1]}.");
        if (!type.IsPublic || type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is not { IsPublic: true })
        {
            throw new TypeLoadException($"{parts[1]} is not a public concrete type with a public parameterless constructor.");
        }

        var method = type.GetMethod(parts[2], BindingFlags.Public | BindingFlags.Instance, [typeof(Stream)])
            ?? throw new MissingMethodException($"{parts[1]} has no public instance {parts[2]}(Stream).");
        return method.ReturnType == typeof(Task<Stream>)
            ? method
            : throw new MissingMethodException($"{parts[1]}.{parts[2]} returns {method.ReturnType}, not Task<Stream>.");
    }

    /// <summary>The <c>GeneratedProgram.Handlers</c> constant of the built functions: the names its <c>Main</c> accepts.</summary>
    public static IReadOnlyList<string> GeneratedMainHandlers()
    {
        var assembly = Context.Value.LoadFromAssemblyName(new AssemblyName("EventFunctions"));
        var handlers = assembly.GetType("EventFunctions.GeneratedProgram", throwOnError: true)!
            .GetField("Handlers")?.GetRawConstantValue() as string
            ?? throw new MissingFieldException("EventFunctions.GeneratedProgram has no Handlers constant.");
        return handlers.Split(", ");
    }

    /// <summary>Loads assemblies from the code folder, as the runtime loads from <c>/var/task</c>; the framework is shared.</summary>
    private sealed class CodeFolderLoadContext(string folder) : AssemblyLoadContext("lambda-code", isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Path.Combine(folder, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
