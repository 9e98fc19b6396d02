package ru.netcity.gateway.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ru.netcity.gateway.corrections.CorrectionException;
import ru.netcity.gateway.corrections.CorrectionRequest;
import ru.netcity.gateway.corrections.CorrectionService;
import ru.netcity.gateway.corrections.CorrectionStatus;
import ru.netcity.gateway.corrections.RegisterPrinter;

/** {@code corrections …}: file, decide, list and print the correction register. */
final class CorrectionCommands {
  private final PrintStream out;
  private final PrintStream err;
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  CorrectionCommands(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(CorrectionsRequest request, CorrectionService register, RegisterPrinter printer) {
    try {
      switch (request.action()) {
        case "file" -> show(register.file(request.newCorrection()), "подана");
        case "approve" ->
            show(
                register.approve(
                    request.id(),
                    request.option("by"),
                    request.option("changes-made"),
                    request.option("comment")),
                "одобрена");
        case "reject" ->
            show(
                register.reject(request.id(), request.option("by"), request.option("comment")),
                "отклонена");
        case "list" ->
            list(register.list(request.from(), request.to(), request.status()), request, printer);
        case "print" -> print(request, register, printer);
        default -> throw new IllegalStateException(request.action());
      }
      return CommandLine.COMPLETE;
    } catch (CorrectionException e) {
      e.problems().forEach(p -> err.println("ошибка: " + p));
      return CommandLine.ERROR;
    }
  }

  private void show(CorrectionRequest request, String done) {
    out.printf(
        "Заявка №%d %s: %s, %s, урок %s, статус «%s»%s.%n",
        request.id(),
        done,
        request.className(),
        request.subject(),
        request.targetDate(),
        request.status().label(),
        request.changesMade() == null ? "" : ", произведённые изменения: " + request.changesMade());
  }

  private void list(
      List<CorrectionRequest> requests, CorrectionsRequest request, RegisterPrinter printer) {
    if (request.json()) {
      out.println(write(requests));
      return;
    }
    for (CorrectionRequest r : requests) {
      out.printf(
          "№%d  %s  %s  %s  урок %s  %s  — %s%s%n",
          r.id(),
          r.requestedOn(),
          r.className(),
          r.subject(),
          r.targetDate(),
          r.changes(),
          r.status().label(),
          decision(r, printer));
    }
    out.printf("заявок: %d%n", requests.size());
  }

  /** Who decided and when (school time), and for an approval the changes made (2.3.4.2). */
  private static String decision(CorrectionRequest r, RegisterPrinter printer) {
    if (r.decidedAt() == null) {
      return "";
    }
    String line = " (" + r.decidedBy() + ", " + printer.stamp(r.decidedAt()) + ")";
    if (r.status() == CorrectionStatus.APPROVED) {
      line += "; произведённые изменения: " + RegisterPrinter.changesMade(r);
    }
    return r.decisionComment() == null ? line : line + "; комментарий: " + r.decisionComment();
  }

  private void print(
      CorrectionsRequest request, CorrectionService register, RegisterPrinter printer) {
    String page =
        printer.html(
            register.list(request.from(), request.to(), null), request.from(), request.to());
    String target = request.option("out");
    if (target == null) {
      out.print(page);
      return;
    }
    try {
      Files.writeString(Path.of(target), page, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
    err.println("register written to " + target);
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
