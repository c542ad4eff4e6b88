namespace Psr.World.Oracle;

/// <summary>Why the oracle labelled a step as it did; <see cref="StepReasonNames"/> gives the short names.</summary>
public enum StepReason
{
    /// <summary><c>ok</c>: a valid next step.</summary>
    Ok,

    /// <summary><c>bad-format</c>: neither <c>Step n: a op b=c</c> nor the answer line.</summary>
    BadFormat,

    /// <summary><c>empty</c>: no text.</summary>
    Empty,

    /// <summary><c>step-number</c>: the header's number is not the next step's number.</summary>
    StepNumber,

    /// <summary><c>not-available</c>: the operands are not a pair that may be combined now.</summary>
    NotAvailable,

    /// <summary><c>wrong-operation</c>: a pair that may be combined now, with another operation.</summary>
    WrongOperation,

    /// <summary><c>arithmetic</c>: the right operation on the right operands, with a wrong result.</summary>
    Arithmetic,

    /// <summary><c>premature-answer</c>: an answer line before the expression is fully reduced.</summary>
    PrematureAnswer,

    /// <summary><c>wrong-answer</c>: an answer line with another number than the reduced value.</summary>
    WrongAnswer,

    /// <summary><c>after-answer</c>: anything after the answer line.</summary>
    AfterAnswer,

    /// <summary><c>missing-answer</c>: a solution that stops without an answer line.</summary>
    MissingAnswer,

    /// <summary><c>prefix-wrong</c>: the previous steps are already wrong, so the step is unknown.</summary>
    PrefixWrong,

    /// <summary><c>bad-question</c>: the question does not parse as an expression.</summary>
    BadQuestion,
}
