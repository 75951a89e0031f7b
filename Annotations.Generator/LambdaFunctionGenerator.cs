using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EventFunctions.Annotations.Generator;

/// <summary>
/// Generates one Lambda handler class per <c>[LambdaFunction]</c> method and the function manifest.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class LambdaFunctionGenerator : IIncrementalGenerator
{
    private const string StartupAttribute = "EventFunctions.Annotations.LambdaStartupAttribute";
    private const string SerializerContextAttribute = "EventFunctions.Annotations.LambdaJsonSerializerContextAttribute";
    private const string JsonSerializableAttribute = "System.Text.Json.Serialization.JsonSerializableAttribute";
    private const string GlobalPropertiesAttribute = "EventFunctions.Annotations.LambdaGlobalPropertiesAttribute";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var functions = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                FunctionModelBuilder.LambdaFunctionAttribute,
                static (node, _) => node is MethodDeclarationSyntax,
                FunctionModelBuilder.Build)
            .WithTrackingName(TrackingNames.Functions);

        var startups = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                StartupAttribute,
                static (node, _) => node is ClassDeclarationSyntax,
                static (syntax, _) => BuildStartup((INamedTypeSymbol)syntax.TargetSymbol))
            .WithTrackingName(TrackingNames.Startups);

        var assembly = context.CompilationProvider
            .Select(static (compilation, token) => BuildAssembly(compilation, token))
            .WithTrackingName(TrackingNames.Assembly);

        var shared = startups.Collect().Combine(assembly);

        context.RegisterSourceOutput(functions.Combine(shared), static (output, source) =>
        {
            var (function, (startupList, assemblyModel)) = source;
            EmitHandler(output, function, startupList.FirstOrDefault(), assemblyModel);
        });

        context.RegisterSourceOutput(functions.Collect().Combine(shared), static (output, source) =>
        {
            var (all, (startupList, assemblyModel)) = source;
            EmitManifest(output, all, startupList, assemblyModel);
        });

        context.RegisterSourceOutput(functions.Collect().Combine(assembly), static (output, source) =>
        {
            var (all, assemblyModel) = source;
            EmitProgram(output, all, assemblyModel);
        });
    }

    private static void EmitHandler(SourceProductionContext output, FunctionModel function, StartupModel? startup, AssemblyModel assembly)
    {
        var failed = false;
        foreach (var diagnostic in function.Diagnostics)
        {
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
            failed = true;
        }

        foreach (var body in function.Parameters.Where(p => p.Source == BindingSource.Body && !p.IsJsonElementBody))
        {
            var problem = assembly.SerializerContext is null
                ? "the assembly declares no [assembly: LambdaJsonSerializerContext(typeof(...))]"
                : !assembly.SerializableTypes.Contains(body.ValueTypeName)
                    ? $"'{assembly.SerializerContext.Replace("global::", string.Empty)}' has no [JsonSerializable(typeof({body.ValueTypeName.Replace("global::", string.Empty)}))]"
                    : null;
            if (problem is not null)
            {
                output.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.BodyTypeNotSerializable,
                    function.Location?.ToLocation(),
                    body.Name,
                    body.ValueTypeName.Replace("global::", string.Empty),
                    problem));
                failed = true;
            }
        }

        if (!failed)
        {
            output.AddSource(function.GeneratedClassFullName + ".g.cs", HandlerEmitter.Emit(function, startup, assembly));
        }
    }

    private static void EmitManifest(
        SourceProductionContext output,
        ImmutableArray<FunctionModel> functions,
        ImmutableArray<StartupModel> startups,
        AssemblyModel assembly)
    {
        foreach (var extra in startups.Skip(1))
        {
            output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidStartup, extra.Location?.ToLocation(), extra.TypeName, "only one class may be [LambdaStartup]"));
        }

        foreach (var startup in startups.Where(s => s.Kind == StartupKind.Invalid))
        {
            output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidStartup, startup.Location?.ToLocation(), startup.TypeName, "it needs a public parameterless constructor and exactly one of public void ConfigureServices(IServiceCollection services) and public IServiceProvider CreateServiceProvider()"));
        }

        foreach (var diagnostic in assembly.Diagnostics)
        {
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        var valid = functions.Where(f => f.Diagnostics.Count == 0).ToList();
        foreach (var group in valid.GroupBy(f => f.ResourceName).Where(g => g.Count() > 1))
        {
            var pair = group.ToList();
            output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateResourceName, pair[1].Location?.ToLocation(), group.Key, pair[0].MethodName, pair[1].MethodName));
        }

        foreach (var group in valid.GroupBy(f => f.HttpMethod + " " + f.Template.ToLowerInvariant()).Where(g => g.Count() > 1))
        {
            var pair = group.ToList();
            output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateRoute, pair[1].Location?.ToLocation(), pair[0].ResourceName, pair[1].ResourceName, pair[1].HttpMethod, pair[1].Template));
        }

        output.AddSource("LambdaFunctionManifest.g.cs", ManifestEmitter.Emit(valid, assembly));
    }

    private static void EmitProgram(SourceProductionContext output, ImmutableArray<FunctionModel> functions, AssemblyModel assembly)
    {
        if (!assembly.GenerateMain)
        {
            return;
        }

        if (!assembly.IsExecutable)
        {
            output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GenerateMainNeedsExecutable, Location.None, assembly.AssemblyName));
            return;
        }

        output.AddSource("GeneratedProgram.g.cs", ProgramEmitter.Emit(functions.Where(f => f.Diagnostics.Count == 0).ToList()));
    }

    private static StartupModel BuildStartup(INamedTypeSymbol type)
    {
        var configures = type.GetMembers("ConfigureServices").OfType<IMethodSymbol>().Any(m =>
            m.DeclaredAccessibility == Accessibility.Public && !m.IsStatic && m.ReturnsVoid && m.Parameters.Length == 1
            && m.Parameters[0].Type.ToDisplayString() == "Microsoft.Extensions.DependencyInjection.IServiceCollection");
        var creates = type.GetMembers("CreateServiceProvider").OfType<IMethodSymbol>().Any(m =>
            m.DeclaredAccessibility == Accessibility.Public && !m.IsStatic && m.Parameters.Length == 0
            && m.ReturnType.ToDisplayString() == "System.IServiceProvider");
        var constructible = !type.IsAbstract && !type.IsStatic && type.InstanceConstructors.Any(c =>
            c.DeclaredAccessibility == Accessibility.Public && c.Parameters.Length == 0);
        var kind = !constructible || configures == creates ? StartupKind.Invalid
            : configures ? StartupKind.ConfigureServices
            : StartupKind.CreateServiceProvider;
        return new StartupModel(
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            kind,
            LocationInfo.From(type.Locations.FirstOrDefault()));
    }

    private static AssemblyModel BuildAssembly(Compilation compilation, CancellationToken cancellationToken)
    {
        var attributes = compilation.Assembly.GetAttributes();
        var diagnostics = new List<DiagnosticInfo>();
        var responses = ResponseDeclarations.Read(
            attributes,
            "the assembly",
            ResponseDeclarations.ByAssembly,
            (descriptor, arguments) => diagnostics.Add(new DiagnosticInfo(descriptor.Id, null, new EquatableArray<string>(arguments))));
        var generateMain = attributes
            .Where(a => a.AttributeClass?.ToDisplayString() == GlobalPropertiesAttribute)
            .SelectMany(a => a.NamedArguments)
            .Any(a => a.Key == "GenerateMain" && a.Value.Value is true);
        var isExecutable = compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication;
        var contextAttribute = attributes.FirstOrDefault(a =>
            a.AttributeClass?.ToDisplayString() == SerializerContextAttribute);
        if (contextAttribute?.ConstructorArguments.FirstOrDefault().Value is not INamedTypeSymbol contextType)
        {
            return new AssemblyModel(compilation.AssemblyName ?? string.Empty, null, new EquatableArray<string>(System.Array.Empty<string>()))
            {
                GenerateMain = generateMain,
                IsExecutable = isExecutable,
                Responses = new EquatableArray<ResponseModel>(responses),
                Diagnostics = new EquatableArray<DiagnosticInfo>(diagnostics),
            };
        }

        cancellationToken.ThrowIfCancellationRequested();
        var types = contextType.GetAttributes()
            .Where(a => a.AttributeClass?.ToDisplayString() == JsonSerializableAttribute)
            .Select(a => a.ConstructorArguments.FirstOrDefault().Value as ITypeSymbol)
            .Where(t => t is not null)
            .Select(t => t!.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
            .OrderBy(t => t, System.StringComparer.Ordinal);
        return new AssemblyModel(
            compilation.AssemblyName ?? string.Empty,
            contextType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            new EquatableArray<string>(types))
        {
            GenerateMain = generateMain,
            IsExecutable = isExecutable,
            Responses = new EquatableArray<ResponseModel>(responses),
            Diagnostics = new EquatableArray<DiagnosticInfo>(diagnostics),
        };
    }
}
