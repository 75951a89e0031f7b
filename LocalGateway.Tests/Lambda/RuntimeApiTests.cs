using System.Text.Json;
using EventFunctions.LocalGateway.Lambda;
using EventFunctions.LocalGateway.TestFunctions;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.Lambda;

/// <summary>The Runtime API answers a runtime that breaks its rules as Lambda's does, and the invocation survives.</summary>
public sealed class RuntimeApiTests : IAsyncLifetime
{
    private GatewayHandle? gateway;

    private GatewayHandle Gateway => gateway!;

    public async Task InitializeAsync() =>
        gateway = await GatewayHandle.StartAsync(RuntimeMode.Executable, configure: options => options with
        {
            Manifest = TestManifests.Of(TestManifests.Function<MisbehavingFunction>("Misbehaving", "GET", "/misbehaving")),
        });

    public async Task DisposeAsync() => await Gateway.DisposeAsync();

    [Theory]
    [InlineData("unknownRequestId", 400, "InvalidRequestID")]
    [InlineData("nextBeforeAnswering", 403, "InvalidStateTransition")]
    [InlineData("initErrorAfterInit", 403, "InvalidStateTransition")]
    public async Task Misbehaviour_GetsLambdasAnswer(string misbehaviour, int status, string errorType)
    {
        var answers = await InvokeAsync();

        Assert.Equal(status, answers.GetProperty(misbehaviour).GetProperty("status").GetInt32());
        Assert.Equal(errorType, answers.GetProperty(misbehaviour).GetProperty("errorType").GetString());
    }

    [Fact]
    public async Task ResponsePostedTwice_FirstIsAcceptedSecondIs403()
    {
        await InvokeAsync();

        await Eventually.TrueAsync(
            () => Gateway.Log.Text.Contains("[Misbehaving] first answer: 202; second answer: 403 InvalidStateTransition", StringComparison.Ordinal),
            "the function printed both answers");
    }

    [Fact]
    public async Task AfterMisbehaving_TheEnvironmentServesTheNextInvocation()
    {
        await InvokeAsync();

        var next = await InvokeAsync();

        Assert.Equal(400, next.GetProperty("unknownRequestId").GetProperty("status").GetInt32());
        Assert.Equal(1, Gateway.Gateway.Functions.Single().EnvironmentsStarted);
    }

    private async Task<JsonElement> InvokeAsync()
    {
        var invocation = await Invocation.SendAsync(Gateway.Client, "Misbehaving");
        Assert.Null(invocation.FunctionError);
        return JsonDocument.Parse(invocation.Json.GetProperty("body").GetString()!).RootElement;
    }

}
