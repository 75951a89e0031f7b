namespace EventFunctions.Cdk.Tests;

[Trait("Category", "Unit")]
public sealed class FunctionsPackageTests
{
    private static readonly RepositoryLayout Layout = new("/repo");

    [Fact]
    public void PublishCommand_Aot_RunsThePublishAotScriptForTheArchitecture()
    {
        var (program, arguments) = FunctionsPackage.PublishCommand(Layout, FunctionRuntime.Aot, FunctionArchitecture.X86_64, "out");

        Assert.Equal(("bash", "/repo/scripts/publish-aot.sh --arch x86_64 --output out"), (program, string.Join(' ', arguments)));
    }

    [Theory]
    [InlineData(FunctionArchitecture.X86_64, "linux-x64")]
    [InlineData(FunctionArchitecture.Arm64, "linux-arm64")]
    internal void PublishCommand_Managed_PublishesReadyToRunForTheArchitecturesRid(FunctionArchitecture architecture, string rid)
    {
        var (program, arguments) = FunctionsPackage.PublishCommand(Layout, FunctionRuntime.Managed, architecture, "out");

        Assert.Equal("dotnet", program);
        Assert.Equal(
            ["publish", "/repo/Functions/Functions.csproj", "-c", "Release", "-r", rid, "--no-self-contained", "-p:PublishReadyToRun=true",
             "-p:ContinuousIntegrationBuild=true", "-p:NuGetAudit=false", "-o", "out", "--nologo"],
            arguments);
    }

    [Fact]
    public void RelativePublishFolder_EachRuntimeAndArchitecture_IsItsOwnFolderUnderArtifacts()
    {
        Assert.Equal(
            ["artifacts/lambda/aot-x86_64", "artifacts/lambda/aot-arm64", "artifacts/lambda/managed-x86_64", "artifacts/lambda/managed-arm64"],
            [.. from runtime in new[] { FunctionRuntime.Aot, FunctionRuntime.Managed }
                from architecture in new[] { FunctionArchitecture.X86_64, FunctionArchitecture.Arm64 }
                select RepositoryLayout.RelativePublishFolder(runtime, architecture)]);
    }
}
