using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EventFunctions.Annotations.Generator;

/// <summary>Turns a <c>[LambdaFunction]</c> method symbol into a <see cref="FunctionModel"/> plus its diagnostics.</summary>
internal static class FunctionModelBuilder
{
    public const string LambdaFunctionAttribute = "EventFunctions.Annotations.LambdaFunctionAttribute";
    private const string AnnotationsNamespace = "EventFunctions.Annotations";
    private const string ApiGatewayNamespace = "EventFunctions.Annotations.APIGateway";
    private const string HttpResultInterface = ApiGatewayNamespace + ".IHttpResult";
    private const string JsonElementType = "System.Text.Json.JsonElement";
    private const string IdempotentAttribute = "EventFunctions.Annotations.Idempotency.IdempotentAttribute";
    private const string AuthorizationNamespace = "EventFunctions.Annotations.Authorization";
    private const string CallerType = AuthorizationNamespace + ".Caller";

    private static readonly string[] HttpMethods = { "ANY", "GET", "POST", "PUT", "PATCH", "HEAD", "DELETE", "OPTIONS" };
    private static readonly Regex ResourceNamePattern = new Regex("^[A-Za-z][A-Za-z0-9]{0,63}$");
    private static readonly Regex DynamoDbActionPattern = new Regex("^dynamodb:[A-Za-z]+$");

