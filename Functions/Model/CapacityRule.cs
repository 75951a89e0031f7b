using System.Runtime.InteropServices;
using System.Text.Json;

namespace EventFunctions.Model;

/// <summary><c>capacity</c>: a JSON number with an integer value (see <see cref="JsonIntegers"/>), 1..1,000,000.</summary>
internal static class CapacityRule
{
    public const int Min = 1;
    public const int Max = 1_000_000;

    public static int? Read(JsonElement value, ValidationErrors errors)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            errors.Add(EventPropertyNames.Capacity, ValidationMessages.MustBeInteger);
            return null;
        }

        if (!value.TryGetInt32(out var capacity))
        {
            // Not plain integer digits in int range: 1e3, 10.0, 10.5, 1e400, 99999999999...
            if (!JsonIntegers.TryGetExactInteger(JsonMarshal.GetRawUtf8Value(value), out var exact))
            {
                errors.Add(EventPropertyNames.Capacity, ValidationMessages.MustBeInteger);
                return null;
            }

            capacity = (int)Math.Clamp(exact, int.MinValue, int.MaxValue);
        }

        if (capacity is < Min or > Max)
        {
            errors.Add(EventPropertyNames.Capacity, ValidationMessages.CapacityRange);
            return null;
        }

        return capacity;
    }
}
