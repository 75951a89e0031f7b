using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EventFunctions.Annotations.Generator.Tests.Infrastructure;

/// <summary>Compiles C# source through the generator, as a project referencing the annotations would.</summary>
internal static class GeneratorHarness
{
    public const string AssemblyName = "SampleFunctions";

    private static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.Latest, DocumentationMode.Parse);

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => path.Length > 0)
            .Select(path => MetadataReference.CreateFromFile(path)),
    ];

    private static readonly Lazy<ImmutableArray<ISourceGenerator>> JsonSourceGenerators = new(LoadJsonSourceGenerators);

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CreateCompilation(OutputKind.DynamicallyLinkedLibrary, sources);

    /// <summary>A compilation of the given kind: a class library, or an executable (<c>OutputType</c> Exe).</summary>
    public static CSharpCompilation CreateCompilation(OutputKind kind, params string[] sources) =>
        CSharpCompilation.Create(
            AssemblyName,
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{i}.cs")),
            References,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The generator alone, or with System.Text.Json's, which sample JSON contexts need.</summary>
    public static GeneratorDriver CreateDriver(bool withJsonGenerator = false) =>
        CSharpGeneratorDriver.Create(
            withJsonGenerator ? [new LambdaFunctionGenerator().AsSourceGenerator(), .. JsonSourceGenerators.Value] : [new LambdaFunctionGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; returns what it produced and every diagnostic of the final compilation.</summary>
    public static GeneratorRun Run(params string[] sources) => Run(OutputKind.DynamicallyLinkedLibrary, sources);

    /// <summary>Runs the generator over a compilation of the given kind.</summary>
    public static GeneratorRun Run(OutputKind kind, params string[] sources)
    {
        var compilation = CreateCompilation(kind, sources);
        CreateDriver(withJsonGenerator: true).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var all = generatorDiagnostics.AddRange(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        return new GeneratorRun(output, all);
    }

    /// <summary>
    /// System.Text.Json's source generator from the targeting pack beside the running runtime, found relative
    /// to it (never a fixed machine path), as the SDK would hand it to the compiler.
    /// </summary>
    private static ImmutableArray<ISourceGenerator> LoadJsonSourceGenerators()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var version = Path.GetFileName(runtimeDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var pack = Directory.Exists(Path.Combine(packs, version))
            ? Path.Combine(packs, version)
            : Directory.GetDirectories(packs).Order(StringComparer.Ordinal).Last();
        var path = Path.Combine(pack, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll");
        var reference = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerFileReference(path, new AnalyzerAssemblyLoader());
        return reference.GetGeneratorsForAllLanguages();
    }

    private sealed class AnalyzerAssemblyLoader : Microsoft.CodeAnalysis.IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
    }

    /// <summary>Compiles the sources with the generator and loads the result into a collectible context.</summary>
    public static Assembly CompileAndLoad(params string[] sources)
    {
        var run = Run(sources);
        Assert.True(run.Diagnostics.IsEmpty, string.Join(Environment.NewLine, run.Diagnostics));
        using var image = new MemoryStream();
        var emit = run.Output.Emit(image);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));
        image.Position = 0;
        return new AssemblyLoadContext("generated-" + Guid.NewGuid(), isCollectible: true).LoadFromStream(image);
    }
}

/// <summary>The compilation after generation and the diagnostics from generator and compiler.</summary>
internal sealed record GeneratorRun(Compilation Output, ImmutableArray<Diagnostic> Diagnostics)
{
    public string GeneratedText(string hintNameSuffix) =>
        Output.SyntaxTrees.Single(tree => tree.FilePath.EndsWith(hintNameSuffix, StringComparison.Ordinal)).ToString();
}
