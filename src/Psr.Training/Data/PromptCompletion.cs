namespace Psr.Training.Data;

/// <summary>
/// A tokenized prompt + completion: <see cref="Ids"/> is the prompt's tokens followed by the completion's, and only the
/// completion's tokens (positions <see cref="PromptLength"/>.. ) are trained on.
/// </summary>
/// <param name="Ids">Prompt then completion token ids.</param>
/// <param name="PromptLength">How many leading ids belong to the prompt.</param>
/// <param name="Truncated">Whether the text was cut to fit the maximum length.</param>
public sealed record PromptCompletion(int[] Ids, int PromptLength, bool Truncated)
{
    /// <summary>Number of completion tokens (the tokens that carry loss).</summary>
    public int CompletionLength => Ids.Length - PromptLength;

    /// <summary>
    /// Joins already-encoded parts, cutting the prompt from the left (its end is the most relevant context) and then
    /// the completion from the right until at most <paramref name="maxLength"/> ids remain. The prompt leaves room for
    /// at least <paramref name="completionRoom"/> completion tokens, so two completions of one prompt (DPO) can share
    /// the same prompt cut.
    /// </summary>
    public static PromptCompletion Join(int[] prompt, int[] completion, int maxLength, int completionRoom = 0)
    {
        var room = Math.Max(completionRoom, completion.Length);
        var promptKept = Math.Clamp(maxLength - room, 0, prompt.Length);
        var completionKept = Math.Min(completion.Length, maxLength - promptKept);
        var ids = new int[promptKept + completionKept];
        prompt.AsSpan(prompt.Length - promptKept).CopyTo(ids);
        completion.AsSpan(0, completionKept).CopyTo(ids.AsSpan(promptKept));
        var truncated = promptKept < prompt.Length || completionKept < completion.Length;
        return new PromptCompletion(ids, promptKept, truncated);
    }
}
