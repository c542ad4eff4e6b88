using TorchSharp;
using static TorchSharp.torch;

namespace Psr.Model.Native;

/// <summary>
/// Owned TorchSharp scalars. A C# number passed where TorchSharp expects a <see cref="Scalar"/> becomes a native
/// Scalar that only its finalizer frees, and nothing keeps it alive during the native call that reads it, so a GC on
/// another thread can free it mid-call (issue 14 §1; src/BannedSymbols.txt bans those conversions). The constants here
/// live in static fields, which are never collected, so they are never finalized; a value known only at run time is
/// created with <c>using var s = value.ToScalar();</c>, which keeps it alive until after the call.
/// </summary>
/// <remarks>
/// Each constant keeps the C# type the implicit conversion used before (<c>int</c> for 1, <c>double</c> for
/// <c>-inf</c>), so every operation sees the same Scalar type and computes the same bits.
/// </remarks>
public static class Scalars
{
    /// <summary>0 as an int Scalar.</summary>
    public static readonly Scalar Zero = 0.ToScalar();

    /// <summary>1 as an int Scalar: the <c>alpha</c> of a plain <c>a.add(b, One)</c>, and arange's unit step.</summary>
    public static readonly Scalar One = 1.ToScalar();

    /// <summary>2 as an int Scalar (squares via <c>pow</c>).</summary>
    public static readonly Scalar Two = 2.ToScalar();

    /// <summary>
    /// <paramref name="value"/> read through a Scalar that lives until the read has returned (TorchSharp's
    /// <c>ToDouble()</c> drops its temporary Scalar while the native read still runs).
    /// </summary>
    public static double ToDouble(Tensor value)
    {
        using var scalar = value.ToScalar();
        return scalar.ToDouble();
    }

    /// <summary>Like <see cref="ToDouble"/>, for integers.</summary>
    public static long ToInt64(Tensor value)
    {
        using var scalar = value.ToScalar();
        return scalar.ToInt64();
    }

    /// <summary>
    /// <c>arange(start, stop)</c> as int64 with owned bounds (TorchSharp's two-argument overload makes its step 1 an
    /// unowned Scalar).
    /// </summary>
    public static Tensor Arange(long start, long stop, Device device)
    {
        using var from = start.ToScalar();
        using var to = stop.ToScalar();
        return arange(from, to, One, ScalarType.Int64, device);
    }
}
