using EventFunctions.Annotations.Manifest;

namespace EventFunctions.Cdk;

/// <summary>The functions to deploy, how, and the folder holding their published code.</summary>
internal sealed record EventFunctionsStackProps(
    FunctionManifest Manifest,
    DeploymentSettings Settings,
    string FunctionsAssetPath);
