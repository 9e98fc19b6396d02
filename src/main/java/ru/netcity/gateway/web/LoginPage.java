package ru.netcity.gateway.web;

import org.jsoup.nodes.Entities;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The sign-in form of the pages (Spring Security checks what it posts to {@code /login}); the only
 * mapped page anyone may open. It carries the session's CSRF token and nothing else.
 */
@Controller
class LoginPage {
  @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  @ResponseBody
  String page(
      CsrfToken csrf,
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String logout) {
    String notice =
        error != null
            ? "<p class=\"error\">Неверное имя входа или пароль, либо учётная запись отключена или"
                + " временно заблокирована после неудачных попыток.</p>"
            : logout != null ? "<p>Вы вышли из шлюза.</p>" : "";
    return """
        <!DOCTYPE html>
        <html lang="ru"><head><meta charset="utf-8"><title>Вход — шлюз «Сетевой город»</title>
        <style>body{font:12pt sans-serif;max-width:22em;margin:4em auto}label,input,button{display:block;width:100%%;margin:.3em 0}.error{color:#a00}</style>
        </head><body>
        <h1>Вход в шлюз</h1>
        %s
        <form method="post" action="/login">
        <label for="username">Имя входа</label><input id="username" name="username" autocomplete="username" required autofocus>
        <label for="password">Пароль</label><input id="password" name="password" type="password" autocomplete="current-password" required>
        <input type="hidden" name="%s" value="%s">
        <button type="submit">Войти</button>
        </form>
        </body></html>
        """
        .formatted(
            notice, Entities.escape(csrf.getParameterName()), Entities.escape(csrf.getToken()));
  }
}
