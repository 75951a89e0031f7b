// A stand-in for the managed dotnet runtime's bootstrap, for cold-start measurements. It does what that runtime
// does before the first response: loads the function assembly from its publish folder (with that folder's deps.json),
// resolves the type of the handler string, constructs it (the function's INIT) and invokes FunctionHandler(Stream)
// once (the first INVOKE). It prints one line of monotonic timestamps (Stopwatch ticks, the same clock in every
// process on Linux) that the parent turns into milliseconds since it spawned this process.
//
// Usage: Bootstrap <publish folder> <handler string> <event file>
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;

var mainEntered = Stopwatch.GetTimestamp();
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: Bootstrap <publish folder> <handler string> <event file>");
    return 2;
}

var (folder, handler, eventFile) = (Path.GetFullPath(args[0]), args[1], args[2]);
var parts = handler.Split("::");
if (parts.Length != 3)
{
    Console.Error.WriteLine($"'{handler}' is not Assembly::Namespace.Type::Method.");
    return 2;
}

// Before it loads the function, the managed runtime replaces Console.Out and Console.Error with its log-formatting
// writers (Amazon.Lambda.RuntimeSupport's LogLevelLoggerWriter), creating the console streams on the way: a function's
// first log line does not pay for them on Lambda, so it does not pay for them here either.
_ = Console.Out;
_ = Console.Error;

var context = new FunctionLoadContext(Path.Combine(folder, parts[0] + ".dll"));
var assembly = context.LoadFromAssemblyName(new AssemblyName(parts[0]));
var type = assembly.GetType(parts[1], throwOnError: true)!;
var method = type.GetMethod(parts[2], [typeof(Stream)])
    ?? throw new MissingMethodException(parts[1], parts[2]);
var loaded = Stopwatch.GetTimestamp();

var instance = Activator.CreateInstance(type);
var constructed = Stopwatch.GetTimestamp();

// The runtime receives the event from the Runtime API as bytes; here they come from a file.
using var input = new MemoryStream(File.ReadAllBytes(eventFile), writable: false);
var output = await (Task<Stream>)method.Invoke(instance, [input])!;
using var reader = new StreamReader(output);
var response = reader.ReadToEnd();
var responded = Stopwatch.GetTimestamp();

// Status code only: the parent checks it; the whole response goes to stderr for diagnosis.
var status = System.Text.Json.JsonDocument.Parse(response).RootElement.GetProperty("statusCode").GetInt32();
Console.Error.WriteLine(response);
Console.Out.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"COLDSTART main={mainEntered} loaded={loaded} init={constructed} response={responded} status={status} "
    + $"jitus={(long)System.Runtime.JitInfo.GetCompilationTime().TotalMicroseconds} jitmethods={System.Runtime.JitInfo.GetCompiledMethodCount()}"));
return 0;

/// <summary>Resolves the function's assemblies from its publish folder (deps.json), the framework from the default context.</summary>
internal sealed class FunctionLoadContext(string mainAssemblyPath) : AssemblyLoadContext("function")
{
    private readonly AssemblyDependencyResolver resolver = new(mainAssemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName) =>
        resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
