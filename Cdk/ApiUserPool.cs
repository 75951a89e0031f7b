using Amazon.CDK;
using Amazon.CDK.AWS.Cognito;
using Constructs;

namespace EventFunctions.Cdk;

/// <summary>
/// The Cognito user pool the <c>auth=cognito</c> authorizer trusts: the deployer's (<c>-c userPoolArn=...</c>), or one this
/// stack creates with an app client for the API's callers. A created pool has no self sign-up (an administrator creates
/// the users), a strong password policy, sign-in by username or email, and is retained with the stack unless the
/// tables are not (<c>destroyTable</c>): deleting it would delete every user.
/// </summary>
internal sealed class ApiUserPool : Construct
{
    public ApiUserPool(Construct scope, string id, DeploymentSettings settings)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.UserPoolArn is { } arn)
        {
            UserPool = Amazon.CDK.AWS.Cognito.UserPool.FromUserPoolArn(this, "UserPool", arn);
            return;
        }

        var pool = new UserPool(this, "UserPool", new UserPoolProps
        {
            SelfSignUpEnabled = false,
            SignInAliases = new SignInAliases { Username = true, Email = true },
            SignInCaseSensitive = false,
            AutoVerify = new AutoVerifiedAttrs { Email = true },
            PasswordPolicy = new PasswordPolicy
            {
                MinLength = 12,
                RequireLowercase = true,
                RequireUppercase = true,
                RequireDigits = true,
                RequireSymbols = true,
                TempPasswordValidity = Duration.Days(3),
            },
            Mfa = Mfa.OPTIONAL,
            MfaSecondFactor = new MfaSecondFactor { Otp = true, Sms = false },
            AccountRecovery = AccountRecovery.EMAIL_ONLY,
            RemovalPolicy = settings.DestroyTable ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
        });
        NagMetadata.SuppressDefaultChild(pool, NagSuppression.OptionalMfa, NagSuppression.EssentialsTier);
        UserPool = pool;
        Client = pool.AddClient("ApiClient", new UserPoolClientOptions
        {
            GenerateSecret = false,
            // SRP for browser and SDK sign-in; USER_PASSWORD_AUTH so `aws cognito-idp initiate-auth` works from a shell.
            AuthFlows = new AuthFlow { UserSrp = true, UserPassword = true },
            PreventUserExistenceErrors = true,
            IdTokenValidity = Duration.Hours(1),
            AccessTokenValidity = Duration.Hours(1),
            RefreshTokenValidity = Duration.Days(30),
        });
    }

    public IUserPool UserPool { get; }

    /// <summary>The app client of a created pool; <c>null</c> with the deployer's pool.</summary>
    public UserPoolClient? Client { get; }
}
