using Psr.Bench;
using Psr.Bench.Engine;
using Psr.Core.Errors;

try
{
    return args.FirstOrDefault() switch
    {
        "grading" => GradingBenchmark.Run(args.Skip(1).ToArray()),
        "engine" => EngineBenchmark.Run(args.Skip(1).ToArray()),
        _ => Usage(),
    };
}
catch (PsrException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Psr.Bench -- grading [--pairs N] [--runs N]");
    Console.Error.WriteLine($"       dotnet run -c Release --project bench/Psr.Bench -- {EngineOptions.Usage}");
    return 2;
}
