namespace DossierFlow.Web.Pages;

/// <summary>
/// The posted form has errors in the model state (thrown by <see cref="AppPageModel.ThrowIfInvalid"/>): the page filter
/// shows the page again with them, like any other refused operation.
/// </summary>
public sealed class PageInputRefusedException() : Exception("Biểu mẫu có giá trị không hợp lệ.");
