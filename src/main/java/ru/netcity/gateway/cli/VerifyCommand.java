package ru.netcity.gateway.cli;

import java.io.PrintStream;
import java.util.List;
import ru.netcity.gateway.ledger.LedgerVerifier;
import ru.netcity.gateway.ledger.Verification;

/** {@code verify [--school S]}: checks the ledger of one school or of every school. */
final class VerifyCommand {
  private final PrintStream out;

  VerifyCommand(PrintStream out) {
    this.out = out;
  }

  int run(Integer school, LedgerVerifier verifier) {
    List<Integer> schools = school == null ? verifier.schools() : List.of(school);
    if (schools.isEmpty()) {
      out.println("Журнал пуст: ни одна синхронизация ещё не записала событий.");
      return CommandLine.COMPLETE;
    }
    boolean intact = true;
    for (int id : schools) {
      Verification v = verifier.check(id);
      out.println(v.message());
      intact &= v.intact();
    }
    return intact ? CommandLine.COMPLETE : CommandLine.BROKEN;
  }
}
