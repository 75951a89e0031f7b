using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EventFunctions.Annotations.Generator;

/// <summary>Where a parameter's value comes from.</summary>
internal enum BindingSource
{
    Route,
    Query,
    Header,
    Body,
    Services,

    /// <summary><c>[FromCaller]</c>: the authorizer's caller, from the request context.</summary>
    Caller,
}

/// <summary>How a method's result is produced.</summary>
internal enum ReturnKind
{
    Result,
    Task,
    ValueTask,
}

/// <summary>One method parameter and how to bind it; plain data, so the pipeline can cache it.</summary>
internal sealed record ParameterModel(
    string Name,
    BindingSource Source,
    string ExternalName,
    string TypeName,
    string ValueTypeName,
    bool IsRequired,
    string? DefaultValue,
    bool IsArray,
    bool IsEnum,
    string Expectation,
    string SchemaType,
    string? SchemaFormat,
    EquatableArray<string> EnumValues,
    EquatableArray<string> EnumMembers,
    int MaxBodyBytes,
    bool IsJsonElementBody,
    string? Description = null,
    string? BodySchemaTypeName = null,
    string? Example = null);

/// <summary>One documented response: an <c>[HttpResponse]</c>, or one the generated handler gives itself.</summary>
internal sealed record ResponseModel(
    int Status,
    string Description,
    string? BodyTypeName,
    bool BodyIsArray,
    EquatableArray<string> Headers,
    string DeclaredBy,
    bool DirectInvocationOnly = false);

/// <summary>One <c>[LambdaFunction]</c> method, everything the emitters need.</summary>
internal sealed record FunctionModel(
    string Namespace,
    string ContainingType,
    string ContainingTypeName,
    string MethodName,
    bool IsStatic,
    string ResourceName,
    int MemorySize,
    int Timeout,
    EquatableArray<string> DynamoDbActions,
    string HttpMethod,
    string Template,
    string? Summary,
    ReturnKind ReturnKind,
    EquatableArray<ParameterModel> Parameters,
    EquatableArray<ResponseModel> Responses,
    LocationInfo? Location,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public string GeneratedClassName => ContainingTypeName + "_" + MethodName + "_Generated";

    /// <summary><c>[Idempotent]</c>: the handler honours <c>Idempotency-Key</c>; what it says about it.</summary>
    public IdempotencyTexts? Idempotency { get; init; }

    public bool Idempotent => Idempotency is not null;

    public string GeneratedClassFullName =>
        Namespace.Length == 0 ? GeneratedClassName : Namespace + "." + GeneratedClassName;
}

/// <summary>The <c>[LambdaStartup]</c> class.</summary>
internal sealed record StartupModel(string TypeName, StartupKind Kind, LocationInfo? Location);

/// <summary>How a <c>[LambdaStartup]</c> class provides the services.</summary>
internal enum StartupKind
{
    /// <summary>Neither way, both, or the class cannot be constructed.</summary>
    Invalid,

    /// <summary><c>public void ConfigureServices(IServiceCollection)</c>: the generated code builds a container.</summary>
    ConfigureServices,

    /// <summary><c>public IServiceProvider CreateServiceProvider()</c>: the class composes them itself, no container.</summary>
    CreateServiceProvider,
}

/// <summary>Compilation-wide facts: the assembly name, the declared JSON serializer context and the executable mode.</summary>
internal sealed record AssemblyModel(string AssemblyName, string? SerializerContext, EquatableArray<string> SerializableTypes)
{
    /// <summary><c>[assembly: LambdaGlobalProperties(GenerateMain = true)]</c>.</summary>
    public bool GenerateMain { get; init; }

    /// <summary>The compilation builds an executable (<c>OutputType</c> Exe), so it may have a <c>Main</c>.</summary>
    public bool IsExecutable { get; init; }

    /// <summary>The assembly's <c>[assembly: HttpResponse]</c>s: every function's unless it declares the status itself.</summary>
    public EquatableArray<ResponseModel> Responses { get; init; } = new(System.Array.Empty<ResponseModel>());

    /// <summary>What is wrong with those declarations.</summary>
    public EquatableArray<DiagnosticInfo> Diagnostics { get; init; } = new(System.Array.Empty<DiagnosticInfo>());
}

/// <summary>A location without a reference to a syntax tree, so it can be cached.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Microsoft.CodeAnalysis.Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(Location? location) =>
        location?.SourceTree is null
            ? null
            : new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
}

/// <summary>A diagnostic to report, stored as data.</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public Diagnostic ToDiagnostic()
    {
        var arguments = new object[Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Arguments.Items[i];
        }

        return Diagnostic.Create(DiagnosticDescriptors.ById(Id), Location?.ToLocation(), arguments);
    }
}

/// <summary>The texts of <c>EventFunctions.Annotations.Idempotency.IdempotencyTexts</c>, read from the referenced assembly.</summary>
internal sealed record IdempotencyTexts(
    string KeyDescription,
    string MalformedKey,
    string InProgress,
    string Mismatch,
    string ReplayedDescription)
{
    public const string KeyHeader = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    private const string TypeName = "EventFunctions.Annotations.Idempotency.IdempotencyTexts";

    public static IdempotencyTexts From(Compilation compilation)
    {
        var type = compilation.GetTypeByMetadataName(TypeName);
        string Text(string name) =>
            type?.GetMembers(name).OfType<IFieldSymbol>().FirstOrDefault()?.ConstantValue as string ?? string.Empty;
        return new IdempotencyTexts(
            Text(nameof(KeyDescription)), Text(nameof(MalformedKey)),
            Text(nameof(InProgress)), Text(nameof(Mismatch)), Text(nameof(ReplayedDescription)));
    }
}
