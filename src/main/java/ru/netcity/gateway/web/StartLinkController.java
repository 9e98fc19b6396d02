package ru.netcity.gateway.web;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.netcity.gateway.notify.Channel;
import ru.netcity.gateway.notify.StartLinks;
import ru.netcity.gateway.security.Account;
import ru.netcity.gateway.security.Accounts;

/**
 * A messenger start link for one parent × child of the register, asked for by a class teacher of
 * the child's class (or a role that sees all classes). The answer carries the link once: only the
 * hash of its code is stored. Errors answer {@code {"errors": [...]}} in Russian.
 */
@RestController
@RequestMapping("/api")
public class StartLinkController {
  private final StartLinks links;
  private final Accounts accounts;

  public StartLinkController(StartLinks links, Accounts accounts) {
    this.links = links;
    this.accounts = accounts;
  }

  /** Which parent × child, and telegram or max. */
  public record LinkForm(Long parentId, Integer studentId, String channel) {}

  @PostMapping("/parents/links")
  @ResponseStatus(HttpStatus.CREATED)
  public StartLinks.Issued issue(@RequestBody LinkForm form, Principal principal) {
    Account teacher = accounts.signedIn(principal);
    if (form.parentId() == null || form.studentId() == null) {
      throw Refused.badRequest("Укажите родителя (parentId) и ученика (studentId).");
    }
    String className =
        links
            .classOf(form.parentId(), form.studentId())
            .orElseThrow(
                () ->
                    Refused.notFound(
                        "Родитель № "
                            + form.parentId()
                            + " ученика "
                            + form.studentId()
                            + " не найден в реестре."));
    if (!teacher.mayRead(className)) {
      throw Refused.forbidden("Выдавать ссылки можно только родителям учеников своих классов.");
    }
    try {
      Channel channel = StartLinks.channel(form.channel());
      return links.issue(form.parentId(), form.studentId(), channel, teacher.login());
    } catch (IllegalArgumentException e) {
      throw Refused.badRequest(e.getMessage());
    }
  }
}
