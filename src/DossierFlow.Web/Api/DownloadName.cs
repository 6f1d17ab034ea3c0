using System.Globalization;

namespace DossierFlow.Web.Api;

/// <summary>
/// The name a download is offered under (Content-Disposition: attachment, with filename* in UTF-8). Uploads are
/// refused with such characters today, but a name stored before that rule could still carry a right-to-left
/// override or a path, so control and format characters and path separators are dropped on the way out too.
/// </summary>
public static class DownloadName
{
    public static string Safe(string fileName)
    {
        var kept = new string(fileName.Where(c => !char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format
            && c is not ('/' or '\\' or ':' or '"')).ToArray()).Trim().TrimStart('.');
        return kept.Length == 0 ? "tai-lieu" : kept;
    }

    /// <summary>Content-Disposition for a file the browser shows itself (a PDF preview), with the safe name for "save as".</summary>
    public static string Inline(string fileName)
    {
        var disposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(Safe(fileName));
        return disposition.ToString();
    }
}
