using DossierFlow.Web.Setup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DossierFlow.Web.Pages;

/// <summary>
/// The Vietnamese page for an error status of a page request: the status code pages re-execute the request here
/// (any method, so neither the antiforgery token nor a body is read).
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IConfiguration configuration) : PageModel
{
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";

    // The code is read from the route, not bound: binding would read the re-executed request's form, which may be
    // the very body that was too large.
    public void OnGet() => Show();
    public void OnPost() => Show();
    public void OnPut() => Show();
    public void OnDelete() => Show();

    private void Show()
    {
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), out var c) && c is >= 400 and <= 599 ? c : StatusCodes.Status404NotFound;
        Response.StatusCode = code;
        var failure = PageFailure.MessageOf(HttpContext);
        (Title, Message) = code switch
        {
            404 => ("Không tìm thấy", failure ?? "Trang hoặc hồ sơ bạn tìm không có, hoặc đã bị xóa. Vui lòng kiểm tra lại địa chỉ."),
            403 => ("Không có quyền truy cập", failure ?? "Tài khoản của bạn không có quyền mở trang này. Nếu cần quyền, vui lòng liên hệ quản trị hệ thống."),
            413 => ("Tệp tải lên quá lớn",
                $"Mỗi lần tải lên chỉ được tối đa {configuration.GetValue("Documents:MaxUploadMegabytes", 20)} MB. Vui lòng quay lại, chọn tệp nhỏ hơn và gửi lại."),
            405 => ("Thao tác không được hỗ trợ", "Trang này không nhận thao tác vừa gửi. Vui lòng quay lại và thử lại."),
            < 500 => ("Yêu cầu không hợp lệ", "Không đọc được yêu cầu vừa gửi (có thể trang đã mở quá lâu). Vui lòng tải lại trang và thử lại."),
            _ => ("Đã có lỗi ngoài dự kiến", "Hệ thống chưa xử lý được yêu cầu này. Vui lòng thử lại sau ít phút; nếu vẫn lỗi, hãy báo quản trị hệ thống."),
        };
    }
}
