using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace DossierFlow.Web.Setup;

/// <summary>The model binder's messages, in Vietnamese, for values that cannot be read at all.</summary>
internal static class VietnameseBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetValueMustNotBeNullAccessor(field => $"Trường \"{field}\" là bắt buộc.");
        messages.SetMissingBindRequiredValueAccessor(field => $"Thiếu giá trị cho trường \"{field}\".");
        messages.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Thiếu nội dung yêu cầu.");
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"Giá trị \"{value}\" không hợp lệ cho trường \"{field}\".");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Giá trị \"{value}\" không hợp lệ.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"Giá trị của trường \"{field}\" không hợp lệ.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
        messages.SetValueIsInvalidAccessor(value => $"Giá trị \"{value}\" không hợp lệ.");
        messages.SetValueMustBeANumberAccessor(field => $"Trường \"{field}\" phải là một số.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Giá trị phải là một số.");
    }
}
