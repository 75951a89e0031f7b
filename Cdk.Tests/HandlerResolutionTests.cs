using EventFunctions.Cdk.Tests.Infrastructure;

namespace EventFunctions.Cdk.Tests;

/// <summary>
/// Every handler either deployment names runs: each managed handler string resolves in the built EventFunctions.dll,
/// and each AOT function's <c>ANNOTATIONS_HANDLER</c> is one the generated <c>Main</c> knows.
/// </summary>
[Collection(CdkCollectionDefinition.Name)]
public sealed class HandlerResolutionTests(StackVariants stacks)
{
    [Fact]
    public void Handlers_InManagedStack_ResolveToStreamHandlers()
    {
        var handlers = Handlers(stacks.Managed.Json, "AWS::Lambda::Function");

        Assert.Equal(Manifests.Generated.Functions.Count, handlers.Length);
        Assert.All(handlers, handler => LambdaHandlerResolver.Resolve(handler));
    }

    [Fact]
    public void Handlers_InManagedServerlessTemplate_ResolveToStreamHandlers()
    {
        var handlers = Handlers(CfnTemplate.Parse(File.ReadAllText(RepositoryFiles.SamTemplate(FunctionRuntime.Managed))), "AWS::Serverless::Function");

        Assert.Equal(Manifests.Generated.Functions.Count, handlers.Length);
        Assert.All(handlers, handler => LambdaHandlerResolver.Resolve(handler));
    }

    [Fact]
    public void AnnotationsHandlers_InDefaultStack_AreTheGeneratedMainsFunctions()
    {
        Assert.Equal(GeneratedMainHandlers(), AnnotationsHandlers(stacks.Default.Json, "AWS::Lambda::Function"));
    }

    [Fact]
    public void AnnotationsHandlers_InServerlessTemplate_AreTheGeneratedMainsFunctions()
    {
        var template = CfnTemplate.Parse(File.ReadAllText(RepositoryFiles.SamTemplate(FunctionRuntime.Aot)));

        Assert.Equal(GeneratedMainHandlers(), AnnotationsHandlers(template, "AWS::Serverless::Function"));
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

    private static string[] Handlers(CfnTemplate template, string type) =>
        [.. template.OfType(type).Select(f => (string)f.Resource["Properties"]!["Handler"]!)];

    private static string[] AnnotationsHandlers(CfnTemplate template, string type) =>
        [.. template.OfType(type).Select(f => (string)f.Resource["Properties"]!["Environment"]!["Variables"]!["ANNOTATIONS_HANDLER"]!).Order(StringComparer.Ordinal)];

    /// <summary><c>GeneratedProgram.Handlers</c> of the built EventFunctions.dll: the names its <c>Main</c> runs.</summary>
    private static string[] GeneratedMainHandlers() =>
        [.. LambdaHandlerResolver.GeneratedMainHandlers().Order(StringComparer.Ordinal)];
}
