using System.Text;
using System.Text.Json;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.LambdaApi;

/// <summary>The real <c>aws lambda invoke</c> against the gateway, with the repository's sample events.</summary>
public abstract class AwsCliInvokeTests(ExternalDynamoFixture gateway) : IDisposable
{
    private readonly AwsCli aws = new();

    [AwsCliFact]
    public async Task AwsCliInvoke_EachFunctionWithItsSample_ReturnsTheRouteSuccessStatus()
    {
        (string Function, string Sample, int Status)[] calls =
        [
            ("CreateEvent", "create-event.json", 201),
            ("GetEvent", "get-event.json", 200),
            ("UpdateEvent", "update-event.json", 200),
            ("ListEvents", "list-events.json", 200),
            ("DeleteEvent", "delete-event.json", 204),
        ];

        foreach (var (function, sample, status) in calls)
        {
            var (cli, output) = await aws.InvokeAsync(gateway.BaseAddress, function, Samples.PathOf(sample));

            Assert.True(cli.ExitCode == 0, $"{function}: {cli}");
            Assert.Contains("\"StatusCode\": 200", cli.Stdout, StringComparison.Ordinal);
            Assert.True(output.HasValue, $"{function}: no output file. {cli}");
            Assert.Equal(status, output.Value.GetProperty("statusCode").GetInt32());
        }
    }

    [AwsCliFact]
    public async Task AwsCliInvoke_UnknownFunction_ReportsResourceNotFound()
    {
        var (cli, _) = await aws.InvokeAsync(gateway.BaseAddress, "NoSuchFunction", Samples.PathOf("get-event.json"));

        Assert.NotEqual(0, cli.ExitCode);
        Assert.Contains("(ResourceNotFoundException)", cli.Stderr, StringComparison.Ordinal);
        Assert.Contains("Function not found: arn:aws:lambda:us-east-1:123456789012:function:NoSuchFunction", cli.Stderr, StringComparison.Ordinal);
    }

    [AwsCliFact]
    public async Task AwsCliInvoke_LogTypeTail_PrintsTheInvocationsLogEndingInItsReport()
    {
        var (cli, _) = await aws.InvokeAsync(gateway.BaseAddress, "GetEvent", Samples.PathOf("get-event.json"), "--log-type", "Tail");

        Assert.True(cli.ExitCode == 0, cli.ToString());
        using var result = JsonDocument.Parse(cli.Stdout);
        var log = Encoding.UTF8.GetString(Convert.FromBase64String(result.RootElement.GetProperty("LogResult").GetString()!));
        Assert.StartsWith("{\"time\":", log, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"platform.start\"", log, StringComparison.Ordinal);
        Assert.Contains("\"function_name\":\"GetEvent\"", log, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"platform.report\"", log, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        aws.Dispose();
        GC.SuppressFinalize(this);
    }
}

[Collection(ExternalDynamoCollectionDefinition.Name)]
public sealed class AwsCliInvokeExecutableTests(ExternalDynamoFixture gateway) : AwsCliInvokeTests(gateway);

[Collection(AotExternalDynamoCollectionDefinition.Name)]
public sealed class AwsCliInvokeAotTests(AotExternalDynamoFixture gateway) : AwsCliInvokeTests(gateway);
