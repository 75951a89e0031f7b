using System.Runtime.CompilerServices;

namespace EventFunctions.Tests.Infrastructure;

/// <summary>
/// Fake credentials and region for every AWS client the tests build, and no instance-metadata lookups,
/// so no test ever sends traffic beyond 127.0.0.1.
/// </summary>
internal static class OfflineAwsEnvironment
{
    [ModuleInitializer]
    internal static void Apply()
    {
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "local");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "local");
        Environment.SetEnvironmentVariable("AWS_REGION", "us-east-1");
        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
    }
}
