namespace EventFunctions.Annotations.Authorization;

/// <summary>
/// Who makes a request, as API Gateway's authorizer established it (<see cref="CallerIdentity.Read"/> reads it from the
/// proxy event's <c>requestContext</c>, nowhere else): a Cognito user pool user or an IAM principal. There is none when
/// the method has no authorizer.
/// </summary>
public sealed class Caller
{
    /// <summary>
    /// The longest <see cref="Id"/>, in UTF-16 code units: room for the longest real one (an IAM user ARN with a
    /// 512-character path is about 620; a Cognito username at most 128, a <c>sub</c> 36), small enough that a hostile
    /// value cannot bloat an item.
    /// </summary>
    public const int MaxLength = 1024;

    internal Caller(AuthorizationMode mode, string id)
    {
        Mode = mode;
        Id = id;
    }

    /// <summary>Which authorizer vouched for the caller: <see cref="AuthorizationMode.Cognito"/> or <see cref="AuthorizationMode.Iam"/>.</summary>
    public AuthorizationMode Mode { get; }

    /// <summary>
    /// The caller's identity: a Cognito username (or its <c>sub</c>), or an IAM ARN. 1 to <see cref="MaxLength"/>
    /// letters, marks, numbers, punctuation and symbols: no white space, no control characters, no lone surrogates.
    /// </summary>
    public string Id { get; }
}
