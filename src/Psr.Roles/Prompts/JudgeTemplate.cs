namespace Psr.Roles.Prompts;

/// <summary>Which judge prompt template is used.</summary>
public enum JudgeTemplate
{
    /// <summary>The paper's verbatim Figure 5 prompt (real models).</summary>
    PaperFigure5,

    /// <summary>The compact template the tiny model is trained on.</summary>
    Compact,
}
