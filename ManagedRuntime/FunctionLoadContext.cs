using System.Reflection;
using System.Runtime.Loader;

namespace EventFunctions.ManagedRuntime;

/// <summary>
/// Loads the function's assemblies from its folder through its deps.json, as the managed runtime loads from
/// <c>/var/task</c>; the framework comes from the default context.
/// </summary>
internal sealed class FunctionLoadContext(string mainAssemblyPath) : AssemblyLoadContext("function")
{
    private readonly AssemblyDependencyResolver resolver = new(mainAssemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName) =>
        resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
