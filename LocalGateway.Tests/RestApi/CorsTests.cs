using System.Net;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.RestApi;

/// <summary>The fixture allows two origins, so the gateway and the functions must pick per request.</summary>
public abstract class CorsTests(EventsApiFixture api)
{
    private readonly HttpClient client = api.Client;

    [Fact]
    public async Task Preflight_AllowedOrigin_Returns204AllowingThatOriginTheResourceMethodsAndHeaders()
    {
        using var response = await PreflightAsync("/events/evt-1", EventsApiFixture.AdminOrigin);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(EventsApiFixture.AdminOrigin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("Origin", Header(response, "Vary"));
        Assert.Equal("DELETE,GET,OPTIONS,PUT", Header(response, "Access-Control-Allow-Methods"));
        Assert.Equal(
            ["Authorization", "Content-Type", "Idempotency-Key", "If-Match", "X-Amz-Date", "X-Amz-Security-Token", "X-Api-Key"],
            Header(response, "Access-Control-Allow-Headers").Split(',').Order(StringComparer.Ordinal));
        Assert.Equal("600", Header(response, "Access-Control-Max-Age"));
    }

    [Fact]
    public async Task Preflight_CollectionResource_AllowsItsOwnMethods()
    {
        using var response = await PreflightAsync("/events", EventsApiFixture.AppOrigin);

        Assert.Equal("GET,OPTIONS,POST", Header(response, "Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task Preflight_UnlistedOrigin_AnswersWithTheFirstListedOrigin()
    {
        using var response = await PreflightAsync("/events", "https://evil.example");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(EventsApiFixture.AppOrigin, Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Preflight_UnknownResource_Returns403()
    {
        using var response = await PreflightAsync("/nope", EventsApiFixture.AppOrigin);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task FunctionResponse_AllowedOrigin_CarriesAccessControlAllowOrigin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/events?limit=1");
        request.Headers.Add("Origin", EventsApiFixture.AdminOrigin);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(EventsApiFixture.AdminOrigin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("Origin", Header(response, "Vary"));
    }

    [Fact]
    public async Task ProblemResponse_CarriesAccessControlAllowOrigin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/events/no-such-event");
        request.Headers.Add("Origin", EventsApiFixture.AppOrigin);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(EventsApiFixture.AppOrigin, Header(response, "Access-Control-Allow-Origin"));
    }

    private async Task<HttpResponseMessage> PreflightAsync(string path, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "PUT");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,if-match");
        return await client.SendAsync(request);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : throw new Xunit.Sdk.XunitException($"The response has no {name} header.");
}

[Collection(EventsApiCollectionDefinition.Name)]
public sealed class CorsExecutableTests(EventsApiFixture api) : CorsTests(api);

[Collection(AotEventsApiCollectionDefinition.Name)]
public sealed class CorsAotTests(AotEventsApiFixture api) : CorsTests(api);
