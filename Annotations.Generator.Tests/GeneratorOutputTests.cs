using EventFunctions.Annotations.Generator.Tests.Infrastructure;
using EventFunctions.Annotations.Manifest;
using Microsoft.CodeAnalysis;

namespace EventFunctions.Annotations.Generator.Tests;

/// <summary>What the generator writes: handler classes, the manifest, and caching between runs.</summary>
[Trait("Category", "Unit")]
public sealed class GeneratorOutputTests
{
    [Fact]
    public void GeneratedHandler_MatchesTheReviewedSnapshot()
    {
        var run = GeneratorHarness.Run(SampleSources.Greetings);

        Snapshot.Match("Sample.Functions_GetGreeting_Generated.g.cs", run.GeneratedText("Sample.Functions_GetGreeting_Generated.g.cs"));
    }

    [Fact]
    public void GeneratedBodyHandler_MatchesTheReviewedSnapshot()
    {
        var run = GeneratorHarness.Run(SampleSources.Greetings);

        Snapshot.Match("Sample.Functions_PutGreeting_Generated.g.cs", run.GeneratedText("Sample.Functions_PutGreeting_Generated.g.cs"));
    }

    [Fact]
    public void GeneratedCallerHandler_MatchesTheReviewedSnapshot()
    {
        var run = GeneratorHarness.Run(SampleSources.Greetings);

        Snapshot.Match("Sample.Functions_GreetCaller_Generated.g.cs", run.GeneratedText("Sample.Functions_GreetCaller_Generated.g.cs"));
    }

    [Fact]
    public void Manifest_DescribesEveryFunctionWithItsHandlerRouteSettingsAndActions()
    {
        var run = GeneratorHarness.Run(SampleSources.Greetings);
        var assembly = GeneratorHarness.CompileAndLoad(SampleSources.Greetings);

        var manifest = FunctionManifest.Load(assembly);

        Assert.NotEmpty(run.GeneratedText("LambdaFunctionManifest.g.cs"));
        Assert.Equal(GeneratorHarness.AssemblyName, manifest.Assembly);
        Assert.Equal(["FailGreeting", "GetGreeting", "GreetCaller", "PostGreeting", "PutGreeting"], manifest.Functions.Select(f => f.Name));
        var get = manifest.Functions.Single(f => f.Name == "GetGreeting");
        Assert.Equal("SampleFunctions::Sample.Functions_GetGreeting_Generated::FunctionHandler", get.Handler);
        Assert.Equal("GET", get.HttpMethod);
        Assert.Equal("/greetings/{id}", get.Path);
        Assert.Equal(256, get.MemorySize);
        Assert.Equal(5, get.Timeout);
        Assert.Equal(["dynamodb:GetItem"], get.DynamoDbActions);
        Assert.Equal("Greets greeting number id.", get.Summary);
        Assert.Collection(
            get.Parameters,
            id => Assert.Equal(("id", "route", "integer", true), (id.Name, id.In, id.Type, id.Required)),
            name => Assert.Equal(("name", "query", "string", false), (name.Name, name.In, name.Type, name.Required)),
            times => Assert.Equal(("times", "query", "integer", false), (times.Name, times.In, times.Type, times.Required)),
            tone => Assert.Equal(("tone", "query", "string", false), (tone.Name, tone.In, tone.Type, tone.Required)));
        var post = manifest.Functions.Single(f => f.Name == "PostGreeting");
        Assert.Equal(("header", "X-Tenant"), (post.Parameters[0].In, post.Parameters[0].Name));
        Assert.Equal(new BodyDescriptor("System.Text.Json.JsonElement", "System.Text.Json.JsonElement", 65536, true), post.Body);
    }

    [Fact]
    public void Manifest_EnumParameter_ListsEachMembersJsonNameElseItsName()
    {
        var manifest = FunctionManifest.Load(GeneratorHarness.CompileAndLoad(SampleSources.Greetings));

        var tone = manifest.Functions.Single(f => f.Name == "GetGreeting").Parameters.Single(p => p.Name == "tone");

        Assert.Equal(["warm", "Cool"], tone.Enum);
    }

    [Fact]
    public void SecondRunOnAnUnchangedCompilation_IsServedFromCache()
    {
        var compilation = GeneratorHarness.CreateCompilation(SampleSources.Greetings);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        var second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        Assert.All(second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs), output =>
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void EditingAnUnrelatedFile_LeavesFunctionModelsCached()
    {
        var compilation = GeneratorHarness.CreateCompilation(SampleSources.Greetings, "namespace Other; public class A { }");
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Last(),
            Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("namespace Other; public class A { public int B; }", (Microsoft.CodeAnalysis.CSharp.CSharpParseOptions)compilation.SyntaxTrees.First().Options, path: "Source1.cs"));

        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var functionSteps = second.TrackedSteps["Functions"].SelectMany(run => run.Outputs).ToList();
        Assert.NotEmpty(functionSteps);
        Assert.All(functionSteps, output => Assert.Contains(output.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        Assert.All(second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs), output =>
            Assert.Contains(output.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
    }
}
