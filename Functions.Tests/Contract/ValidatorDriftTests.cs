using EventFunctions.Http;
using EventFunctions.Model;
using EventFunctions.Tests.Model;

namespace EventFunctions.Tests.Contract;

/// <summary>The validator accepts exactly the values <see cref="EventContract"/> allows, at every limit and one past it.</summary>
[Trait("Category", "Unit")]
public sealed class ValidatorDriftTests
{
    public static TheoryData<string, string, bool> Boundaries()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var (field, json, valid) in ContractBoundaries.Values())
        {
            data.Add(field.JsonName, json, valid);
        }

        return data;
    }

    public static TheoryData<string, string, bool> MutableBoundaries()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var (field, json, valid) in ContractBoundaries.Values())
        {
            if (field.Access == EventFieldAccess.Mutable)
            {
                data.Add(field.JsonName, json, valid);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void ValidateCreate_ContractBoundary_AcceptsExactlyWithinTheLimits(string name, string json, bool valid)
    {
        var result = EventRequestValidator.ValidateCreate(RequestBodies.CreateWith(name, json));

        AssertOutcome(result, name, valid);
    }

    [Theory]
    [MemberData(nameof(MutableBoundaries))]
    public void ValidateUpdate_ContractBoundary_AcceptsExactlyWithinTheLimits(string name, string json, bool valid)
    {
        var result = EventRequestValidator.ValidateUpdate(RequestBodies.UpdateWith(name, json));

        AssertOutcome(result, name, valid);
    }

    [Fact]
    public void ValidateCreate_EveryContractExample_IsValid()
    {
        var body = RequestBodies.Object(EventContract.Fields.Where(f => !f.ReadOnly).Select(f => (f.JsonName, f.ExampleJson)));

        var created = ValidationAssert.Valid(EventRequestValidator.ValidateCreate(RequestBodies.Parse(body)));

        Assert.Equal(EventContract.EventId.ExampleJson, RequestBodies.Quote(created.EventId));
    }

    [Fact]
    public void Boundaries_EveryLimitedWritableField_IsCovered()
    {
        var covered = ContractBoundaries.Values().Select(b => b.Field.JsonName).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(
            ["eventId", "title", "description", "location", "capacity", "organizer"],
            EventContract.Fields.Where(f => covered.Contains(f.JsonName)).Select(f => f.JsonName));
    }

    public static TheoryData<int, bool> LimitBoundaries()
    {
        var range = EventContract.Limit;
        return new TheoryData<int, bool>
        {
            { range.Minimum, true },
            { range.Maximum, true },
            { range.Minimum - 1, false },
            { range.Maximum + 1, false },
        };
    }

    [Theory]
    [MemberData(nameof(LimitBoundaries))]
    public void Validate_LimitAtOrPastEachEnd_AcceptsExactlyTheRange(int limit, bool valid)
    {
        var range = EventContract.Limit;

        var query = ListQueryValidator.Validate(null, null, null, limit, null, out var errors);

        Assert.Equal(valid ? limit : null, query?.Limit);
        Assert.Equal(valid ? null : [range.RangeMessage], errors.GetValueOrDefault(range.Name));
    }

    [Fact]
    public void Validate_NoLimit_UsesTheContractDefault()
    {
        var query = ListQueryValidator.Validate(null, null, null, null, null, out _);

        Assert.Equal(EventContract.Limit.Default, query?.Limit);
    }

    private static void AssertOutcome<T>(ValidationResult<T> result, string name, bool valid)
        where T : class
    {
        if (valid)
        {
            ValidationAssert.Valid(result);
        }
        else
        {
            ValidationAssert.SingleError(result, name, EventContract.Fields.Single(f => f.JsonName == name).RangeMessage!);
        }
    }
}
