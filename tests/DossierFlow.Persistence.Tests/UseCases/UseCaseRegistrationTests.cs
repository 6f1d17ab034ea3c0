using DossierFlow.Application;
using DossierFlow.Application.Common;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>Use cases are registered by their marker, not by the shape of their methods (which picked up the demo's seeders).</summary>
public class UseCaseRegistrationTests
{
    [Fact]
    public void AddApplication_registers_exactly_the_marked_use_cases_and_the_named_services()
    {
        var registered = new ServiceCollection().AddApplication()
            .Where(d => d.Lifetime == ServiceLifetime.Scoped).Select(d => d.ServiceType).ToHashSet();

        var marked = typeof(IUseCase).Assembly.GetExportedTypes().Where(t => t.IsClass && typeof(IUseCase).IsAssignableFrom(t)).ToHashSet();
        Assert.Equal(marked.Concat(Application.DependencyInjection.Services).OrderBy(t => t.FullName), registered.OrderBy(t => t.FullName));
        Assert.DoesNotContain(typeof(Application.Demo.DemoProvince), registered);
        Assert.DoesNotContain(typeof(Application.Demo.DemoCouncil), registered);
        Assert.Contains(typeof(Application.Council.DecideAward), registered);
    }

    [Fact]
    public void Each_use_case_has_one_public_HandleAsync()
    {
        foreach (var useCase in Application.DependencyInjection.UseCases)
        {
            var tasks = useCase.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
                .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType)).Select(m => m.Name).ToList();
            Assert.True(tasks is ["HandleAsync"], $"{useCase.Name}: {string.Join(", ", tasks)}");
        }
    }
}
