namespace DossierFlow.Application.Workflows;

/// <summary>A problem in a workflow file, at a position an editor can jump to.</summary>
public sealed record WorkflowProblem(string File, long Line, long Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
