using System.Reflection;
using System.Text;
using EventFunctions.Annotations.Observability;
using EventFunctions.Annotations.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace EventFunctions.Annotations.Generator.Tests.Infrastructure;

/// <summary>The Greetings sample compiled once through the generator, with its handlers ready to invoke.</summary>
public sealed class SampleFunctionsFixture
{
    private readonly Assembly assembly = GeneratorHarness.CompileAndLoad(SampleSources.Greetings);

    public StringWriter Log { get; } = new();

    /// <summary>Invokes the generated handler of <paramref name="method"/> the way the managed runtime would.</summary>
    internal async Task<ProxyResult> InvokeAsync(string method, string eventJson)
    {
        var handler = CreateHandler(method);
        var entry = handler.GetType().GetMethod("FunctionHandler", [typeof(Stream)])!;
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(eventJson));
        var output = await (Task<Stream>)entry.Invoke(handler, [input])!;
        return ProxyResult.Parse(output);
    }

    internal Task<ProxyResult> InvokeAsync(string method, ProxyEvent proxyEvent) => InvokeAsync(method, proxyEvent.ToJson());

    /// <summary>Invokes the generated handler's context entry, the way <c>LambdaBootstrap</c> does in executable mode.</summary>
    internal async Task<ProxyResult> InvokeWithContextAsync(string method, ProxyEvent proxyEvent, EventFunctions.Annotations.RuntimeApi.ILambdaContext context)
    {
        var handler = (ILambdaStreamHandler)CreateHandler(method);
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(proxyEvent.ToJson()));
        return ProxyResult.Parse(await handler.FunctionHandler(input, context));
    }

    internal Type HandlerType(string method) => assembly.GetType($"Sample.Functions_{method}_Generated", throwOnError: true)!;

    /// <summary>The parameterless constructor, exactly as Lambda's runtime creates the handler.</summary>
    internal object CreateDefaultHandler(string method) =>
        Activator.CreateInstance(assembly.GetType($"Sample.Functions_{method}_Generated", throwOnError: true)!)!;

    private object CreateHandler(string method)
    {
        var services = new ServiceCollection();
        var startup = Activator.CreateInstance(assembly.GetType("Sample.Startup", throwOnError: true)!)!;
        startup.GetType().GetMethod("ConfigureServices")!.Invoke(startup, [services]);
        var functions = assembly.GetType("Sample.Functions", throwOnError: true)!;
        services.AddSingleton(functions);
        services.AddSingleton(new InvocationLog(Log));
        services.AddSingleton(new CorsPolicy(["https://app.example.com"]));
        var type = assembly.GetType($"Sample.Functions_{method}_Generated", throwOnError: true)!;
        return Activator.CreateInstance(type, [services.BuildServiceProvider()])!;
    }
}
