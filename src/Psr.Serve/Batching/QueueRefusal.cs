namespace Psr.Serve.Batching;

/// <summary>Why a batcher did not take a job: its queue is full (the client should retry later), or it is closing.</summary>
public sealed class QueueRefusal : Exception
{
    public QueueRefusal(bool closing)
        : base(closing ? "the model is being unloaded or the server is stopping" : "the generation queue is full")
    {
        Closing = closing;
    }

    /// <summary>True when the batcher is closing (a swapped-out model, or shutdown); false when its queue is full.</summary>
    public bool Closing { get; }
}
