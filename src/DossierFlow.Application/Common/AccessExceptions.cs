namespace DossierFlow.Application.Common;

/// <summary>The thing asked for does not exist. The message is Vietnamese and shown to the user.</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>The actor may not do this. The message is Vietnamese and shown to the user.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
