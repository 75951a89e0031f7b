using Amazon.CDK.AWS.APIGateway;
using Constructs;
using EventFunctions.Annotations.Authorization;

namespace EventFunctions.Cdk;

/// <summary>
/// The authorizer of the API's function methods (<c>-c auth=cognito|iam</c>), on the methods
/// <see cref="RouteAuthorization.IsAuthorized"/> selects; the others are left open, each with the cdk-nag
/// suppression that says why.
/// </summary>
internal sealed class ApiAuthorization : Construct
{
    private readonly RouteAuthorization _routes;
    private readonly CognitoUserPoolsAuthorizer? _cognito;

    public ApiAuthorization(Construct scope, string id, DeploymentSettings settings)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _routes = settings.Authorization;
        if (settings.Auth == AuthorizationMode.Cognito)
        {
            Users = new ApiUserPool(this, "Users", settings);
            _cognito = new CognitoUserPoolsAuthorizer(this, "CognitoAuthorizer", new CognitoUserPoolsAuthorizerProps
            {
                CognitoUserPools = [Users.UserPool],
                IdentitySource = IdentitySource.Header("Authorization"),
            });
        }
    }

    /// <summary>The user pool of <c>auth=cognito</c>; otherwise <c>null</c>.</summary>
    public ApiUserPool? Users { get; }

    /// <summary>The method options of a function method with this verb: its authorizer, if it gets one.</summary>
    public MethodOptions MethodOptions(string operationName, string httpMethod)
    {
        if (!_routes.IsAuthorized(httpMethod))
        {
            return new MethodOptions { OperationName = operationName };
        }

        return _cognito is null
            ? new MethodOptions { OperationName = operationName, AuthorizationType = AuthorizationType.IAM }
            : new MethodOptions { OperationName = operationName, AuthorizationType = AuthorizationType.COGNITO, Authorizer = _cognito };
    }

    /// <summary>
    /// The suppressions a function method carries: an open read while the deployer chose an authorizer, or an IAM-authorized
    /// method (cdk-nag asks for Cognito). With <c>auth=none</c>, none: the findings stay, as they should.
    /// </summary>
    public void Suppress(Amazon.CDK.AWS.APIGateway.Method method, string httpMethod)
    {
        ArgumentNullException.ThrowIfNull(method);
        if (_routes.Mode == AuthorizationMode.None)
        {
            return;
        }

        if (!_routes.IsAuthorized(httpMethod))
        {
            NagMetadata.SuppressDefaultChild(method, NagSuppression.PublicReadsAuthorization, NagSuppression.PublicReadsCognito);
        }
        else if (_routes.Mode == AuthorizationMode.Iam)
        {
            NagMetadata.SuppressDefaultChild(method, NagSuppression.IamInsteadOfCognito);
        }
    }
}
