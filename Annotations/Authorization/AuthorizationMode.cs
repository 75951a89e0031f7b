namespace EventFunctions.Annotations.Authorization;

/// <summary>
/// Who may call the API's authorized methods: anyone (<see cref="None"/>), the holder of a Cognito user pool token
/// (API Gateway's <c>COGNITO_USER_POOLS</c> authorizer), or an IAM principal with a SigV4 signature (<c>AWS_IAM</c>).
/// </summary>
public enum AuthorizationMode
{
    None,
    Cognito,
    Iam,
}
