using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.Lambda;
using EventFunctions.LocalGateway.TestFunctions;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.Lambda;

/// <summary>A wrong handler string of a managed-mode function stops the gateway at startup, naming the function, the handler and the cause.</summary>
public sealed class HandlerResolutionTests
{
    private const string Tests = TestManifests.AssemblyName;

    [Theory]
    [InlineData("NoSuchAssembly::EventFunctions.Functions_GetEvent_Generated::FunctionHandler", "Unable to load assembly 'NoSuchAssembly'")]
    [InlineData("EventFunctions::EventFunctions.NoSuchType::FunctionHandler", "Unable to load type 'EventFunctions.NoSuchType' from assembly 'EventFunctions'")]
    [InlineData("EventFunctions::EventFunctions.Functions_GetEvent_Generated::Handle", "Unable to find method 'Handle'")]
    [InlineData("EventFunctions.Functions_GetEvent_Generated::FunctionHandler", "is not in the format 'AssemblyName::Namespace.TypeName::MethodName'")]
    [InlineData(Tests + "::EventFunctions.LocalGateway.TestFunctions.WrongSignatureFunction::FunctionHandler", "must be 'Task<Stream> FunctionHandler(Stream)'")]
    [InlineData(Tests + "::EventFunctions.LocalGateway.TestFunctions.NoParameterlessConstructorFunction::FunctionHandler", "no public parameterless constructor")]
    public async Task Start_ManifestWithWrongHandler_FailsNamingTheHandlerAndCause(string handler, string cause)
    {
        var manifest = TestManifests.Of(TestManifests.Function("GetEvent", handler, "GET", "/events/{eventId}"));

        var failure = await Assert.ThrowsAsync<GatewayStartupException>(
            () => LocalGatewayServer.StartAsync(new GatewayOptions { Port = 0, Manifest = manifest, Mode = RuntimeMode.Managed }));

        Assert.Contains($"Function 'GetEvent' has an invalid handler '{handler}'", failure.Message, StringComparison.Ordinal);
        Assert.Contains(cause, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_TwoFunctionsOnOneRoute_FailsNamingBoth()
    {
        var manifest = TestManifests.Of(
            TestManifests.Function("First", TestManifests.Handler<EchoFunction>(), "GET", "/same"),
            TestManifests.Function("Second", TestManifests.Handler<EchoFunction>(), "GET", "/same"));

        var failure = await Assert.ThrowsAsync<GatewayStartupException>(
            () => LocalGatewayServer.StartAsync(new GatewayOptions
            {
                Port = 0,
                Manifest = manifest,
                FunctionsFolder = TestManifests.Folder,
                DynamoDbEndpoint = new Uri("http://127.0.0.1:9"),
            }));

        Assert.Contains("'First' and 'Second' both declare GET /same", failure.Message, StringComparison.Ordinal);
    }
}
