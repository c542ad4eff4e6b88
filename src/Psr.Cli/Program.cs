using Psr.Cli;

return PsrApp.Run(args);
