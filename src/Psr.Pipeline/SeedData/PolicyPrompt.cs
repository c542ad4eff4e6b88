using System.Text;

namespace Psr.Pipeline.SeedData;

/// <summary>
/// The tiny model's solve format: the question on one line, then the solution one step per line. The prompt for the
/// next step is the question and the accepted steps, each ending with a newline, so a candidate step is one line.
/// </summary>
public static class PolicyPrompt
{
    /// <summary>The separator after every line; also the stop string that ends one sampled step.</summary>
    public const string LineEnd = "\n";

    /// <summary><c>question\nstep1\n...stepk\n</c>.</summary>
    public static string Format(string question, IReadOnlyList<string> previousSteps)
    {
        var sb = new StringBuilder(question.Length + 24 * (previousSteps.Count + 1));
        sb.Append(question).Append(LineEnd);
        foreach (var step in previousSteps)
            sb.Append(step).Append(LineEnd);
        return sb.ToString();
    }
}
