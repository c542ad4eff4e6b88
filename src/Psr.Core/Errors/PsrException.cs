namespace Psr.Core.Errors;

/// <summary>
/// A user-facing failure: bad input, a bad file, a bad configuration. The CLI prints <see cref="Exception.Message"/>
/// as one line and exits non-zero; messages name the file, line, field or key and the offending value.
/// </summary>
public class PsrException : Exception
{
    public PsrException(string message) : base(message) { }

    public PsrException(string message, Exception inner) : base(message, inner) { }
}
