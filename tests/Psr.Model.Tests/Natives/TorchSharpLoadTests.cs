using TorchSharp;

namespace Psr.Model.Tests.Natives;

public sealed class TorchSharpLoadTests
{
    [Fact]
    public void Native_library_loads_and_computes_a_matrix_product()
    {
        // Given two small tensors (the first torch call loads libLibTorchSharp and LibTorch)
        using var a = torch.tensor(new float[] { 1, 2, 3, 4 }).reshape(2, 2);
        using var b = torch.eye(2);

        // When they are multiplied
        using var c = a.matmul(b);

        // Then the product is computed natively
        Assert.Equal(new float[] { 1, 2, 3, 4 }, c.data<float>().ToArray());
    }
}
