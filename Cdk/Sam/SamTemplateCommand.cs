using EventFunctions.Annotations.Manifest;

namespace EventFunctions.Cdk.Sam;

/// <summary><c>sam-template</c>: writes the SAM templates (one per runtime); with <c>--check</c>, only reports whether they are stale.</summary>
internal static class SamTemplateCommand
{
    public const string Name = "sam-template";

    /// <summary>The exact command that regenerates the template, from the repository root.</summary>
    public const string Regenerate = "dotnet run --project Cdk/Cdk.csproj -- " + Name;

    public static int Run(FunctionManifest manifest, RepositoryLayout layout, string[] options)
    {
        ArgumentNullException.ThrowIfNull(layout);
        if (options is not ([] or ["--check"]))
        {
            Console.Error.WriteLine($"Usage: {Name} [--check]");
            return 2;
        }

        var docsRoutes = ApiDocsBuild.DeployedRoutes();
        var stale = 0;
        foreach (var runtime in Enum.GetValues<FunctionRuntime>())
        {
            var path = layout.SamTemplate(runtime);
            var text = SamTemplate.Render(manifest, runtime, docsRoutes);
            if (options is ["--check"])
            {
                var current = File.Exists(path) ? File.ReadAllText(path) : null;
                if (current == text)
                {
                    Console.WriteLine($"{path} is up to date.");
                }
                else
                {
                    Console.Error.WriteLine($"{path} is stale; run: {Regenerate}");
                    stale++;
                }

                continue;
            }

            File.WriteAllText(path, text);
            Console.WriteLine($"Wrote {path} ({manifest.Functions.Count} functions, {runtime}).");
        }

        return stale == 0 ? 0 : 1;
    }
}
