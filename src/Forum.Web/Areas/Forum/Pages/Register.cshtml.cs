using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Sermo.Forum.Members;
using Sermo.Forum.Web.Auth;
using Sermo.Forum.Web.Hosting;

namespace Sermo.Forum.Web.Areas.Forum.Pages;

[AllowAnonymous]
[EnableRateLimiting(ForumRateLimits.SignIn)]
public sealed class RegisterModel(MemberRegistration registration, MemberSignIn signIn) : ForumPageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var form = new RegistrationForm((Input.Npi ?? "").Trim(), Input.Specialty ?? "", Input.State ?? "", (Input.Email ?? "").Trim(), Input.Password ?? "", (Input.Pseudonym ?? "").Trim());
        var result = await registration.RegisterAsync(form, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var (field, message) in result.Errors)
            {
                ModelState.AddModelError("Input." + field, message);
            }

            Input.Password = "";
            return Page();
        }

        var signedIn = await signIn.SignInAsync(form.Email, form.Password, cancellationToken);
        await HttpContext.SignInAsync(ForumAuth.Scheme, ForumAuth.Principal(signedIn.MemberId!, signedIn.SecurityStamp!));
        return Redirect(ForumPaths.Access);
    }

    /// <summary>The form's fields; a field sent empty binds as null (MVC's empty-string rule), so each may be null.</summary>
    public sealed class RegisterInput
    {
        public string? Npi { get; set; } = "";

        public string? Specialty { get; set; } = "";

        public string? State { get; set; } = "";

        public string? Email { get; set; } = "";

        public string? Password { get; set; } = "";

        public string? Pseudonym { get; set; } = "";
    }
}
