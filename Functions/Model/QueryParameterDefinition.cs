using System.Globalization;

namespace EventFunctions.Model;

/// <summary>An integer query parameter of the contract: its name, range and default (see <see cref="EventContract.Limit"/>).</summary>
public sealed record QueryParameterDefinition(string Name, string Description, int Minimum, int Maximum, int Default)
{
    /// <summary>The 422 message of a value outside the range.</summary>
    public string RangeMessage { get; } = string.Create(CultureInfo.InvariantCulture, $"must be between {Minimum} and {Maximum}");

    /// <summary>The range in words, e.g. <c>1-1000</c>.</summary>
    public string Rule { get; } = string.Create(CultureInfo.InvariantCulture, $"{Minimum}-{Maximum}");
}
