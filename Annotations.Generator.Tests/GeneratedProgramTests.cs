using EventFunctions.Annotations.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace EventFunctions.Annotations.Generator.Tests;

/// <summary><c>[assembly: LambdaGlobalProperties(GenerateMain = true)]</c>: the executable's <c>Main</c>.</summary>
[Trait("Category", "Unit")]
public sealed class GeneratedProgramTests
{
    private const string GenerateMain = "[assembly: EventFunctions.Annotations.LambdaGlobalProperties(GenerateMain = true)]\n";

    [Fact]
    public void GeneratedProgram_MatchesTheReviewedSnapshot()
    {
        var run = GeneratorHarness.Run(OutputKind.ConsoleApplication, SampleSources.Greetings, GenerateMain);

        Assert.Empty(run.Diagnostics);
        Snapshot.Match("GeneratedProgram.g.cs", run.GeneratedText("GeneratedProgram.g.cs"));
    }

    [Fact]
    public void GenerateMainInAClassLibrary_IsEFA015NamingTheFix()
    {
        var run = GeneratorHarness.Run(OutputKind.DynamicallyLinkedLibrary, SampleSources.Greetings, GenerateMain);

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id.StartsWith("EFA", StringComparison.Ordinal));
        Assert.Equal("EFA015", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("<OutputType>Exe</OutputType>", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain(run.Output.SyntaxTrees, tree => tree.FilePath.EndsWith("GeneratedProgram.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutGenerateMain_NoProgramIsGenerated()
    {
        var run = GeneratorHarness.Run(OutputKind.ConsoleApplication, SampleSources.Greetings, "public static class Program { public static void Main() { } }");

        Assert.DoesNotContain(run.Output.SyntaxTrees, tree => tree.FilePath.EndsWith("GeneratedProgram.g.cs", StringComparison.Ordinal));
    }
}
