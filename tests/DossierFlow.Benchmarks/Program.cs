using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project tests/DossierFlow.Benchmarks -- --filter '*'
// Mail dispatch (needs an SMTP server): dotnet run -c Release --project tests/DossierFlow.Benchmarks -- mail-dispatch 127.0.0.1:2525
if (args.Length > 0 && args[0] == "mail-dispatch") return await DossierFlow.Benchmarks.MailDispatchMeasurement.RunAsync(args);
// Load on a running application (tests/tools/province_load.sh): province-load <base url> <server pid> <seconds> <dossiers file>
if (args.Length > 0 && args[0] == "province-load") return await DossierFlow.Benchmarks.ProvinceLoad.RunAsync(args[1..]);
// The achievement report against python-docx (Debian python3-docx): dotnet run -c Release --project tests/DossierFlow.Benchmarks -- report-vs-python-docx 400
if (args.Length > 0 && args[0] == "report-vs-python-docx") return DossierFlow.Benchmarks.ReportVersusPythonDocx.Run(args);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
