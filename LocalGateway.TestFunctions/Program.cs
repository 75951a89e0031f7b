using EventFunctions.Annotations;
using EventFunctions.Annotations.RuntimeApi;
using EventFunctions.LocalGateway.TestFunctions;

// Executable mode: the function named by ANNOTATIONS_HANDLER, as the functions' generated Main chooses its own.
// Managed mode loads the same classes by handler string instead.
Func<LambdaHandler>? initialize = Environment.GetEnvironmentVariable(LambdaGlobalPropertiesAttribute.HandlerEnvironmentVariable) switch
{
    "Echo" => Stream(() => new EchoFunction().FunctionHandler),
    "Binary" => Stream(() => new BinaryFunction().FunctionHandler),
    "Broken" => Stream(() => new BrokenFunction().FunctionHandler),
    "Throwing" => Stream(() => new ThrowingFunction().FunctionHandler),
    "Slow" => Stream(() => new SlowFunction().FunctionHandler),
    "Crashing" => Stream(() => new CrashingFunction().FunctionHandler),
    "Exiting" => Stream(() => new ExitingFunction().FunctionHandler),
    "InitFailing" => Stream(() => new InitFailingFunction().FunctionHandler),
    "Oversized" => Stream(() => new OversizedFunction().FunctionHandler),
    "Logging" => Stream(() => new LoggingFunction().FunctionHandler),
    "Environment" => Stream(() => new EnvironmentFunction().FunctionHandler),
    "Misbehaving" => () => new MisbehavingFunction().FunctionHandler,
    _ => null,
};

if (initialize is null)
{
    await Console.Error.WriteLineAsync($"Unknown {LambdaGlobalPropertiesAttribute.HandlerEnvironmentVariable} '{Environment.GetEnvironmentVariable(LambdaGlobalPropertiesAttribute.HandlerEnvironmentVariable)}'.");
    return 1;
}

return await LambdaBootstrap.RunAsync(initialize);

static Func<LambdaHandler> Stream(Func<Func<Stream, Task<Stream>>> create) => () =>
{
    var handler = create();
    return (input, _) => handler(input);
};
