namespace Psr.Extensions.RealData.RealEft;

/// <summary>Whether a finished solution reaches the gold answer (rollout scoring).</summary>
public interface IAnswerCheck
{
    /// <summary>True when <paramref name="solution"/>'s final answer equals <paramref name="goldAnswer"/>.</summary>
    bool IsCorrect(string solution, string goldAnswer);
}
