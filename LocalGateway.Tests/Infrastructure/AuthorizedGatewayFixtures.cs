using EventFunctions.Annotations.Authorization;
using EventFunctions.LocalGateway.Authorization;
using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.Lambda;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>The echo test functions behind an authorizer (reads open): the echo shows the proxy event the caller produced.</summary>
public abstract class AuthorizedGatewayFixture : TestFunctionsGatewayFixture
{
    internal override RuntimeMode Mode => RuntimeMode.Executable;

    internal abstract AuthorizationMode AuthorizationMode { get; }

    internal virtual bool AuthReads => false;

    /// <summary>How many invocations the functions have started: a rejected request must not add one.</summary>
    public int Invocations => Log.Text.Split("] START RequestId: ").Length - 1;

    internal override async Task<GatewayOptions> CreateOptionsAsync() =>
        await base.CreateOptionsAsync() with { Authorization = new RouteAuthorization(AuthorizationMode, AuthReads) };
}

/// <summary>The echo functions behind the local Cognito user pool authorizer.</summary>
public class CognitoGatewayFixture : AuthorizedGatewayFixture
{
    internal override AuthorizationMode AuthorizationMode => AuthorizationMode.Cognito;

    /// <summary>The issuer the gateway accepts: the local pool at the gateway's own port.</summary>
    public string Issuer => LocalUserPool.Issuer(BaseAddress.Port);

    /// <summary>An ID token signed with the key the gateway serves (the shared key file it loaded).</summary>
    public string Mint(string user, IReadOnlyList<string> groups, DateTimeOffset issuedAt, TimeSpan lifetime)
    {
        using var key = CognitoSigningKey.LoadOrCreate(CognitoSigningKey.DefaultPath);
        return CognitoTokenIssuer.Mint(key, Issuer, new TokenRequest(user, groups, null, issuedAt, lifetime));
    }
}

/// <summary>The echo functions behind the local Cognito user pool authorizer, on the reads too (<c>--auth-reads</c>).</summary>
public sealed class CognitoAuthReadsGatewayFixture : CognitoGatewayFixture
{
    internal override bool AuthReads => true;
}

/// <summary>The echo functions behind the AWS_IAM check.</summary>
public sealed class IamGatewayFixture : AuthorizedGatewayFixture
{
    internal override AuthorizationMode AuthorizationMode => AuthorizationMode.Iam;
}

[CollectionDefinition(Name)]
public sealed class CognitoGatewayCollectionDefinition : ICollectionFixture<CognitoGatewayFixture>
{
    public const string Name = "Echo gateway, Cognito authorizer";
}

[CollectionDefinition(Name)]
public sealed class IamGatewayCollectionDefinition : ICollectionFixture<IamGatewayFixture>
{
    public const string Name = "Echo gateway, AWS_IAM";
}
