package ru.netcity.gateway.cli;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import ru.netcity.gateway.sync.SyncMode;

/**
 * A one-shot command from the command line; no command means the service with its schedule.
 *
 * @param name "sync", "status", "audit", "verify", "findings", "corrections", "archive", "users",
 *     "parents" or "notify"
 * @param mode for sync: FULL (default) or NIGHTLY
 * @param json for status: JSON instead of text
 * @param school for verify: the one school to verify (null: every school)
 * @param request what the words after the name asked for, for the commands that take a request
 */
public record Command(String name, SyncMode mode, boolean json, Integer school, Request request) {

  /** The parsed options of a command that has its own: one type per such command. */
  public sealed interface Request
      permits FindingsRequest,
          CorrectionsRequest,
          ArchiveRequest,
          UsersRequest,
          ParentsRequest,
          NotifyRequest {}

  public Command(String name, SyncMode mode, boolean json) {
    this(name, mode, json, null, null);
  }

  private static Command of(String name, Request request) {
    return new Command(name, null, false, null, request);
  }

  /** For findings: format and filter. */
  public FindingsRequest findings() {
    return request instanceof FindingsRequest r ? r : null;
  }

  /** For corrections: the action on the register. */
  public CorrectionsRequest corrections() {
    return request instanceof CorrectionsRequest r ? r : null;
  }

  /** For archive: the action on the term snapshots. */
  public ArchiveRequest archive() {
    return request instanceof ArchiveRequest r ? r : null;
  }

  /** For users: the action on the gateway's accounts. */
  public UsersRequest users() {
    return request instanceof UsersRequest r ? r : null;
  }

  /** For parents: the action on the parents' register. */
  public ParentsRequest parents() {
    return request instanceof ParentsRequest r ? r : null;
  }

  /** For notify: the action on the parents' notifications. */
  public NotifyRequest notifications() {
    return request instanceof NotifyRequest r ? r : null;
  }

  /** Spring's own {@code --key=value} options, which the commands leave alone. */
  private static final Pattern SPRING_OPTION =
      Pattern.compile("--[\\w.\\-\\[\\]]+=.*", Pattern.DOTALL);

  public static final String USAGE =
      """
      usage: java -jar netcity-gateway.jar                      run as a service (schedule, health)
             java -jar netcity-gateway.jar sync --once [--nightly]  one full (or nightly) sync
             java -jar netcity-gateway.jar status [--format json|text]
             java -jar netcity-gateway.jar audit                      audit the ledger now
             java -jar netcity-gateway.jar verify [--school ID]
                 (check the ledger: exit 0 intact, 3 broken)
             java -jar netcity-gateway.jar findings [--format json|csv] [--from YYYY-MM-DD]
                 [--to YYYY-MM-DD] [--rule CODE] [--class NAME] [--teacher NAME]
                 (audits first when stale)
             java -jar netcity-gateway.jar corrections list [--from D] [--to D]
                 [--status pending|approved|rejected] [--format json|text]
             java -jar netcity-gateway.jar corrections file --class 7А --teacher NAME
                 --date LESSON-DATE --subject NAME --changes TEXT --reason TEXT [--basis DOC]
                 (dated the day it is entered)
             java -jar netcity-gateway.jar corrections approve|reject ID --by NAME
                 [--comment TEXT]   (a rejection needs the comment)
             java -jar netcity-gateway.jar corrections print [--from D] [--to D] [--out FILE]
             java -jar netcity-gateway.jar archive create [--term T]   (T: term end date or name)
             java -jar netcity-gateway.jar archive list [--format json|text]
             java -jar netcity-gateway.jar archive verify [--all | --at PATH]
                 (exit 0 intact, 3 damaged and repaired, 4 damaged beyond repair)
             java -jar netcity-gateway.jar archive copy --term T --to PATH
             java -jar netcity-gateway.jar archive restore --term T --to DIR
             java -jar netcity-gateway.jar users add LOGIN --role administrator|deputy_director|
                 class_teacher|teacher --name "FULL NAME" [--classes 5А,5Б] [--email ADDRESS]
                 [--password-file F]
             java -jar netcity-gateway.jar users update LOGIN --email ADDRESS   ("" removes it)
             java -jar netcity-gateway.jar users passwd LOGIN [--password-file F]
             java -jar netcity-gateway.jar users disable LOGIN
             java -jar netcity-gateway.jar users list [--format json|text]
                 (a password is the first line of standard input or of --password-file)
             java -jar netcity-gateway.jar parents template --format csv|xlsx --out FILE
             java -jar netcity-gateway.jar parents import FILE   (CSV or XLSX; all rows or none,
                 exit 1 with the bad rows listed)
             java -jar netcity-gateway.jar parents list [--class 7А] [--format json|text]
             java -jar netcity-gateway.jar parents link --parent ID --student ID
                 --channel telegram|max --by LOGIN   (a one-time messenger start link, for a class
                 of LOGIN)
             java -jar netcity-gateway.jar notify --once      send the due notifications and exit
             java -jar netcity-gateway.jar notify status [--format json|text]
                 (per channel: sent, heldNoConsent, waitingQuietHours, retrying, deadLetters)
             java -jar netcity-gateway.jar notify resend ID   (a dead letter back to the queue)
             java -jar netcity-gateway.jar notify message --student ID --text TEXT --by NAME
                 (to the pupil's parents with written consent)
             java -jar netcity-gateway.jar notify held        (sync runs whose messages a flood
                 guard holds)
             java -jar netcity-gateway.jar notify release RUN (send a held run's messages)\
      """;

