using System.Globalization;
using EventFunctions.LocalGateway.Hosting;

namespace EventFunctions.LocalGateway.Authorization;

/// <summary>
/// <c>dotnet run --project LocalGateway -- token --user alice</c>: prints an ID token of the local user pool, signed with
/// the key the gateways share (<see cref="CognitoSigningKey.DefaultPath"/>), that a gateway run with <c>--auth cognito</c>
/// on that port accepts. The port is in the token's issuer, so it is the gateway's: <c>--port</c>, else <c>PORT</c>, else 5080.
/// </summary>
internal static class TokenCommand
{
    public const string Name = "token";

    public const string Usage = """
        Prints an ID token of LocalGateway's local Cognito user pool, for a gateway run with --auth cognito.

        Usage: dotnet run --project LocalGateway -- token --user NAME [options]

          --user NAME          cognito:username (required); sub is derived from it
          --groups LIST        comma-separated cognito:groups
          --email ADDRESS      email (default NAME@example.com)
          --expires-in SECONDS lifetime, 1-86400                          (default 3600)
          --port N             the gateway's port (it is in the issuer)   env PORT (default 5080)

        Then: curl -H "Authorization: $TOKEN" http://127.0.0.1:5080/events ...
        """;

    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--user", "--groups", "--email", "--expires-in", "--port" };

    public static bool IsToken(IReadOnlyList<string> args) => args.Count > 0 && args[0] == Name;

    /// <summary>Runs the command (<paramref name="args"/> without the leading <c>token</c>); the process's exit code.</summary>
    public static int Run(
        IReadOnlyList<string> args, Func<string, string?> environment, TextWriter output, TextWriter error, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(time);
        if (args.Any(a => a is "-h" or "--help"))
        {
            output.WriteLine(Usage);
            return 0;
        }

        try
        {
            var (port, request) = Parse(args, environment, time.GetUtcNow());
            using var key = CognitoSigningKey.LoadOrCreate(CognitoSigningKey.DefaultPath);
            output.WriteLine(CognitoTokenIssuer.Mint(key, LocalUserPool.Issuer(port), request));
            return 0;
        }
        catch (FormatException exception)
        {
            error.WriteLine(exception.Message);
            return 2;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            error.WriteLine($"Cannot read or create the signing key '{CognitoSigningKey.DefaultPath}': {exception.Message}");
            return 1;
        }
    }

    public static (int Port, TokenRequest Request) Parse(IReadOnlyList<string> args, Func<string, string?> environment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var (flag, value) = args[i].Split('=', 2) is [var name, var inline] ? (name, inline) : (args[i], null);
            if (!Flags.Contains(flag))
            {
                throw new FormatException($"Unknown option '{args[i]}' for the token command. Try token --help.");
            }

            if (value is null)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new FormatException($"Option '{flag}' needs a value.");
                }

                value = args[++i];
            }

            values[flag] = value;
        }

        var user = values.GetValueOrDefault("--user") is { Length: > 0 } named && !string.IsNullOrWhiteSpace(named)
            ? named
            : throw new FormatException("The token command needs --user NAME.");
        var groups = values.TryGetValue("--groups", out var list)
            ? list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [];
        var lifetime = values.TryGetValue("--expires-in", out var seconds) ? ParseLifetime(seconds) : TimeSpan.FromHours(1);
        var portText = values.GetValueOrDefault("--port") ?? environment("PORT");
        var port = string.IsNullOrWhiteSpace(portText) ? GatewayOptions.DefaultPort : GatewayCommandLine.ParsePort(portText.Trim());
        return (port, new TokenRequest(user, groups, values.GetValueOrDefault("--email"), now, lifetime));
    }

    private static TimeSpan ParseLifetime(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 1 and <= 86400
            ? TimeSpan.FromSeconds(seconds)
            : throw new FormatException($"'{text}' is not a lifetime in seconds for --expires-in (1-86400).");
}
