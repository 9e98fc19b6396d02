package ru.netcity.gateway.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.netcity.gateway.notify.Channel;
import ru.netcity.gateway.notify.Masks;
import ru.netcity.gateway.notify.ParentImportException;
import ru.netcity.gateway.notify.ParentLink;
import ru.netcity.gateway.notify.ParentService;
import ru.netcity.gateway.notify.StartLinks;
import ru.netcity.gateway.security.Account;

/**
 * {@code parents …}: the template, the import and the list of the parents' register, and a
 * messenger start link.
 */
final class ParentCommands {
  private final PrintStream out;
  private final PrintStream err;

  ParentCommands(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(ParentsRequest request, ParentService parents) {
    switch (request.action()) {
      case "template" -> {
        parents.template(request.templateFormat(), request.out());
        err.println("template written to " + request.out());
      }
      case "import" -> {
        try {
          ParentService.ImportReport report = parents.importFile(request.file());
          out.printf(
              "Импортировано строк: %d, родителей: %d; новых или изменённых записей: %d.%n",
              report.rows(), report.parents(), report.changed());
        } catch (ParentImportException e) {
          e.problems().forEach(p -> err.println("ошибка: " + p));
          err.println("Файл не импортирован: реестр родителей не изменён.");
          return CommandLine.ERROR;
        }
      }
      case "list" -> list(parents.list(request.className()), parents.today(), request.json());
      default -> throw new IllegalStateException(request.action());
    }
    return CommandLine.COMPLETE;
  }

  /**
   * {@code parents link}: a start link issued in the name of {@code --by}, who must be an enabled
   * account that may read the child's class, as on the page.
   */
  int link(ParentsRequest request, StartLinks links, List<Account> accounts) {
    Account teacher =
        accounts.stream()
            .filter(a -> a.login().equals(request.by()) && a.enabled())
            .findFirst()
            .orElse(null);
    if (teacher == null) {
      err.println("ошибка: учётной записи «" + request.by() + "» нет или она отключена");
      return CommandLine.ERROR;
    }
    Optional<String> className = links.classOf(request.parentId(), request.studentId());
    if (className.isEmpty() || !teacher.mayRead(className.get())) {
      err.println(
          className.isEmpty()
              ? "ошибка: родитель № "
                  + request.parentId()
                  + " ученика "
                  + request.studentId()
                  + " не найден в реестре"
              : "ошибка: "
                  + teacher.login()
                  + " не может выдавать ссылки родителям класса "
                  + className.get());
      return CommandLine.ERROR;
    }
    try {
      StartLinks.Issued issued =
          links.issue(
              request.parentId(),
              request.studentId(),
              StartLinks.channel(request.channel()),
              teacher.login());
      out.printf(
          "Ссылка для родителя № %d (ученик %d, класс %s), %s, действует один раз до %s:%n%s%n",
          request.parentId(),
          request.studentId(),
          className.get(),
          issued.channel().column(),
          links.until(issued),
          issued.link());
      return CommandLine.COMPLETE;
    } catch (IllegalArgumentException e) {
      err.println("ошибка: " + e.getMessage());
      return CommandLine.ERROR;
    }
  }

  /** Contacts are masked in both formats: the list answers who may be messaged, not how. */
  private void list(List<ParentLink> links, LocalDate today, boolean json) {
    if (json) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (ParentLink link : links) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("parentId", link.parentId());
        row.put("parent", link.parentName());
        row.put("className", link.className());
        row.put("studentId", link.studentId());
        row.put("diaryAccess", link.diaryAccess());
        Map<String, Object> channels = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
          if (link.contacts().containsKey(channel)) {
            ParentLink.Consent consent = link.consents().get(channel);
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("contact", Masks.mask(channel, link.contacts().get(channel)));
            c.put("mayMessage", consent != null && consent.inForce(today));
            c.put("consentDate", consent == null ? null : consent.date().toString());
            c.put("document", consent == null ? null : consent.document());
            c.put(
                "revokedOn",
                consent == null || consent.revokedOn() == null
                    ? null
                    : consent.revokedOn().toString());
            channels.put(channel.name(), c);
          }
        }
        row.put("channels", channels);
        rows.add(row);
      }
      PrettyJson.println(out, rows);
      return;
    }
    for (ParentLink link : links) {
      List<String> channels = new ArrayList<>();
      for (Channel channel : Channel.values()) {
        if (link.contacts().containsKey(channel)) {
          channels.add(link.describe(channel, today));
        }
      }
      out.printf(
          "%s  ученик %d  родитель №%d %s  дневник: %s  %s%n",
          link.className(),
          link.studentId(),
          link.parentId(),
          link.parentName(),
          link.diaryAccess() ? "да" : "нет",
          channels.isEmpty() ? "контактов нет" : String.join("; ", channels));
    }
    out.printf("записей: %d%n", links.size());
  }
}
