using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.Lambda;

namespace EventFunctions.LocalGateway.Tests.Lambda;

public sealed class FunctionEnvironmentTests
{
    private static readonly Uri Endpoint = new("http://127.0.0.1:8000");

    [Fact]
    public void Variables_Always_ConfigureTableEndpointAndCors()
    {
        var options = new GatewayOptions { TableName = "t1", CorsAllowedOrigins = ["https://a.example", "https://b.example"] };

        var variables = FunctionEnvironment.Variables(options, Endpoint, ownDynamo: true, _ => null);

        Assert.Equal("t1", variables["EVENTS_TABLE_NAME"]);
        Assert.Equal("http://127.0.0.1:8000/", variables["AWS_ENDPOINT_URL_DYNAMODB"]);
        Assert.Equal("https://a.example,https://b.example", variables["CORS_ALLOWED_ORIGINS"]);
        Assert.Equal("us-east-1", variables["AWS_REGION"]);
    }

    [Fact]
    public void Variables_Always_NameTheServiceAndMetricsNamespaceAsTheStackDoesByDefault()
    {
        var variables = FunctionEnvironment.Variables(new GatewayOptions(), Endpoint, ownDynamo: true, _ => null);

        Assert.Equal(("EventFunctions", "EventFunctions"), (variables["POWERTOOLS_SERVICE_NAME"], variables["POWERTOOLS_METRICS_NAMESPACE"]));
    }

    [Fact]
    public void Variables_OwnDynalite_UseFakeCredentialsEvenWhenTheCallerHasReal()
    {
        var variables = FunctionEnvironment.Variables(new GatewayOptions(), Endpoint, ownDynamo: true, Caller("AKIAREAL"));

        Assert.Equal("local", variables["AWS_ACCESS_KEY_ID"]);
        Assert.Equal("true", variables["AWS_EC2_METADATA_DISABLED"]);
    }

    [Fact]
    public void Variables_ExternalEndpointWithCallerCredentials_PassTheCallersOn()
    {
        var variables = FunctionEnvironment.Variables(new GatewayOptions(), Endpoint, ownDynamo: false, Caller("AKIAREAL"));

        Assert.Equal("AKIAREAL", variables["AWS_ACCESS_KEY_ID"]);
        Assert.False(variables.ContainsKey("AWS_EC2_METADATA_DISABLED"));
    }

    [Fact]
    public void Variables_ExternalEndpointWithoutCredentials_UseFakeOnes()
    {
        var variables = FunctionEnvironment.Variables(new GatewayOptions(), Endpoint, ownDynamo: false, _ => null);

        Assert.Equal("local", variables["AWS_ACCESS_KEY_ID"]);
    }

    private static Func<string, string?> Caller(string accessKey) => name => name == "AWS_ACCESS_KEY_ID" ? accessKey : null;
}
