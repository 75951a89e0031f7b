using EventFunctions.LocalGateway.Hosting;

namespace EventFunctions.LocalGateway.Lambda;

/// <summary>The deployed functions, by name (case-sensitive, as in Lambda).</summary>
internal sealed class FunctionRegistry : IAsyncDisposable
{
    private readonly Dictionary<string, LambdaFunction> byName = new(StringComparer.Ordinal);

    public FunctionRegistry(IReadOnlyList<LambdaFunction> functions)
    {
        ArgumentNullException.ThrowIfNull(functions);
        All = functions;
        foreach (var function in functions)
        {
            if (!byName.TryAdd(function.Name, function))
            {
                throw new GatewayStartupException($"Two functions are named '{function.Name}'.");
            }
        }
    }

    public IReadOnlyList<LambdaFunction> All { get; }

    public LambdaFunction? Find(string name) => byName.GetValueOrDefault(name);

    /// <summary>Deploys a new build to every function that runs the build output (watch mode); AOT ones keep their bootstrap.</summary>
    public Task DeployAsync(FunctionCode code) => Task.WhenAll(All.Where(f => f.Mode != RuntimeMode.Aot).Select(f => f.DeployAsync(code)));

    public async ValueTask DisposeAsync() => await Task.WhenAll(All.Select(f => f.DisposeAsync().AsTask()));
}
