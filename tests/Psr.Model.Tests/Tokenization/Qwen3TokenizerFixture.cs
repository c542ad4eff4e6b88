using Psr.Model.Tokenization;

namespace Psr.Model.Tests.Tokenization;

/// <summary>Loads the shared Qwen3 tokenizer once per test class (loading takes about a second).</summary>
public sealed class Qwen3TokenizerFixture
{
    public QwenBpeTokenizer Tokenizer { get; } = QwenBpeTokenizer.Load(SharedFolder.Qwen3Tokenizer());
}