  /** Parses the arguments; Spring's own {@code --key=value} options are left alone. */
  public static Optional<Command> parse(String[] args) {
    List<String> words =
        List.of(args).stream().filter(a -> !SPRING_OPTION.matcher(a).matches()).toList();
    if (words.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        switch (words.get(0)) {
          case "sync" -> sync(words.subList(1, words.size()));
          case "status" -> status(words.subList(1, words.size()));
          case "audit" -> audit(words.subList(1, words.size()));
          case "verify" -> verify(words.subList(1, words.size()));
          case "findings" -> of("findings", FindingsRequest.parse(words.subList(1, words.size())));
          case "corrections" ->
              of("corrections", CorrectionsRequest.parse(words.subList(1, words.size())));
          case "archive" -> of("archive", ArchiveRequest.parse(words.subList(1, words.size())));
          case "users" -> of("users", UsersRequest.parse(words.subList(1, words.size()), args));
          case "parents" -> of("parents", ParentsRequest.parse(words.subList(1, words.size())));
          case "notify" -> of("notify", NotifyRequest.parse(words.subList(1, words.size())));
          default -> throw new IllegalArgumentException("unknown command '" + words.get(0) + "'");
        });
  }

  private static Command sync(List<String> options) {
    if (!options.contains("--once")) {
      throw new IllegalArgumentException("sync needs --once (the service runs the schedule)");
    }
    for (String option : options) {
      if (!option.equals("--once") && !option.equals("--nightly")) {
        throw new IllegalArgumentException("unknown option '" + option + "' for sync");
      }
    }
    return new Command(
        "sync", options.contains("--nightly") ? SyncMode.NIGHTLY : SyncMode.FULL, false);
  }

  private static Command audit(List<String> options) {
    if (!options.isEmpty()) {
      throw new IllegalArgumentException("audit takes no options");
    }
    return new Command("audit", null, false);
  }

  private static Command verify(List<String> options) {
    if (options.isEmpty()) {
      return new Command("verify", null, false);
    }
    if (options.size() == 2 && options.get(0).equals("--school")) {
      try {
        return new Command("verify", null, false, Integer.parseInt(options.get(1)), null);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--school takes the school's id, e.g. 1001");
      }
    }
    throw new IllegalArgumentException("verify takes only --school ID");
  }

  private static Command status(List<String> options) {
    if (options.isEmpty()) {
      return new Command("status", null, false);
    }
    if (options.size() == 2 && options.get(0).equals("--format")) {
      return switch (options.get(1)) {
        case "json" -> new Command("status", null, true);
        case "text" -> new Command("status", null, false);
        default -> throw new IllegalArgumentException("--format takes json or text");
      };
    }
    throw new IllegalArgumentException("status takes only --format json|text");
  }
}
