using System.Globalization;
using System.Text;
using EventFunctions.Annotations.Authorization;
using EventFunctions.Data;
using EventFunctions.Model;
using EventFunctions.Tests.Data;
using EventFunctions.Tests.Infrastructure;
using Moq;
using Xunit.Abstractions;

namespace EventFunctions.Tests.Properties;

/// <summary>
/// Any claim value an authorizer could pass as <c>cognito:username</c>: the create either stores exactly that value
/// (1-1024 letters, marks, numbers, punctuation and symbols) or is a 500 that never reaches the store, and the
/// value never reaches the log (checked for values long enough not to occur in a record by chance).
/// </summary>
[Trait("Category", "Unit")]
public sealed class CallerPropertyTests(ITestOutputHelper output)
{
    [Fact]
    public void AnyUsernameClaim_IsStoredVerbatimWhenUsableElseA500ThatWritesNothing()
    {
        PropertyRun.Check(HostileValues.Text, async username =>
        {
            var stored = new List<string?>();
            var store = new Mock<IEventStore>(MockBehavior.Strict);
            store.Setup(s => s.CreateAsync(It.IsAny<NewEvent>(), It.IsAny<CancellationToken>()))
                .Callback((NewEvent draft, CancellationToken _) => stored.Add(draft.CreatedBy))
                .ReturnsAsync((NewEvent draft, CancellationToken _) => WriteResult.Success(EventSamples.Stored(draft.EventId) with { CreatedBy = draft.CreatedBy, UpdatedBy = draft.CreatedBy }));
            var harness = new HandlerHarness(store.Object);
            var proxyEvent = ProxyEventSamples.Edit("create-event-cognito.json");
            proxyEvent["requestContext"]!["authorizer"]!["claims"]!["cognito:username"] = Placeholder;

            var response = await harness.InvokeRoutedAsync(proxyEvent.ToJsonString().Replace($"\"{Placeholder}\"", Escaped(username), StringComparison.Ordinal));

            var leaked = username.Length >= 12 && harness.Log.ToString().Contains(username, StringComparison.Ordinal);
            return !leaked && (IsUsable(username)
                ? response.StatusCode == 201 && stored.SequenceEqual([username]) && response.Json.GetProperty("createdBy").GetString() == username
                : response.StatusCode == 500 && stored.Count == 0);
        }, output, "usernames");
    }

    private const string Placeholder = "__claim__";

    /// <summary>
    /// A JSON string that reads back as exactly <paramref name="text"/>: every character outside printable ASCII escaped,
    /// so a lone surrogate arrives as one (a JSON writer would replace it with U+FFFD).
    /// </summary>
    private static string Escaped(string text)
    {
        var json = new StringBuilder("\"");
        foreach (var c in text)
        {
            _ = c is < ' ' or > '~' or '"' or '\\' ? json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}") : json.Append(c);
        }

        return json.Append('"').ToString();
    }

    /// <summary>The rule restated from the documentation, not from <see cref="CallerIdentity"/>.</summary>
    private static bool IsUsable(string text)
    {
        if (text.Length is 0 or > Caller.MaxLength)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]) && !(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
            {
                return false;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(text, i);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate)
            {
                return false;
            }

            i += char.IsHighSurrogate(text[i]) ? 1 : 0;
        }

        return true;
    }
}
