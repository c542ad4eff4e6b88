namespace Psr.Bench.Serve;

/// <summary>The native heap by glibc's count.</summary>
/// <param name="InUse">Bytes allocated and not freed (arena chunks in use + mmapped chunks).</param>
/// <param name="FreeHeld">Freed bytes the allocator keeps in its arenas instead of returning them.</param>
/// <param name="Mapped">Bytes in mmapped chunks (part of <paramref name="InUse"/>).</param>
internal readonly record struct NativeHeapInfo(long InUse, long FreeHeld, long Mapped);
