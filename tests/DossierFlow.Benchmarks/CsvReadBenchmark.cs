using System.Text;
using BenchmarkDotNet.Attributes;
using DossierFlow.Application.Organisations;

namespace DossierFlow.Benchmarks;

/// <summary>Reading a province-sized organisation CSV (2,000 rows) as the import does (CsvHelper), before any check.</summary>
[MemoryDiagnoser]
public class CsvReadBenchmark
{
    private string _csv = "";

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder("code,name,short_code,kind,parent_code,emails,valid_from\n");
        for (var i = 0; i < 2000; i++)
            text.Append($"UBND-X-{i},\"Ủy ban nhân dân xã Số {i}, tỉnh Demo\",UBND,CommunePeopleCommittee,UBND-TINH,xa{i}@demo.gov.vn,01/07/2025\n");
        _csv = text.ToString();
    }

    [Benchmark]
    public int ReadRows() => OrganisationCsv.Read(new StringReader(_csv), []).Count;
}
