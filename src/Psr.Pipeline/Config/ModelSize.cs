namespace Psr.Pipeline.Config;

/// <summary>Size of the in-process model (the engine maps each to its dimensions).</summary>
public enum ModelSize
{
    /// <summary>A model for tests and wiring checks only (a few thousand parameters; learns nothing useful).</summary>
    Test,

    /// <summary>The CPU demo model (about 1 M parameters).</summary>
    Tiny,

    /// <summary>A larger from-scratch model.</summary>
    Small,

    /// <summary>Dimensions read from the checkpoint.</summary>
    Pretrained,
}
