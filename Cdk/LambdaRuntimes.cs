using Amazon.CDK.AWS.Lambda;

namespace EventFunctions.Cdk;

/// <summary>Lambda runtimes newer than the pinned Amazon.CDK.Lib knows about.</summary>
internal static class LambdaRuntimes
{
    public const string DotNet10Name = "dotnet10";

    /// <summary>The managed .NET 10 runtime (Amazon.CDK.Lib 2.160.0 has no <c>Runtime.DOTNET_10</c>).</summary>
    public static Runtime DotNet10 =>
        new(DotNet10Name, RuntimeFamily.DOTNET_CORE, new LambdaRuntimeProps { SupportsSnapStart = true });
}
