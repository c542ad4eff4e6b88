namespace Psr.Eval.Grading;

/// <summary>How a base-subscript numeral such as <c>52_8</c> compares with a plain numeral.</summary>
public enum BaseSubscriptPolicy
{
    /// <summary><c>52</c> equals <c>52_8</c> (same digits, subscript omitted); <c>42</c> does not.</summary>
    AcceptMissingSubscript,
    /// <summary>The prediction must carry the subscript: <c>52</c> is not equal to <c>52_8</c>.</summary>
    RequireSubscript,
}
