using Psr.Training.Data;

namespace Psr.Training.Checkpoints;

/// <summary>
/// Everything besides weights and optimizer moments that a resumed run needs to continue exactly. The learning rate is
/// a pure function of <see cref="Step"/> and the data order a pure function of (<see cref="Seed"/>, epoch), so these
/// numbers stand in for the schedule's and the data sampler's RNG state; the model itself draws no random numbers
/// while training (no dropout in this family).
/// </summary>
/// <param name="Step">Optimizer steps completed.</param>
/// <param name="Data">Position of the next micro-batch.</param>
/// <param name="Seed">Seed that ordered the data; a resume with another seed is refused.</param>
/// <param name="TokensSeen">Loss-carrying tokens trained on so far.</param>
public sealed record TrainerState(int Step, BatchPosition Data, long Seed, long TokensSeen);
