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

    /// <summary>One edit of each kind to the function declarations: each must change the manifest the snapshot holds.</summary>
    [Theory]
    [InlineData("route", "[RestApi(LambdaHttpMethod.Get, \"/events/{eventId}\")]", "[RestApi(LambdaHttpMethod.Get, \"/event/{eventId}\")]")]
    [InlineData("memory", "ResourceName = \"GetEvent\", MemorySize = 512", "ResourceName = \"GetEvent\", MemorySize = 1024")]
    [InlineData("timeout", "ResourceName = \"GetEvent\", MemorySize = 512, Timeout = 10", "ResourceName = \"GetEvent\", MemorySize = 512, Timeout = 11")]
    [InlineData("action", "DynamoDbActions = [\"dynamodb:GetItem\"]", "DynamoDbActions = [\"dynamodb:GetItem\", \"dynamodb:Scan\"]")]
    [InlineData("parameter", "[FromQuery] int? limit,", "[FromQuery] long? limit,")]
    [InlineData("body", "[FromBody(Schema = typeof(NewEvent))] JsonElement body,", "[FromBody(Schema = typeof(NewEvent))] string body,")]
    [InlineData("body schema", "[FromBody(Schema = typeof(NewEvent))]", "[FromBody(Schema = typeof(EventChanges))]")]
    [InlineData("response", "[HttpResponse(200, \"The event.\"", "[HttpResponse(200, \"The event, found.\"")]
    [InlineData("response header", "Headers = [HttpHeaderNames.Location, HttpHeaderNames.ETag]", "Headers = [HttpHeaderNames.Location]")]
    [InlineData("assembly response", "[assembly: HttpResponse(503,", "[assembly: HttpResponse(502,")]
    [InlineData("parameter documentation", "<param name=\"from\">Only events on or after", "<param name=\"from\">Events on or after")]
    [InlineData("idempotent", "[Idempotent]\n    [LambdaFunction(ResourceName = \"DeleteEvent\"", "[LambdaFunction(ResourceName = \"DeleteEvent\"")]
    [InlineData("parameter example", "[FromQuery(Example = \"2024-01-01\")]", "[FromQuery(Example = \"2025-01-01\")]")]
    public void Manifest_FunctionsSourceEdited_DiffersFromTheUneditedManifest(string kind, string original, string edited)
    {
        var sources = FunctionsProjectSources.Read();
        var files = sources.Where(source => source.Text.Contains(original, StringComparison.Ordinal)).ToList();
        Assert.True(files.Count == 1, $"The {kind} edit no longer applies: '{original}' is in {files.Count} files of Functions/, not one.");
        var mutated = sources.Select(source => source.Path == files[0].Path ? (source.Path, Text: source.Text.Replace(original, edited, StringComparison.Ordinal)) : source);

        var manifest = FunctionsProjectSources.ManifestJson(FunctionsProjectSources.Run(mutated));

        Assert.NotEqual(FunctionsProjectSources.ManifestJson(FunctionsProjectSources.Real), manifest);
    }
}
