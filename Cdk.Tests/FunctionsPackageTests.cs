namespace EventFunctions.Cdk.Tests;

public sealed class FunctionsPackageTests
{
    [Fact]
    public void PublishArguments_X86_64_PublishesReadyToRunForLinuxX64()
    {
        var arguments = FunctionsPackage.PublishArguments("Functions.csproj", "out", FunctionArchitecture.X86_64);

        Assert.Equal(
            ["publish", "Functions.csproj", "-c", "Release", "-r", "linux-x64", "--no-self-contained", "-p:PublishReadyToRun=true",
             "-p:ContinuousIntegrationBuild=true", "-p:NuGetAudit=false", "-o", "out", "--nologo"],
            arguments);
    }

    [Fact]
    public void PublishArguments_Arm64_PublishesPortableIl()
    {
        var arguments = FunctionsPackage.PublishArguments("Functions.csproj", "out", FunctionArchitecture.Arm64);

        Assert.DoesNotContain("-p:PublishReadyToRun=true", arguments);
        Assert.DoesNotContain("-r", arguments);
    }

    [Fact]
    public void RelativePublishFolder_EachArchitecture_IsItsOwnFolderUnderArtifacts()
    {
        Assert.Equal(
            ("artifacts/lambda/x86_64", "artifacts/lambda/arm64"),
            (RepositoryLayout.RelativePublishFolder(FunctionArchitecture.X86_64), RepositoryLayout.RelativePublishFolder(FunctionArchitecture.Arm64)));
    }
}
