namespace EventFunctions.Annotations;

/// <summary>Assembly-wide settings of the annotations generator (mirrors Amazon.Lambda.Annotations).</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class LambdaGlobalPropertiesAttribute : Attribute
{
    /// <summary>The variable that names the function an executable runs: its method name, e.g. <c>GetEvent</c>.</summary>
    public const string HandlerEnvironmentVariable = "ANNOTATIONS_HANDLER";

    /// <summary>
    /// Generate <c>GeneratedProgram.Main</c>, which runs the function named by <c>ANNOTATIONS_HANDLER</c> (its
    /// method name) behind the Lambda Runtime API. The project's <c>OutputType</c> must be <c>Exe</c>.
    /// </summary>
    public bool GenerateMain { get; set; }
}
