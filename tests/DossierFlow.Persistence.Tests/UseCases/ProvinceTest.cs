using DossierFlow.Persistence.Tests.UseCases.Builders;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>A use-case test on its own fresh database with the tiny province of <see cref="Builders.Province"/>.</summary>
public abstract class ProvinceTest : IAsyncLifetime
{
    protected UseCaseHost _host = null!;
    protected Province _province = null!;

    public async Task InitializeAsync()
    {
        _host = await UseCaseHost.CreateAsync();
        _province = await Province.CreateAsync(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
