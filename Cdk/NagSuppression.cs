namespace EventFunctions.Cdk;

/// <summary>
/// One cdk-nag rule a resource deliberately does not meet, and why: written into the resource's CloudFormation
/// metadata by <see cref="NagMetadata"/>, listed in SECURITY.md (a test keeps the two the same).
/// </summary>
/// <param name="Id">The rule, e.g. <c>AwsSolutions-IAM5</c>.</param>
/// <param name="Reason">Why the resource is right as it is.</param>
/// <param name="AppliesTo">The one finding of a rule with several (cdk-nag's <c>applies_to</c>), e.g. <c>Resource::*</c>.</param>
internal sealed record NagSuppression(string Id, string Reason, string? AppliesTo = null)
{
    private const string PublicDocs =
        "The API documentation (/docs, /redoc, /openapi.json) is public by design: a MOCK integration with fixed content, no Lambda, no data.";

    private const string PublicReads =
        "Reads are public by the deployer's choice: the authorizer guards the writes; -c authReads=true guards the reads too.";

    public static NagSuppression XRayResourceWildcard { get; } = new("AwsSolutions-IAM5",
        "X-Ray's PutTraceSegments and PutTelemetryRecords have no resource-level permissions: AWS documents Resource * for them. "
        + "Every other statement of the role names its table, index or log group.",
        "Resource::*");

    public static NagSuppression ValidationByFunctions { get; } = new("AwsSolutions-APIG2",
        "The functions validate every request and answer 422 with field-level errors (RFC 9457 problem details); an API Gateway "
        + "request validator would answer a bare 400 before them and restate the rules the functions own.");

    public static NagSuppression PublicDocsAuthorization { get; } = new("AwsSolutions-APIG4", PublicDocs);

    public static NagSuppression PublicDocsCognito { get; } = new("AwsSolutions-COG4", PublicDocs);

    public static NagSuppression PublicReadsAuthorization { get; } = new("AwsSolutions-APIG4", PublicReads);

    public static NagSuppression PublicReadsCognito { get; } = new("AwsSolutions-COG4", PublicReads);

    public static NagSuppression IamInsteadOfCognito { get; } = new("AwsSolutions-COG4",
        "The method is authorized with AWS_IAM (SigV4) by the deployer's choice (-c auth=iam), not a Cognito user pool.");

    public static NagSuppression OptionalMfa { get; } = new("AwsSolutions-COG2",
        "MFA is optional (TOTP) so that an administrator-created user can sign in from the AWS CLI as the README shows; "
        + "a deployer who needs required MFA brings a pool with -c userPoolArn=ARN.");

    public static NagSuppression EssentialsTier { get; } = new("AwsSolutions-COG8",
        "The Plus feature plan (threat protection) is billed per monthly active user; the stack creates an Essentials pool, "
        + "and a deployer who needs Plus brings a pool with -c userPoolArn=ARN.");

    public static NagSuppression ApiGatewayLogGroups { get; } = new("AwsSolutions-IAM5",
        "The API Gateway CloudWatch role is one per account and region, shared by every REST API there, and API Gateway names "
        + "the execution log groups itself (API-Gateway-Execution-Logs_{api id}/{stage}): the role may write to the log groups "
        + "of this account and region only, not to every resource.",
        "Resource::arn:<AWS::Partition>:logs:<AWS::Region>:<AWS::AccountId>:log-group:*");
}
