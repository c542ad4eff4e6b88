using System.Text;

namespace Psr.Backends.OpenAI.Serving;

/// <summary>A started server's stdout and stderr, line by line into a log file, with the last lines kept for errors.</summary>
internal sealed class ServerLog(string path) : IDisposable
{
    private const int TailLines = 5;
    private readonly StreamWriter _writer = new(path, append: false, new UTF8Encoding(false)) { AutoFlush = true };
    private readonly Queue<string> _tail = new();
    private readonly Lock _gate = new();

    /// <summary>The log file.</summary>
    public string Path { get; } = path;

    public void Line(string line)
    {
        lock (_gate)
        {
            _writer.WriteLine(line);
            _tail.Enqueue(line);
            if (_tail.Count > TailLines)
                _tail.Dequeue();
        }
    }

    /// <summary>" (log: PATH): last | lines" for an error message.</summary>
    public string Describe()
    {
        lock (_gate)
        {
            var last = string.Join(" | ", _tail).ReplaceLineEndings(" ");
            return $" (log: {Path}){(last.Length > 0 ? ": " + last : "")}";
        }
    }

    public void Dispose()
    {
        lock (_gate)
            _writer.Dispose();
    }
}
