using EventFunctions.Annotations.Manifest;
using EventFunctions.ApiDocs;

namespace EventFunctions.Cdk;

/// <summary>The functions to deploy, how, the folder holding their published code, and the documentation routes.</summary>
internal sealed record EventFunctionsStackProps(
    FunctionManifest Manifest,
    DeploymentSettings Settings,
    string FunctionsAssetPath,
    IReadOnlyList<DocsRoute> DocsRoutes);
