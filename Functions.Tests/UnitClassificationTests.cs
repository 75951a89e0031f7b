using System.Reflection;

namespace EventFunctions.Tests;

/// <summary>
/// Keeps <c>--filter Category=Unit</c> honest: a class marked Unit takes no fixture (nothing but xunit's
/// output helper in its constructor), so it cannot be handed
/// dynalite, a faulty endpoint or any other process or socket the fixtures here start.
/// </summary>
[Trait("Category", "Unit")]
public sealed class UnitClassificationTests
{
    public static TheoryData<string> UnitClasses() => [.. UnitClassNames()];

    [Theory]
    [MemberData(nameof(UnitClasses))]
    public void UnitClass_TakesNoFixtureOrCollection(string typeName)
    {
        var type = typeof(UnitClassificationTests).Assembly.GetType(typeName)!;

        Assert.Null(type.GetCustomAttribute<CollectionAttribute>());
        Assert.DoesNotContain(type.GetInterfaces(), i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IClassFixture<>));
        Assert.All(type.GetConstructors().SelectMany(c => c.GetParameters()), parameter =>
            Assert.Equal(typeof(Xunit.Abstractions.ITestOutputHelper), parameter.ParameterType));
    }

    [Fact]
    public void UnitClasses_IncludeTheHandlerAndValidationTests()
    {
        Assert.Contains(typeof(Handlers.ProductionCompositionTests).FullName!, UnitClassNames());
    }

    private static IEnumerable<string> UnitClassNames() =>
        typeof(UnitClassificationTests).Assembly.GetTypes()
            .Where(IsUnit)
            .Select(type => type.FullName!)
            .Order(StringComparer.Ordinal);

    private static bool IsUnit(Type type) =>
        type.GetCustomAttributesData().Any(a => a.AttributeType == typeof(TraitAttribute)
            && a.ConstructorArguments is [{ Value: "Category" }, { Value: "Unit" }]);
}
