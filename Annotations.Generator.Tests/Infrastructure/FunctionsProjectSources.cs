using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EventFunctions.Annotations.Generator.Tests.Infrastructure;

/// <summary>
/// The real <c>Functions/</c> project compiled in memory through the generator, as its build does: the sources under
/// <c>Functions/</c> in the repository (bin/ and obj/ left out), the SDK's implicit usings, an executable named
/// <c>EventFunctions</c>, and the AWS SDK and DI assemblies this test project references. Nothing depends on a
/// previous build of Functions, so it works the same on a fresh clone.
/// </summary>
internal static class FunctionsProjectSources
{
    public const string AssemblyName = "EventFunctions";

    /// <summary>What <c>ImplicitUsings</c> gives a <c>Microsoft.NET.Sdk</c> project.</summary>
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static readonly Lazy<GeneratorRun> RealRun = new(() => Run(Read()));

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string FunctionsFolder => Path.Combine(RepositoryRoot, "Functions");

    /// <summary>The generator's output over the unchanged sources, computed once.</summary>
    public static GeneratorRun Real => RealRun.Value;

    /// <summary>Every source file of the Functions project by path relative to it, in ordinal order.</summary>
    public static IReadOnlyList<(string Path, string Text)> Read() =>
        [.. Directory.EnumerateFiles(FunctionsFolder, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(FunctionsFolder, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("bin/", StringComparison.Ordinal) && !path.StartsWith("obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(Path.Combine(FunctionsFolder, path))))];

    /// <summary>Runs the generator (with System.Text.Json's) over the given sources of the Functions project.</summary>
    public static GeneratorRun Run(IEnumerable<(string Path, string Text)> sources)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse);
        var trees = sources
            .Append((Path: "GlobalUsings.g.cs", Text: ImplicitUsings))
            .Select(source => CSharpSyntaxTree.ParseText(source.Text, parseOptions, path: source.Path));
        var compilation = CSharpCompilation.Create(
            AssemblyName,
            trees,
            GeneratorHarness.CreateCompilation().References,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable)
                // As the SDK does (NoWarn 1701;1702): the AWS SDK's references to older framework versions unify.
                .WithSpecificDiagnosticOptions([new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));
        GeneratorHarness.CreateDriver(withJsonGenerator: true)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var all = generatorDiagnostics.AddRange(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        return new GeneratorRun(output, all);
    }

    /// <summary>The manifest's JSON constant, indented so that a snapshot diff shows the one setting that changed.</summary>
    public static string ManifestJson(GeneratorRun run)
    {
        var type = run.Output.GetTypeByMetadataName("EventFunctions.Annotations.Generated.LambdaFunctionManifest")
            ?? throw new InvalidOperationException("The generator emitted no manifest.");
        var json = type.GetMembers("Json").OfType<IFieldSymbol>().Single().ConstantValue as string
            ?? throw new InvalidOperationException("The manifest has no Json constant.");
        return JsonNode.Parse(json)!.ToJsonString(Indented) + "\n";
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EventFunctions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("No EventFunctions.sln above " + AppContext.BaseDirectory);
    }
}
