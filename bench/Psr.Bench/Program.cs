using Psr.Bench;

return args.FirstOrDefault() switch
{
    "grading" => GradingBenchmark.Run(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Psr.Bench -- grading [--pairs N] [--runs N]");
    return 2;
}