    public static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static FunctionModel Build(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var method = (IMethodSymbol)context.TargetSymbol;
        var location = LocationInfo.From(method.Locations.FirstOrDefault());
        var diagnostics = new List<DiagnosticInfo>();
        void Report(DiagnosticDescriptor descriptor, params string[] arguments) =>
            diagnostics.Add(new DiagnosticInfo(descriptor.Id, location, new EquatableArray<string>(arguments)));

        var function = context.Attributes[0];
        var resourceName = Named(function, "ResourceName") as string ?? method.Name;
        var memorySize = Named(function, "MemorySize") as int? ?? 512;
        var timeout = Named(function, "Timeout") as int? ?? 30;
        var actions = NamedArray(function, "DynamoDbActions");
        ValidateSettings(method.Name, resourceName, memorySize, timeout, actions, Report);
        ValidateDeclaration(method, Report);

        var restApi = method.GetAttributes().FirstOrDefault(a =>
            a.AttributeClass?.ToDisplayString() == ApiGatewayNamespace + ".RestApiAttribute");
        var httpMethod = "ANY";
        var template = string.Empty;
        var templateParameters = new List<string>();
        if (restApi is null || restApi.ConstructorArguments.Length != 2)
        {
            Report(DiagnosticDescriptors.MissingRestApi, method.Name);
        }
        else
        {
            var methodIndex = restApi.ConstructorArguments[0].Value as int? ?? 0;
            httpMethod = methodIndex >= 0 && methodIndex < HttpMethods.Length ? HttpMethods[methodIndex] : "ANY";
            template = restApi.ConstructorArguments[1].Value as string ?? string.Empty;
            if (!RouteTemplate.TryParse(template, out templateParameters, out var error))
            {
                Report(DiagnosticDescriptors.InvalidRouteTemplate, template, error);
                templateParameters = new List<string>();
            }
        }

        var returnKind = ClassifyReturn(method, context.SemanticModel.Compilation, Report);
        var documentation = Documentation.Of(method, cancellationToken);
        var parameters = new List<ParameterModel>();
        foreach (var parameter in method.Parameters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (BuildParameter(parameter, Report) is { } model)
            {
                parameters.Add(model with { Description = documentation.Parameter(parameter.Name) });
            }
        }

        var responses = ResponseDeclarations.Read(method.GetAttributes(), method.Name, ResponseDeclarations.ByFunction, Report);

        if (parameters.Count(p => p.Source == BindingSource.Body) > 1)
        {
            Report(DiagnosticDescriptors.MultipleBodies, method.Name);
        }

        // Parameters that failed to bind still name their route value; one error per mistake is enough.
        var routeNames = method.Parameters.Select(RouteName).Where(n => n is not null).ToList();
        foreach (var name in templateParameters.Where(n => !routeNames.Contains(n)))
        {
            Report(DiagnosticDescriptors.RouteParameterNotBound, template, name, method.Name);
        }

        if (restApi is not null)
        {
            foreach (var parameter in parameters.Where(p => p.Source == BindingSource.Route && !templateParameters.Contains(p.ExternalName)))
            {
                Report(DiagnosticDescriptors.RouteParameterNotInTemplate, parameter.Name, parameter.ExternalName, template);
            }
        }

        var containing = method.ContainingType;
        return new FunctionModel(
            containing.ContainingNamespace.IsGlobalNamespace ? string.Empty : containing.ContainingNamespace.ToDisplayString(),
            containing.ToDisplayString(TypeFormat),
            containing.Name,
            method.Name,
            method.IsStatic,
            resourceName,
            memorySize,
            timeout,
            new EquatableArray<string>(actions),
            httpMethod,
            template,
            documentation.Summary,
            returnKind,
            new EquatableArray<ParameterModel>(parameters),
            new EquatableArray<ResponseModel>(responses),
            location,
            new EquatableArray<DiagnosticInfo>(diagnostics))
        {
            Idempotency = method.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == IdempotentAttribute)
                ? IdempotencyTexts.From(context.SemanticModel.Compilation)
                : null,
        };
    }

    private static void ValidateSettings(
        string methodName,
        string resourceName,
        int memorySize,
        int timeout,
        IEnumerable<string> actions,
        System.Action<DiagnosticDescriptor, string[]> report)
    {
        if (!ResourceNamePattern.IsMatch(resourceName))
        {
            report(DiagnosticDescriptors.InvalidFunctionSettings, new[] { methodName, $"ResourceName '{resourceName}' must be 1-64 letters and digits, starting with a letter" });
        }

        if (memorySize < 128 || memorySize > 10240)
        {
            report(DiagnosticDescriptors.InvalidFunctionSettings, new[] { methodName, $"MemorySize {memorySize} must be between 128 and 10240 MB" });
        }

        if (timeout < 1 || timeout > 900)
        {
            report(DiagnosticDescriptors.InvalidFunctionSettings, new[] { methodName, $"Timeout {timeout} must be between 1 and 900 seconds" });
        }

        foreach (var action in actions.Where(a => !DynamoDbActionPattern.IsMatch(a)))
        {
            report(DiagnosticDescriptors.InvalidFunctionSettings, new[] { methodName, $"'{action}' is not a DynamoDB action such as 'dynamodb:GetItem'" });
        }
    }

    private static void ValidateDeclaration(IMethodSymbol method, System.Action<DiagnosticDescriptor, string[]> report)
    {
        var type = method.ContainingType;
        string? problem =
            method.DeclaredAccessibility != Accessibility.Public ? "it must be public"
            : method.IsGenericMethod ? "it must not be generic"
            : type.DeclaredAccessibility != Accessibility.Public ? $"its class '{type.Name}' must be public"
            : type.ContainingType is not null ? $"its class '{type.Name}' must not be nested"
            : type.IsGenericType ? $"its class '{type.Name}' must not be generic"
            : !method.IsStatic && type.IsAbstract ? $"its class '{type.Name}' must not be abstract or static"
            : null;
        if (problem is not null)
        {
            report(DiagnosticDescriptors.InvalidFunctionDeclaration, new[] { method.Name, problem });
        }
    }

    private static ReturnKind ClassifyReturn(
        IMethodSymbol method,
        Compilation compilation,
        System.Action<DiagnosticDescriptor, string[]> report)
    {
        var type = method.ReturnType;
        var httpResult = compilation.GetTypeByMetadataName(HttpResultInterface);
        bool IsResult(ITypeSymbol t) =>
            httpResult is not null
            && (SymbolEqualityComparer.Default.Equals(t, httpResult)
                || t.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, httpResult)));

        if (IsResult(type))
        {
            return ReturnKind.Result;
        }

        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic && IsResult(generic.TypeArguments[0]))
        {
            var definition = generic.ConstructedFrom.ToDisplayString();
            if (definition == "System.Threading.Tasks.Task<TResult>")
            {
                return ReturnKind.Task;
            }

            if (definition == "System.Threading.Tasks.ValueTask<TResult>")
            {
                return ReturnKind.ValueTask;
            }
        }

        report(DiagnosticDescriptors.UnsupportedReturnType, new[] { method.Name, type.ToDisplayString() });
        return ReturnKind.Result;
    }

    private static ParameterModel? BuildParameter(IParameterSymbol parameter, System.Action<DiagnosticDescriptor, string[]> report)
    {
        AttributeData? binding = null;
        var source = BindingSource.Services;
        foreach (var attribute in parameter.GetAttributes())
        {
            var name = attribute.AttributeClass?.ToDisplayString();
            BindingSource? candidate = name switch
            {
                ApiGatewayNamespace + ".FromRouteAttribute" => BindingSource.Route,
                ApiGatewayNamespace + ".FromQueryAttribute" => BindingSource.Query,
                ApiGatewayNamespace + ".FromHeaderAttribute" => BindingSource.Header,
                ApiGatewayNamespace + ".FromBodyAttribute" => BindingSource.Body,
                AnnotationsNamespace + ".FromServicesAttribute" => BindingSource.Services,
                AuthorizationNamespace + ".FromCallerAttribute" => BindingSource.Caller,
                _ => null,
            };
            if (candidate is { } found)
            {
                binding = attribute;
                source = found;
                break;
            }
        }

        if (binding is null)
        {
            report(DiagnosticDescriptors.UnboundParameter, new[] { parameter.Name });
            return null;
        }

        var typeName = parameter.Type.ToDisplayString(TypeFormat);
        var externalName = Named(binding, "Name") as string ?? parameter.Name;
        var isNullableReference = parameter.Type.IsReferenceType && parameter.NullableAnnotation == NullableAnnotation.Annotated;
        var none = new EquatableArray<string>(System.Array.Empty<string>());

        if (source == BindingSource.Services)
        {
            return new ParameterModel(parameter.Name, source, externalName, typeName, typeName, !isNullableReference, null, false, false, string.Empty, string.Empty, null, none, none, 0, false);
        }

        if (source == BindingSource.Caller)
        {
            // Nullable: a method without an authorizer has no caller, and the compiler should make the function say what then.
            if (parameter.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) != "global::" + CallerType || !isNullableReference)
            {
                report(DiagnosticDescriptors.UnsupportedParameterType, new[] { parameter.Name, parameter.Type.ToDisplayString(), "the caller", "Caller? (null when the method has no authorizer)" });
                return null;
            }

            return new ParameterModel(parameter.Name, source, externalName, typeName, typeName, false, null, false, false, string.Empty, string.Empty, null, none, none, 0, false);
        }

        if (source == BindingSource.Body)
        {
            var bodyType = Unwrap(parameter.Type, out var nullableValue);
            var maxBytes = Named(binding, "MaxBytes") as int? ?? 64 * 1024;
            var isJsonElement = bodyType.ToDisplayString() == JsonElementType;
            if (!isJsonElement && (bodyType.SpecialType != SpecialType.None || bodyType.TypeKind is TypeKind.Interface or TypeKind.TypeParameter))
            {
                report(DiagnosticDescriptors.UnsupportedParameterType, new[] { parameter.Name, parameter.Type.ToDisplayString(), "the body", "JsonElement or a type in the assembly's [LambdaJsonSerializerContext]" });
                return null;
            }

            var schema = Named(binding, "Schema") as ITypeSymbol ?? bodyType;
            return new ParameterModel(parameter.Name, source, externalName, typeName, bodyType.ToDisplayString(TypeFormat), !(nullableValue || isNullableReference) && !parameter.HasExplicitDefaultValue, null, false, false, "a JSON body", "object", null, none, none, maxBytes, isJsonElement)
            {
                BodySchemaTypeName = schema.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty),
            };
        }

        var type = parameter.Type;
        var isArray = false;
        if (type is IArrayTypeSymbol array)
        {
            isArray = true;
            type = array.ElementType;
            if (source != BindingSource.Query)
            {
                report(DiagnosticDescriptors.UnsupportedParameterType, new[] { parameter.Name, parameter.Type.ToDisplayString(), SourceText(source), ParameterTypes.Supported });
                return null;
            }
        }

        var scalar = Unwrap(type, out var isNullableValue);
        if (!ParameterTypes.TryDescribe(scalar, out var expectation, out var schemaType, out var format, out var enumValues, out var enumMembers)
            || (isArray && isNullableValue))
        {
            report(DiagnosticDescriptors.UnsupportedParameterType, new[] { parameter.Name, parameter.Type.ToDisplayString(), SourceText(source), ParameterTypes.Supported });
            return null;
        }

        var required = !isArray && !parameter.HasExplicitDefaultValue && !isNullableValue && !isNullableReference;
        var example = Named(binding, "Example") as string;
        var defaultValue = parameter.HasExplicitDefaultValue ? FormatDefault(parameter.ExplicitDefaultValue, scalar) : null;
        return new ParameterModel(
            parameter.Name,
            source,
            externalName,
            typeName,
            scalar.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            required,
            defaultValue,
            isArray,
            scalar.TypeKind == TypeKind.Enum,
            expectation,
            schemaType,
            format,
            new EquatableArray<string>(enumValues),
            new EquatableArray<string>(enumMembers),
            0,
            false)
        {
            Example = example,
        };
    }

    private static string? RouteName(IParameterSymbol parameter)
    {
        var route = parameter.GetAttributes().FirstOrDefault(a =>
            a.AttributeClass?.ToDisplayString() == ApiGatewayNamespace + ".FromRouteAttribute");
        return route is null ? null : Named(route, "Name") as string ?? parameter.Name;
    }

    private static ITypeSymbol Unwrap(ITypeSymbol type, out bool isNullableValue)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            isNullableValue = true;
            return nullable.TypeArguments[0];
        }

        isNullableValue = false;
        return type;
    }

    private static string SourceText(BindingSource source) => source switch
    {
        BindingSource.Route => "the route",
        BindingSource.Query => "the query string",
        BindingSource.Header => "a header",
        _ => "the body",
    };

    private static string FormatDefault(object? value, ITypeSymbol type)
    {
        if (value is null)
        {
            return "default";
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return "(" + type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ")" + SymbolDisplay.FormatPrimitive(value, false, false);
        }

        return value switch
        {
            string text => SymbolDisplay.FormatLiteral(text, quote: true),
            bool flag => flag ? "true" : "false",
            decimal number => SymbolDisplay.FormatPrimitive(number, false, false) + "m",
            double number => SymbolDisplay.FormatPrimitive(number, false, false) + "d",
            long number => SymbolDisplay.FormatPrimitive(number, false, false) + "L",
            _ => SymbolDisplay.FormatPrimitive(value, false, false),
        };
    }

    private static object? Named(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Kind != TypedConstantKind.Array)
            {
                return argument.Value.Value;
            }
        }

        return null;
    }

    private static string[] NamedArray(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Kind == TypedConstantKind.Array)
            {
                return argument.Value.Values.Select(v => v.Value as string ?? string.Empty).ToArray();
            }
        }

        return System.Array.Empty<string>();
    }
}
