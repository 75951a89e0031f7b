using EventFunctions.Annotations.Authorization;
using EventFunctions.Annotations.Manifest;

namespace EventFunctions.Cdk.Sam;

/// <summary>
/// <c>sam-template</c>: writes the SAM templates (one per runtime); with <c>--check</c>, only reports whether they are stale;
/// with <c>--auth cognito|iam [--auth-reads] [--runtime aot|managed]</c>, prints one template with that authorizer (SAM
/// cannot take it as a parameter), to be saved beside the others: its <c>CodeUri</c> is relative to the repository root.
/// </summary>
internal static class SamTemplateCommand
{
    public const string Name = "sam-template";

    /// <summary>The exact command that regenerates the template, from the repository root.</summary>
    public const string Regenerate = "dotnet run --project Cdk/Cdk.csproj -- " + Name;

    public const string AuthOption = "auth";
    public const string AuthReadsOption = "auth-reads";
    public const string RuntimeOption = "runtime";

    private const string Usage = $"Usage: {Name} [--check] | {Name} --{AuthOption} cognito|iam [--{AuthReadsOption}] [--{RuntimeOption} aot|managed]";

    public static int Run(FunctionManifest manifest, RepositoryLayout layout, string[] options)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(options);
        if (options is [$"--{AuthOption}", ..])
        {
            return PrintWithAuth(manifest, options);
        }

        if (options is not ([] or ["--check"]))
        {
            Console.Error.WriteLine(Usage);
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

    private static int PrintWithAuth(FunctionManifest manifest, string[] options)
    {
        var mode = AuthorizationMode.None;
        var authReads = false;
        var runtime = FunctionRuntime.Aot;
        for (var i = 0; i < options.Length; i++)
        {
            var ok = options[i] switch
            {
                $"--{AuthOption}" => i + 1 < options.Length && AuthorizationModes.TryParse(options[++i], out mode) && mode != AuthorizationMode.None,
                $"--{AuthReadsOption}" => authReads = true,
                $"--{RuntimeOption}" => i + 1 < options.Length && TryParseRuntime(options[++i], out runtime),
                _ => false,
            };
            if (!ok)
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }
        }

        Console.Out.Write(SamTemplate.Render(manifest, runtime, ApiDocsBuild.DeployedRoutes(), new RouteAuthorization(mode, authReads)));
        return 0;
    }

    private static bool TryParseRuntime(string text, out FunctionRuntime runtime)
    {
        runtime = text switch { "aot" => FunctionRuntime.Aot, "managed" => FunctionRuntime.Managed, _ => (FunctionRuntime)(-1) };
        return Enum.IsDefined(runtime);
    }
}
