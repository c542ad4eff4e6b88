namespace Psr.Training.Losses;

/// <summary>Which preference loss a DPO round optimises (all over summed completion log-probs).</summary>
public enum PreferenceLossKind
{
    /// <summary>Sigmoid DPO (Rafailov et al., 2023), the paper's loss: −log σ(β·(Δchosen − Δrejected)).</summary>
    Dpo,

    /// <summary>
    /// DPO-Positive (Pal et al., 2024, arXiv 2402.13228): −log σ(β·(Δchosen − Δrejected − λ·max(0, −Δchosen))), which
    /// stops the chosen step's likelihood from falling below the reference's when the two steps differ in a few tokens.
    /// </summary>
    Dpop,

    /// <summary>IPO (Azar et al., 2023, arXiv 2310.12036): (Δchosen − Δrejected − 1/(2β))², a bounded margin target.</summary>
    Ipo,

    /// <summary>
    /// No preference term: the round trains only its NLL terms (the chosen step's, <c>dpo.nllWeight</c>, and the replayed
    /// examples'). The control that says what the preference itself adds to a round.
    /// </summary>
    None,
}
