using Amazon.CDK;
using EventFunctions.Annotations.Generated;
using EventFunctions.Annotations.Manifest;
using EventFunctions.Cdk;
using EventFunctions.Cdk.Sam;

// `cdk synth|deploy` runs this with no arguments (see cdk.json);
// `dotnet run --project Cdk/Cdk.csproj -- sam-template` regenerates serverless.template.
var manifest = FunctionManifest.Parse(LambdaFunctionManifest.Json);
RepositoryLayout Layout() => RepositoryLayout.FindFrom(Directory.GetCurrentDirectory());

if (args is [SamTemplateCommand.Name, ..])
{
    return SamTemplateCommand.Run(manifest, Layout(), args[1..]);
}

if (args.Length > 0)
{
    await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'. Usage: (no arguments: CDK app) | {SamTemplateCommand.Name} [--check]");
    return 2;
}

var app = new App();
try
{
    EventFunctionsApp.AddStack(app, manifest, (runtime, architecture) => FunctionsPackage.Publish(Layout(), runtime, architecture));
}
catch (ArgumentException invalidSetting)
{
    // A bad -c value: the message says which and what it takes; a stack trace would only bury it.
    await Console.Error.WriteLineAsync(invalidSetting.Message);
    return 1;
}

app.Synth();
return 0;
