namespace DossierFlow.Application.Common;

/// <summary>
/// Marks a use case: one class, one public <c>HandleAsync</c>, registered by <see cref="DependencyInjection.AddApplication"/>
/// and run by its caller inside a unit of work (<see cref="IUnitOfWork"/>).
/// </summary>
public interface IUseCase;
