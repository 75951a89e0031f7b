using Amazon.CDK.AWS.Lambda;

namespace EventFunctions.Cdk;

/// <summary>What every <see cref="ApiFunction"/> shares: the code, the tables and the deployment settings.</summary>
internal sealed record ApiFunctionProps(Code Code, EventsTable Table, IdempotencyRecordsTable IdempotencyTable, DeploymentSettings Settings);
