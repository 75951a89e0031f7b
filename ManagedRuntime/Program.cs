// The local stand-in for the dotnet10 managed runtime's bootstrap: loads the function from its folder (with that
// folder's deps.json), resolves the handler string by reflection, constructs the handler (INIT) and serves the
// Lambda Runtime API with FunctionHandler(Stream). A stream handler gets no Lambda context on the managed runtime,
// so none is passed here either. A handler that does not resolve is an INIT error, as on Lambda. Console.Out and
// Console.Error are wrapped the way Amazon.Lambda.RuntimeSupport wraps them (RuntimeSupportConsole).
//
// Usage: dotnet EventFunctions.ManagedRuntime.dll <function folder> <handler string>
using System.Reflection;
using EventFunctions.Annotations.RuntimeApi;
using EventFunctions.ManagedRuntime;

if (args.Length != 2)
{
    await Console.Error.WriteLineAsync("usage: dotnet EventFunctions.ManagedRuntime.dll <function folder> <handler string>");
    return 64;
}

RuntimeSupportConsole.Install(Environment.GetEnvironmentVariable);
var folder = Path.GetFullPath(args[0]);
var handlerString = args[1];
return await LambdaBootstrap.RunAsync(() =>
{
    var assemblyName = handlerString.Split("::")[0];
    var context = new FunctionLoadContext(Path.Combine(folder, assemblyName + ".dll"));
    var resolved = HandlerResolver.Resolve(handlerString, context.LoadFromAssemblyName);
    Func<Stream, Task<Stream>> handler;
    try
    {
        handler = resolved.CreateDelegate();
    }
    catch (TargetInvocationException exception) when (exception.InnerException is { } cause)
    {
        // Report the function's own INIT failure, not reflection's wrapper around it.
        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cause);
        throw;
    }

    return (input, _) => handler(input);
});
