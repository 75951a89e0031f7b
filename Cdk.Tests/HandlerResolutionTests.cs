using EventFunctions.Cdk.Tests.Infrastructure;

namespace EventFunctions.Cdk.Tests;

/// <summary>Every handler string either deployment names resolves in the built EventFunctions.dll.</summary>
[Collection(CdkCollectionDefinition.Name)]
public sealed class HandlerResolutionTests(StackVariants stacks)
{
    [Fact]
    public void Handlers_InSynthesizedTemplate_ResolveToStreamHandlers()
    {
        var handlers = stacks.Default.Json.OfType("AWS::Lambda::Function")
            .Select(f => (string)f.Resource["Properties"]!["Handler"]!).ToArray();

        Assert.Equal(Manifests.Generated.Functions.Count, handlers.Length);
        Assert.All(handlers, handler => LambdaHandlerResolver.Resolve(handler));
    }

    [Fact]
    public void Handlers_InServerlessTemplate_ResolveToStreamHandlers()
    {
        var template = CfnTemplate.Parse(File.ReadAllText(RepositoryFiles.SamTemplate));
        var handlers = template.OfType("AWS::Serverless::Function")
            .Select(f => (string)f.Resource["Properties"]!["Handler"]!).ToArray();

        Assert.Equal(Manifests.Generated.Functions.Count, handlers.Length);
        Assert.All(handlers, handler => LambdaHandlerResolver.Resolve(handler));
    }

    [Theory]
    [InlineData("EventFunctions::EventFunctions.NoSuchType::FunctionHandler")]
    [InlineData("EventFunctions::EventFunctions.Functions_GetEvent_Generated::NoSuchMethod")]
    [InlineData("EventFunctions::EventFunctions.Functions::GetEvent")]
    [InlineData("EventFunctions.Functions_GetEvent_Generated::FunctionHandler")]
    public void Resolve_HandlerTheRuntimeCouldNotRun_Throws(string handler)
    {
        Assert.ThrowsAny<Exception>(() => LambdaHandlerResolver.Resolve(handler));
    }
}
