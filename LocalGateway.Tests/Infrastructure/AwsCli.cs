using System.Diagnostics;
using System.Text.Json;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>
/// The AWS CLI with a fake, sealed-off environment: fake keys, a fixed region, empty config and credentials files,
/// no instance metadata, no proxy. Every call names its endpoint, so it never leaves 127.0.0.1.
/// </summary>
internal sealed class AwsCli : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("awscli-");

    public AwsCli()
    {
        File.WriteAllText(ConfigFile, string.Empty);
        File.WriteAllText(CredentialsFile, string.Empty);
    }

    private string ConfigFile => Path.Combine(directory.FullName, "config");

    private string CredentialsFile => Path.Combine(directory.FullName, "credentials");

    /// <summary><c>aws lambda invoke ... --payload fileb://SAMPLE OUTFILE</c>; the outfile's JSON when there is one.</summary>
    public async Task<(ProcessResult Cli, JsonElement? Output)> InvokeAsync(
        Uri endpoint, string functionName, string payloadFile, params string[] options)
    {
        var outFile = Path.Combine(directory.FullName, Guid.NewGuid().ToString("N") + ".json");
        var cli = await RunAsync([
            "lambda", "invoke",
            "--endpoint-url", endpoint.ToString().TrimEnd('/'),
            "--function-name", functionName,
            "--payload", "fileb://" + payloadFile,
            .. options,
            outFile]);
        if (!File.Exists(outFile))
        {
            return (cli, null);
        }

        using var output = JsonDocument.Parse(await File.ReadAllTextAsync(outFile));
        return (cli, output.RootElement.Clone());
    }

    public Task<ProcessResult> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(AwsCliFactAttribute.CliPath) { WorkingDirectory = directory.FullName };
        foreach (var argument in arguments.Concat(["--no-cli-pager", "--cli-connect-timeout", "5", "--region", "us-east-1"]))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(IsInherited).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["AWS_ACCESS_KEY_ID"] = "local";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "local";
        start.Environment["AWS_REGION"] = "us-east-1";
        start.Environment["AWS_DEFAULT_REGION"] = "us-east-1";
        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        start.Environment["AWS_CONFIG_FILE"] = ConfigFile;
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = CredentialsFile;
        start.Environment["AWS_PAGER"] = string.Empty;
        start.Environment["NO_PROXY"] = "127.0.0.1,localhost";
        return ChildProcess.RunAsync(start, Timeout);
    }

    public void Dispose() => directory.Delete(recursive: true);

    private static bool IsInherited(string name) =>
        name.StartsWith("AWS_", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("_PROXY", StringComparison.OrdinalIgnoreCase);
}
