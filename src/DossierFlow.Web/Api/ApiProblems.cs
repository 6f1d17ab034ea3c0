using System.Text.Json;
using System.Text.RegularExpressions;

namespace DossierFlow.Web.Api;

/// <summary>
/// Every problem details answer carries a Vietnamese <c>title</c> and <c>detail</c> and a stable <c>code</c> that
/// clients and tests can rely on, including those the framework writes itself (an unknown route, a body too large,
/// an unsupported content type), whose titles are otherwise English.
/// </summary>
internal static partial class ApiProblems
{
    private static readonly Dictionary<int, (string Code, string Title)> ByStatus = new()
    {
        [StatusCodes.Status400BadRequest] = ("bad-request", "Yêu cầu không hợp lệ."),
        [StatusCodes.Status401Unauthorized] = ("unauthenticated", "Chưa đăng nhập."),
        [StatusCodes.Status403Forbidden] = ("forbidden", "Bạn không có quyền thực hiện thao tác này."),
        [StatusCodes.Status404NotFound] = ("not-found", "Không tìm thấy địa chỉ hoặc dữ liệu được yêu cầu."),
        [StatusCodes.Status405MethodNotAllowed] = ("method-not-allowed", "Địa chỉ này không nhận phương thức HTTP đã dùng."),
        [StatusCodes.Status406NotAcceptable] = ("not-acceptable", "Không có định dạng trả lời phù hợp với yêu cầu."),
        [StatusCodes.Status409Conflict] = ("conflict", "Dữ liệu đã được người khác cập nhật. Vui lòng tải lại và thực hiện lại."),
        [StatusCodes.Status413PayloadTooLarge] = ("too-large", "Nội dung gửi lên quá lớn."),
        [StatusCodes.Status415UnsupportedMediaType] = ("unsupported-media-type",
            "Kiểu nội dung không được hỗ trợ: hãy gửi JSON (application/json) hoặc tệp (multipart/form-data)."),
        [StatusCodes.Status422UnprocessableEntity] = ("invalid", "Dữ liệu không hợp lệ."),
        [StatusCodes.Status429TooManyRequests] = ("too-many-requests", "Quá nhiều yêu cầu. Vui lòng thử lại sau."),
        [StatusCodes.Status500InternalServerError] = ("unexpected", "Đã có lỗi ngoài dự kiến. Vui lòng thử lại sau."),
    };

    public static (string Code, string Title) ForStatus(int status) =>
        ByStatus.TryGetValue(status, out var known) ? known
            : status >= 500 ? ByStatus[StatusCodes.Status500InternalServerError] : ("error", "Yêu cầu không thực hiện được.");

    /// <summary>
    /// Fills what the writer of a problem left out. The framework's own titles are English and plain ASCII, the
    /// application's are Vietnamese: an ASCII-only title is replaced by the Vietnamese one for its status.
    /// </summary>
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        var (code, title) = ForStatus(status);
        if (problem.Title is null || problem.Title.All(char.IsAscii)) problem.Title = title;
        if (problem.Detail is null || problem.Detail.All(char.IsAscii)) problem.Detail = problem.Title;
        if (!problem.Extensions.ContainsKey("code"))
        {
            problem.Extensions["code"] = code;
            problem.Type = $"https://dossierflow.example/problems/{code}";
        }
    }

    /// <summary>What a request the framework could not read gets: its status, a code and a Vietnamese message naming the part at fault.</summary>
    public static (int Status, string Code, string Message) ForUnreadableRequest(BadHttpRequestException exception)
    {
        if (exception.StatusCode != StatusCodes.Status400BadRequest)
        {
            var (code, title) = ForStatus(exception.StatusCode);
            return (exception.StatusCode, code, title);
        }
        if (exception.InnerException is JsonException json)
            return (StatusCodes.Status400BadRequest, "invalid-json", json.Path is { Length: > 1 } path
                ? $"Nội dung JSON không hợp lệ tại \"{path}\": sai kiểu dữ liệu, giá trị ngoài giới hạn, hoặc thiếu trường bắt buộc."
                : "Nội dung yêu cầu không phải JSON hợp lệ.");
        if (ParameterName().Match(exception.Message) is { Success: true } parameter)
            return (StatusCodes.Status400BadRequest, "invalid-parameter",
                $"Tham số \"{parameter.Groups["name"].Value}\" bị thiếu hoặc có giá trị không hợp lệ.");
        return (StatusCodes.Status400BadRequest, "bad-request", "Yêu cầu không đọc được: nội dung hoặc tham số không hợp lệ.");
    }

    // The framework names the parameter as "Type name" in its (English) message, e.g. Required parameter "int revision" was not provided.
    [GeneratedRegex("parameter \"(?:[^\"]* )?(?<name>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial Regex ParameterName();
}
