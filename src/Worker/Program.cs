using Sermo.Worker.Cli;

return await SermoCommandLine.Create().Parse(args).InvokeAsync();
