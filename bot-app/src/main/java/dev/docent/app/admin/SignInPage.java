package dev.docent.app.admin;

/** The sign-in form: the admin token and, optionally, a name that cases taken on this page are recorded under. */
final class SignInPage {

    private SignInPage() {
    }

    static String of(AdminSession signIn, String problem) {
        return Layout.head("Sign in")
                + "<main><form class=\"signin\" method=\"post\" action=\"/admin/sign-in\">"
                + "<h1>Docent admin</h1>"
                + (problem == null ? "" : "<p class=\"notice error\" role=\"alert\">" + Html.text(problem) + "</p>")
                + Layout.csrf(signIn)
                + "<label>Admin token<input type=\"password\" name=\"token\" autocomplete=\"current-password\" required autofocus></label>"
                + "<label>Your name <span class=\"muted\">(shown on cases you take or close)</span>"
                + "<input type=\"text\" name=\"name\" maxlength=\"" + AdminRoutes.NAME_LENGTH + "\" autocomplete=\"name\"></label>"
                + "<button type=\"submit\">Sign in</button></form></main></body></html>";
    }
}
