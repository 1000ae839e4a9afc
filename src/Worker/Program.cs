using Sermo.Worker.Cli;

return await SermoCommandLine.InvokeAsync(args);
