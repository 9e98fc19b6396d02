package ru.netcity.gateway.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import ru.netcity.gateway.audit.AuditRun;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.audit.Finding;
import ru.netcity.gateway.audit.FindingsWriter;
import ru.netcity.gateway.audit.StudentNames;

/** {@code audit} and {@code findings}: run the audit, show the newest audit's findings. */
final class AuditCommands {
  private final PrintStream out;
  private final PrintStream err;

  AuditCommands(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int audit(AuditService audits) {
    print(audits.audit());
    return CommandLine.COMPLETE;
  }

  /** Shows the findings of the newest audit, auditing first when none is current. */
  int findings(FindingsRequest request, AuditService audits, StudentNames names) {
    AuditRun run =
        audits
            .current()
            .orElseGet(
                () -> {
                  err.println("no audit of the newest sync yet: auditing now");
                  AuditRun fresh = audits.audit();
                  print(fresh);
                  return fresh;
                });
    List<Finding> findings = audits.findings(run, request.filter());
    Map<Integer, String> studentNames = names.names(FindingsWriter.students(findings));
    if (request.csv()) {
      FindingsWriter.csv(findings, studentNames, out);
    } else {
      FindingsWriter.json(run, findings, studentNames, out);
    }
    return CommandLine.COMPLETE;
  }

  private void print(AuditRun run) {
    err.printf(
        "audit %s: %d findings, rule sets %s, %d of %d units complete%s%n",
        run.id(),
        run.findings(),
        String.join(", ", run.ruleSetVersions()),
        run.unitsDone(),
        run.unitsTotal(),
        run.incompleteClasses().isEmpty()
            ? ""
            : ", incomplete classes left out: " + String.join(", ", run.incompleteClasses()));
  }
}
