using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DossierFlow.Persistence.Identity;
using DossierFlow.Web.Security;
using DossierFlow.Web.Setup;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DossierFlow.Web.Pages.Account;

[SavesItself]
public sealed class LoginModel(SignInManager<ApplicationUser> signIn, PasswordCheck passwords, SignInThrottle throttle) : PageModel
{
    public const string WrongCredentials = "Tên đăng nhập hoặc mật khẩu không đúng.";

    [BindProperty, Required(ErrorMessage = "Vui lòng nhập tên đăng nhập."),
     StringLength(256, ErrorMessage = "Tên đăng nhập dài quá 256 ký tự.")]
    public string UserName { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Vui lòng nhập mật khẩu."),
     StringLength(1000, ErrorMessage = "Mật khẩu dài quá 1.000 ký tự.")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var userName = UserName.Trim();
        if (throttle.Refuse(HttpContext, userName) is { } wait)
        {
            var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            ModelState.AddModelError("", $"Có quá nhiều lần đăng nhập từ máy này hoặc vào tài khoản này. Vui lòng thử lại sau {minutes} phút.");
            return Page();
        }
        var user = await passwords.VerifyAsync(userName, Password);
        if (user is null)
        {
            ModelState.AddModelError("", WrongCredentials);
            return Page();
        }
        // Only an administrator locks an account (user administration); said only to whoever knows the password.
        if (await signIn.UserManager.IsLockedOutAsync(user))
        {
            ModelState.AddModelError("", "Tài khoản này đã bị khóa. Vui lòng liên hệ quản trị hệ thống.");
            return Page();
        }
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
