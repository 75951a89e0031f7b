using EventFunctions.Annotations.Authorization;
using EventFunctions.LocalGateway.Authorization;
using EventFunctions.LocalGateway.Hosting;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>The real functions behind the local Cognito user pool authorizer (reads open), as <c>--auth cognito</c> runs them.</summary>
public sealed class CognitoEventsApiFixture : EventsApiFixture
{
    /// <summary>An ID token for <paramref name="user"/>, signed with the key the gateway serves, valid an hour.</summary>
    public string Mint(string user)
    {
        using var key = CognitoSigningKey.LoadOrCreate(CognitoSigningKey.DefaultPath);
        return CognitoTokenIssuer.Mint(
            key, LocalUserPool.Issuer(BaseAddress.Port), new TokenRequest(user, [], null, DateTimeOffset.UtcNow.AddSeconds(-5), TimeSpan.FromHours(1)));
    }

    internal override async Task<GatewayOptions> CreateOptionsAsync() =>
        await base.CreateOptionsAsync() with { TableName = "events-cognito", Authorization = new RouteAuthorization(AuthorizationMode.Cognito, AuthReads: false) };
}

/// <summary>The real functions behind the AWS_IAM check (reads open), as <c>--auth iam</c> runs them.</summary>
public sealed class IamEventsApiFixture : EventsApiFixture
{
    internal override async Task<GatewayOptions> CreateOptionsAsync() =>
        await base.CreateOptionsAsync() with { TableName = "events-iam", Authorization = new RouteAuthorization(AuthorizationMode.Iam, AuthReads: false) };
}
