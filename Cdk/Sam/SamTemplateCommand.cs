using EventFunctions.Annotations.Manifest;

namespace EventFunctions.Cdk.Sam;

/// <summary><c>sam-template</c>: writes <c>serverless.template</c>; with <c>--check</c>, only reports whether it is stale.</summary>
internal static class SamTemplateCommand
{
    public const string Name = "sam-template";

    /// <summary>The exact command that regenerates the template, from the repository root.</summary>
    public const string Regenerate = "dotnet run --project Cdk/Cdk.csproj -- " + Name;

    public static int Run(FunctionManifest manifest, RepositoryLayout layout, string[] options)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var text = SamTemplate.Render(manifest);
        if (options is ["--check"])
        {
            var current = File.Exists(layout.SamTemplate) ? File.ReadAllText(layout.SamTemplate) : null;
            if (current == text)
            {
                Console.WriteLine($"{layout.SamTemplate} is up to date.");
                return 0;
            }

            Console.Error.WriteLine($"{layout.SamTemplate} is stale; run: {Regenerate}");
            return 1;
        }

        if (options.Length > 0)
        {
            Console.Error.WriteLine($"Usage: {Name} [--check]");
            return 2;
        }

        File.WriteAllText(layout.SamTemplate, text);
        Console.WriteLine($"Wrote {layout.SamTemplate} ({manifest.Functions.Count} functions).");
        return 0;
    }
}
