using Psr.Bench;
using Psr.Bench.Engine;
using Psr.Bench.Serve;
using Psr.Core.Errors;
using Psr.Protocol.OpenAI;

try
{
    return args.FirstOrDefault() switch
    {
        "grading" => GradingBenchmark.Run(args.Skip(1).ToArray()),
        "engine" => EngineBenchmark.Run(args.Skip(1).ToArray()),
        "profile" => Psr.Bench.Profile.ProfileBenchmark.Run(args.Skip(1).ToArray()),
        "serve" => ServeBenchmark.RunAsync(args.Skip(1).ToArray()).GetAwaiter().GetResult(),
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
    Console.Error.WriteLine($"       dotnet run -c Release --project bench/Psr.Bench -- {Psr.Bench.Profile.ProfileBenchmark.Usage}");
    Console.Error.WriteLine("       dotnet run -c Release --project bench/Psr.Bench -- serve [--clients 64] [--seconds 60] [--warmup 60] [--single 10] [--sample 5] [--max-growth-mib-per-min 1]");
    return 2;
}
