namespace Psr.Pipeline.Outcome;

/// <summary>
/// Yuan et al.'s additive 5-point judge prompt (Self-Rewarding Language Models, Figure 2), verbatim as transcribed in
/// ../shared/docs/paper-method.md §5.1, for real models; <c>{prompt}</c> and <c>{response}</c> are filled in.
/// </summary>
public static class PaperScorePrompt
{
    /// <summary>The template.</summary>
    public const string Template = """
        Review the user's question and the corresponding response using the additive 5-point
        scoring system described below. Points are accumulated based on the satisfaction of each
        criterion:
        - Add 1 point if the response is relevant and provides some information related to
        the user's inquiry, even if it is incomplete or contains some irrelevant content.
        - Add another point if the response addresses a substantial portion of the user's question,
        but does not completely resolve the query or provide a direct answer.
        - Award a third point if the response answers the basic elements of the user's question in a
        useful way, regardless of whether it seems to have been written by an AI Assistant or if it
        has elements typically found in blogs or search results.
        - Grant a fourth point if the response is clearly written from an AI Assistant's perspective,
        addressing the user's question directly and comprehensively, and is well-organized and
        helpful, even if there is slight room for improvement in clarity, conciseness or focus.
        - Bestow a fifth point for a response that is impeccably tailored to the user's question
        by an AI Assistant, without extraneous information, reflecting expert knowledge, and
        demonstrating a high-quality, engaging, and insightful answer.
        User: {prompt}
        <response>{response}</response>
        After examining the user's instruction and the response:
        - Briefly justify your total score, up to 100 words.
        - Conclude with the score using the format: "Score: <total points>"
        Remember to assess from the AI Assistant perspective, utilizing web search knowledge as
        necessary. To evaluate the response in alignment with this additive scoring model, we'll
        systematically attribute points based on the outlined criteria.
        """;

    /// <summary>The filled prompt (placeholders replaced once each, in one pass, so a response containing
    /// <c>{prompt}</c> is left alone).</summary>
    public static string Format(string question, string response)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(response);
        var at = Template.IndexOf("{prompt}", StringComparison.Ordinal);
        var head = Template[..at] + question;
        var rest = Template[(at + "{prompt}".Length)..];
        var r = rest.IndexOf("{response}", StringComparison.Ordinal);
        return head + rest[..r] + response + rest[(r + "{response}".Length)..];
    }
}
