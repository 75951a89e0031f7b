// Runs cdk-nag's AwsSolutions pack over a synthesized CloudFormation template and prints every finding as JSON:
//   node Cdk.Tests/Nag/nag.mjs TEMPLATE.json
// cdk-nag 3 checks a construct tree, so the template is loaded with CfnInclude. It suppresses through CDK's
// acknowledged-rules construct metadata (what Validations.acknowledge records) and no longer reads the v2 `cdk_nag`
// resource metadata; the stack still writes that metadata (the format cdk-nag's own audit-trail aspect writes), and this
// script records each entry as an acknowledgement. It records them itself, as acknowledge would, because aws-cdk-lib's
// acknowledge refuses an id with more than one '::', and cdk-nag's ids for an ARN finding have several
// (AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:...]).
// The pack runs twice, before and after the acknowledgements: a finding only the first run reports is suppressed.
import { readFileSync } from 'node:fs';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { CfnInclude } from 'aws-cdk-lib/cloudformation-include';
import { AwsSolutionsChecks } from 'cdk-nag';

const templateFile = process.argv[2];
if (!templateFile) {
  console.error('usage: node nag.mjs TEMPLATE.json');
  process.exit(2);
}

const template = JSON.parse(readFileSync(templateFile, 'utf8'));
const app = new App();
const stack = new Stack(app, 'Nag');
const included = new CfnInclude(stack, 'Template', { templateFile });
const pack = new AwsSolutionsChecks(app);

/** Every finding as { ruleId, logicalId, level, info }, from one run of the pack. */
function findings() {
  const report = pack.validateScope(app);
  return report.violations.flatMap(violation => violation.violatingResources.map(resource => ({
    ruleId: violation.ruleName,
    logicalId: resource.constructPath.split('/').pop(),
    level: violation.severity === 'error' ? 'Error' : 'Warning',
    info: violation.description,
  })));
}

/** The rule id cdk-nag 3 acknowledges: `id`, or `id[finding]` for each of the v2 `applies_to` entries. */
const acknowledgedIds = rule => (rule.applies_to ?? [null]).map(finding => (finding === null ? rule.id : `${rule.id}[${finding}]`));

const suppressions = [];
for (const [logicalId, resource] of Object.entries(template.Resources ?? {})) {
  for (const rule of resource.Metadata?.cdk_nag?.rules_to_suppress ?? []) {
    for (const id of acknowledgedIds(rule)) {
      suppressions.push({ ruleId: id, logicalId, reason: rule.reason });
    }
  }
}

const all = findings();
for (const logicalId of new Set(suppressions.map(s => s.logicalId))) {
  const acknowledged = Object.fromEntries(suppressions.filter(s => s.logicalId === logicalId).map(s => [s.ruleId, s.reason]));
  included.getResource(logicalId).node.addMetadata(Validations.ACKNOWLEDGED_RULES_METADATA_KEY, acknowledged);
}

const open = new Set(findings().map(f => `${f.ruleId} ${f.logicalId}`));
const reasonOf = f => suppressions.find(s => s.ruleId === f.ruleId && s.logicalId === f.logicalId)?.reason ?? null;
const report = {
  findings: all.map(f => {
    const suppressed = !open.has(`${f.ruleId} ${f.logicalId}`);
    return { ...f, suppressed, reason: suppressed ? reasonOf(f) : null };
  }),
  suppressions,
};
process.stdout.write(JSON.stringify(report, null, 2) + '\n');
