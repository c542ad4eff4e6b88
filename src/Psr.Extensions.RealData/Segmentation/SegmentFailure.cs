namespace Psr.Extensions.RealData.Segmentation;

/// <summary>Why a benchmark solution could not be split into steps (counted in the IFT manifest, never dropped silently).</summary>
public enum SegmentFailure
{
    /// <summary>Split.</summary>
    None,

    /// <summary>The benchmark item has no worked solution to split.</summary>
    NoSolution,

    /// <summary>GSM8K: no <c>#### answer</c> line.</summary>
    NoFinalAnswerLine,

    /// <summary>The final answer is empty (<c>####</c> with nothing after it, or an empty <c>\boxed{}</c>).</summary>
    EmptyFinalAnswer,

    /// <summary>GSM8K: no reasoning line before the <c>####</c> line.</summary>
    NoReasoningLines,

    /// <summary>GSM8K: a calculator annotation <c>&lt;&lt;</c> without its closing <c>&gt;&gt;</c>.</summary>
    UnclosedAnnotation,

    /// <summary>Segmenter output: no <c>Step n:</c> header.</summary>
    NoSteps,

    /// <summary>Segmenter output: text before <c>Step 1:</c>, or step numbers not 1, 2, 3, … in order.</summary>
    StepsOutOfOrder,

    /// <summary>Segmenter output: a step with no text.</summary>
    EmptyStep,

    /// <summary>Segmenter output: the last step has no <c>\boxed{…}</c> answer.</summary>
    NoBoxedAnswer,
}
