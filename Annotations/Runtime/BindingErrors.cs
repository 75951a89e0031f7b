using EventFunctions.Annotations.APIGateway;

namespace EventFunctions.Annotations.Runtime;

/// <summary>Collects what is wrong with a request's route, query and header values, for one 422 response.</summary>
public sealed class BindingErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool HasErrors => errors.Count > 0;

    public void Add(string name, string message)
    {
        if (!errors.TryGetValue(name, out var messages))
        {
            messages = [];
            errors[name] = messages;
        }

        messages.Add(message);
    }

    public void Missing(string name) => Add(name, "is required");

    public void Invalid(string name, string expected) => Add(name, "must be " + expected);

    public IHttpResult ToResult() =>
        HttpResults.ValidationProblem(
            errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
            "One or more request parameters are invalid.");
}
