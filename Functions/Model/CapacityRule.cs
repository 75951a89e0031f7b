using System.Runtime.InteropServices;
using System.Text.Json;

namespace EventFunctions.Model;

/// <summary><c>capacity</c>: a JSON number with an integer value (see <see cref="JsonIntegers"/>) within <see cref="EventContract.Capacity"/>'s range.</summary>
internal static class CapacityRule
{
    private static readonly int Min = EventContract.Capacity.Minimum!.Value;
    private static readonly int Max = EventContract.Capacity.Maximum!.Value;

    public static int? Read(JsonElement value, ValidationErrors errors)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            errors.Add(EventContract.Capacity.JsonName, ValidationMessages.MustBeInteger);
            return null;
        }

        if (!value.TryGetInt32(out var capacity))
        {
            // Not plain integer digits in int range: 1e3, 10.0, 10.5, 1e400, 99999999999...
            if (!JsonIntegers.TryGetExactInteger(JsonMarshal.GetRawUtf8Value(value), out var exact))
            {
                errors.Add(EventContract.Capacity.JsonName, ValidationMessages.MustBeInteger);
                return null;
            }

            capacity = (int)Math.Clamp(exact, int.MinValue, int.MaxValue);
        }

        if (capacity < Min || capacity > Max)
        {
            errors.Add(EventContract.Capacity.JsonName, EventContract.Capacity.RangeMessage!);
            return null;
        }

        return capacity;
    }
}
