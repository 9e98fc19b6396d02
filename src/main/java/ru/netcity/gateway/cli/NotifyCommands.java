package ru.netcity.gateway.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import ru.netcity.gateway.notify.DispatchStatus;
import ru.netcity.gateway.notify.Dispatcher;
import ru.netcity.gateway.notify.HeldRuns;
import ru.netcity.gateway.notify.Outbox;
import ru.netcity.gateway.notify.TeacherMessages;

/**
 * {@code notify …}: dispatch what is due once, the counts per channel, resending a dead letter, a
 * class teacher's message to a child's consenting parents, the runs a flood guard held and their
 * release. Progress goes to stderr.
 */
final class NotifyCommands {
  private final PrintStream out;
  private final PrintStream err;

  NotifyCommands(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(NotifyRequest request, ApplicationContext context) {
    switch (request.action()) {
      case "once" -> {
        long start = System.nanoTime();
        Dispatcher.Report r =
            context
                .getBean(Dispatcher.class)
                .dispatch(
                    sent -> {
                      if (sent % 50 == 0) {
                        err.println("notify: " + sent + " sent");
                      }
                    },
                    true);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(
            "notify: %d sent, %d to retry, %d dead letters, %d held for no consent,"
                + " %d on channels that are off, in %.1f s%n",
            r.sent(), r.retrying(), r.dead(), r.heldNoConsent(), r.channelOff(), seconds);
      }
      case "status" -> {
        DispatchStatus status = context.getBean(DispatchStatus.class);
        Map<String, Object> report = new LinkedHashMap<>(status.perChannel());
        if (request.json()) {
          report.put("deadLetterList", status.deadLetters());
          PrettyJson.println(out, report);
        } else {
          status.perChannel().forEach((channel, counts) -> out.println(channel + ": " + counts));
          status
              .deadLetters()
              .forEach(
                  d ->
                      out.printf(
                          "dead letter %d: %s %s, %d attempts, %s (%s)%n",
                          d.id(), d.channel(), d.kind(), d.attempts(), d.error(), d.failedAt()));
        }
      }
      case "resend" -> {
        if (!context
            .getBean(Outbox.class)
            .resend(request.id(), context.getBean(java.time.Clock.class).instant())) {
          err.println(
              "ошибка: нет неотправленного сообщения среди недоставленных с номером "
                  + request.id());
          return CommandLine.ERROR;
        }
        out.println("Сообщение " + request.id() + " поставлено в очередь на повторную отправку.");
      }
      case "message" -> {
        int queued =
            context
                .getBean(TeacherMessages.class)
                .send(
                    request.student(), request.options().get("text"), request.options().get("by"));
        out.println(
            "Сообщений поставлено в очередь: " + queued + " (только родителям с согласием).");
      }
      case "held" -> {
        List<HeldRuns.Held> held = context.getBean(HeldRuns.class).list();
        if (held.isEmpty()) {
          out.println("Задержанных рассылок нет.");
        }
        held.forEach(
            h ->
                out.printf(
                    "Задержана рассылка синхронизации %s (школа %d): изменений %d, сообщений %d."
                        + " Отправить: notify release %s%n",
                    h.runId(), h.schoolId(), h.changes(), h.messages(), h.runId()));
      }
      case "release" -> {
        String run = request.options().get("run");
        int released = context.getBean(HeldRuns.class).release(run);
        if (released == 0) {
          err.println("ошибка: нет задержанной рассылки синхронизации " + run + " (notify held)");
          return CommandLine.ERROR;
        }
        out.println("Рассылка отпущена: сообщений в очереди " + released + ".");
      }
      default -> throw new IllegalStateException(request.action());
    }
    return CommandLine.COMPLETE;
  }
}
