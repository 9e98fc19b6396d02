package ru.netcity.gateway.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.netcity.gateway.notify.ComplaintDesk;
import ru.netcity.gateway.notify.ParentMessage;
import ru.netcity.gateway.notify.TeacherMessages;
import ru.netcity.gateway.security.Account;
import ru.netcity.gateway.security.Accounts;

/**
 * The parents' complaints and answers over HTTP, each person seeing the classes they may read: the
 * list, one message, the answer (sent back to the parent), and a class teacher's message to a
 * child's consenting parents. Errors answer {@code {"errors": [...]}} in Russian.
 */
@RestController
@RequestMapping("/api")
public class ComplaintController {
  private final ComplaintDesk desk;
  private final TeacherMessages messages;
  private final Accounts accounts;

  public ComplaintController(ComplaintDesk desk, TeacherMessages messages, Accounts accounts) {
    this.desk = desk;
    this.messages = messages;
    this.accounts = accounts;
  }

  /** An answer to a parent's message. */
  public record AnswerForm(String text) {}

  /** A class teacher's message about a pupil's conduct or progress. */
  public record MessageForm(Integer studentId, String text) {}

  @GetMapping("/complaints")
  public List<ParentMessage> list(Principal principal) {
    return visible(accounts.signedIn(principal));
  }

  /** A message of another class is refused (403): its number is no secret, its text is. */
  @GetMapping("/complaints/{id}")
  public ParentMessage one(@PathVariable long id, Principal principal) {
    ParentMessage message =
        desk.find(id).orElseThrow(() -> Refused.notFound("Обращение № " + id + " не найдено."));
    if (!accounts.signedIn(principal).mayRead(message.className())) {
      throw Refused.forbidden("Обращения родителей учеников других классов вам недоступны.");
    }
    return message;
  }

  @PostMapping("/complaints/{id}/answer")
  public ParentMessage answer(
      @PathVariable long id, @RequestBody AnswerForm form, Principal principal) {
    Account who = accounts.signedIn(principal);
    ParentMessage message = one(id, principal);
    if (form == null || form.text() == null || form.text().isBlank()) {
      throw Refused.badRequest("Текст ответа пуст.");
    }
    if (!desk.answer(message.id(), form.text().strip(), who.displayName())) {
      throw Refused.badRequest("На обращение № " + id + " уже ответили.");
    }
    return desk.find(id).orElseThrow();
  }

  @PostMapping("/notify/messages")
  public Map<String, Integer> message(@RequestBody MessageForm form, Principal principal) {
    Account teacher = accounts.signedIn(principal);
    if (form.studentId() == null || form.text() == null || form.text().isBlank()) {
      throw Refused.badRequest("Укажите ученика (studentId) и текст сообщения (text).");
    }
    String className =
        messages
            .classOf(form.studentId())
            .orElseThrow(() -> Refused.notFound("У ученика нет родителей в реестре."));
    if (!teacher.mayRead(className)) {
      throw Refused.forbidden("Писать можно только родителям учеников своих классов.");
    }
    return Map.of("queued", messages.send(form.studentId(), form.text(), teacher.displayName()));
  }

  List<ParentMessage> visible(Account who) {
    return desk.list(who.role().seesAllClasses() ? null : who.classes());
  }
}
