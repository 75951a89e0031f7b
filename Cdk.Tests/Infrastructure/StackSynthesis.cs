using Amazon.CDK;
using Amazon.CDK.Assertions;
using Amazon.CDK.CXAPI;
using EventFunctions.Annotations.Manifest;

namespace EventFunctions.Cdk.Tests.Infrastructure;

/// <summary>
/// One synthesis of the app (as <c>cdk synth</c> runs it, with cdk.json's feature flags and the given context),
/// its template both as an assertions <see cref="Amazon.CDK.Assertions.Template"/> and as JSON. The code asset is a
/// small fixed folder: tests never publish the functions.
/// </summary>
public sealed class StackSynthesis : IDisposable
{
    private readonly DirectoryInfo _workFolder;

    public StackSynthesis(FunctionManifest manifest, IReadOnlyDictionary<string, string>? context = null)
    {
        Manifest = manifest;
        _workFolder = Directory.CreateTempSubdirectory("eventfunctions-cdk-tests-");
        var asset = _workFolder.CreateSubdirectory("functions");
        File.WriteAllText(Path.Combine(asset.FullName, "EventFunctions.dll"), "placeholder: tests do not publish");

        var appContext = CdkJsonContext.Load();
        // What the CDK CLI adds to every synthesis: construct paths and asset paths in resource metadata.
        appContext["aws:cdk:enable-path-metadata"] = true;
        appContext["aws:cdk:enable-asset-metadata"] = true;
        appContext[ContextKeys.FunctionsAsset] = asset.FullName;
        foreach (var (key, value) in context ?? new Dictionary<string, string>())
        {
            appContext[key] = value;
        }

        var app = new App(new AppProps { Outdir = Path.Combine(_workFolder.FullName, "cdk.out"), Context = appContext });
        var stack = EventFunctionsApp.AddStack(app, manifest, (_, _) => throw new InvalidOperationException("Tests never publish."));
        var assembly = app.Synth();
        var artifact = assembly.GetStackArtifact(stack.ArtifactId);

        TemplateFile = Path.Combine(assembly.Directory, artifact.TemplateFile);
        var text = File.ReadAllText(TemplateFile);
        Json = CfnTemplate.Parse(text);
        Template = Template.FromString(text);
        Messages = [.. artifact.Messages.Select(m => (m.Level, m.Id, Convert.ToString(m.Entry.Data, System.Globalization.CultureInfo.InvariantCulture)))];
    }

    public FunctionManifest Manifest { get; }

    public Template Template { get; }

    public CfnTemplate Json { get; }

    /// <summary>The synthesized template on disk (until <see cref="Dispose"/>), for tools that read a file.</summary>
    public string TemplateFile { get; }

    /// <summary>Errors, warnings and info the synthesis reported (level, construct path, text).</summary>
    public IReadOnlyList<(SynthesisMessageLevel Level, string Path, string? Text)> Messages { get; }

    public void Dispose()
    {
        try
        {
            _workFolder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
