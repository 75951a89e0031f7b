using EventFunctions.Annotations.Generator.Tests.Infrastructure;

namespace EventFunctions.Annotations.Generator.Tests;

/// <summary>
/// What the generator makes of the real <c>Functions/</c> project: the five handlers, the program and the manifest,
/// against reviewed snapshots. A change to any of them shows up here as a <c>.received.txt</c> diff to review.
/// </summary>
[Trait("Category", "Unit")]
public sealed class RealFunctionsSnapshotTests
{
    [Fact]
    public void Generation_RealFunctionsSources_CompilesWithoutDiagnostics()
    {
        Assert.Empty(FunctionsProjectSources.Real.Diagnostics);
    }

    [Theory]
    [InlineData("ListEvents")]
    [InlineData("GetEvent")]
    [InlineData("CreateEvent")]
    [InlineData("UpdateEvent")]
    [InlineData("DeleteEvent")]
    public void GeneratedHandler_RealFunction_MatchesTheReviewedSnapshot(string method)
    {
        var name = $"EventFunctions.Functions_{method}_Generated.g.cs";

        Snapshot.Match("Real/" + name, FunctionsProjectSources.Real.GeneratedText(name));
    }

    [Fact]
    public void GeneratedProgram_RealFunctions_MatchesTheReviewedSnapshot()
    {
        Snapshot.Match("Real/GeneratedProgram.g.cs", FunctionsProjectSources.Real.GeneratedText("GeneratedProgram.g.cs"));
    }

    [Fact]
    public void Manifest_RealFunctions_MatchesTheReviewedSnapshot()
    {
        Snapshot.Match("Real/manifest.json", FunctionsProjectSources.ManifestJson(FunctionsProjectSources.Real));
    }

    /// <summary>One edit of each kind to <c>Functions.cs</c>: each must change the manifest the snapshot holds.</summary>
    [Theory]
    [InlineData("route", "[RestApi(LambdaHttpMethod.Get, \"/events/{eventId}\")]", "[RestApi(LambdaHttpMethod.Get, \"/event/{eventId}\")]")]
    [InlineData("memory", "ResourceName = \"GetEvent\", MemorySize = 512", "ResourceName = \"GetEvent\", MemorySize = 1024")]
    [InlineData("timeout", "ResourceName = \"GetEvent\", MemorySize = 512, Timeout = 10", "ResourceName = \"GetEvent\", MemorySize = 512, Timeout = 11")]
    [InlineData("action", "DynamoDbActions = [\"dynamodb:GetItem\"]", "DynamoDbActions = [\"dynamodb:GetItem\", \"dynamodb:Scan\"]")]
    [InlineData("parameter", "[FromQuery] int? limit,", "[FromQuery] long? limit,")]
    [InlineData("body", "CreateEvent([FromBody] JsonElement body)", "CreateEvent([FromBody] string body)")]
    public void Manifest_FunctionsSourceEdited_DiffersFromTheUneditedManifest(string kind, string original, string edited)
    {
        var sources = FunctionsProjectSources.Read();
        var functions = sources.Single(source => source.Path == "Functions.cs");
        Assert.True(functions.Text.Contains(original, StringComparison.Ordinal), $"The {kind} edit no longer applies: '{original}' is not in Functions.cs.");
        var mutated = sources.Select(source => source.Path == "Functions.cs" ? (source.Path, Text: functions.Text.Replace(original, edited, StringComparison.Ordinal)) : source);

        var manifest = FunctionsProjectSources.ManifestJson(FunctionsProjectSources.Run(mutated));

        Assert.NotEqual(FunctionsProjectSources.ManifestJson(FunctionsProjectSources.Real), manifest);
    }
}
