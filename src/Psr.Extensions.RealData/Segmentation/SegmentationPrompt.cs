namespace Psr.Extensions.RealData.Segmentation;

/// <summary>
/// The paper's Figure 3 step-segmentation prompt (paper-method §2.3), verbatim, with <c>\boxed{}</c> for the PDF's
/// bare "boxed" (as in Figure 4, <see cref="Roles.Prompts.StepPromptText.Figure4"/>).
/// </summary>
public static class SegmentationPrompt
{
    /// <summary>The instruction paragraph of Figure 3.</summary>
    public const string Instruction =
        "There is a math problem and its corresponding solution. Please divide the given solution into individual steps logically. " +
        "Use \"Step n: \" before each step to distinguish between different steps, where n is a positive integer starting from 1, " +
        "representing the current step number. Only divide the steps without altering any information in the original solution. " +
        "Please output only the divided solution steps in the format mentioned above, and do not include any additional information. " +
        "Do not omit the final answer that is placed in \\boxed{}.";

    /// <summary>Figure 3 filled with a question and its solution.</summary>
    public static string Format(string question, string solution) =>
        Instruction + "\n\n[The Start of Question Provided]\n" + question + "\n[The End of Question Provided]\n\n" +
        "[The Start of Solution Provided]\n" + solution + "\n[The End of Solution Provided]";
}
