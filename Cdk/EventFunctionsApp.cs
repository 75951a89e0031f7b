using Amazon.CDK;
using EventFunctions.Annotations.Manifest;

namespace EventFunctions.Cdk;

/// <summary>Builds the app's one stack from the manifest and the context settings.</summary>
internal static class EventFunctionsApp
{
    /// <summary>
    /// Adds the stack to <paramref name="app"/>. The code comes from the <c>functionsAsset</c> context value when
    /// given, otherwise from <paramref name="publishFunctions"/> (tests never publish; <c>cdk synth</c> does). The
    /// documentation routes come from the ApiDocs build (<see cref="ApiDocsBuild"/>).
    /// </summary>
    public static EventFunctionsStack AddStack(
        App app, FunctionManifest manifest, Func<FunctionRuntime, FunctionArchitecture, string> publishFunctions)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(publishFunctions);
        var settings = DeploymentSettings.FromContext(key => app.Node.TryGetContext(key));
        var docsRoutes = ApiDocsBuild.DeployedRoutes();
        var asset = settings.FunctionsAsset is { } given
            ? Path.GetFullPath(given)
            : publishFunctions(settings.Runtime, settings.Architecture);
        var props = new EventFunctionsStackProps(manifest, settings, asset, docsRoutes);
        return new EventFunctionsStack(app, DeploymentNames.StackName, props);
    }
}
