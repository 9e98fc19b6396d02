package ru.netcity.gateway.web;

import java.security.Principal;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.netcity.gateway.corrections.CorrectionException;
import ru.netcity.gateway.corrections.CorrectionService;
import ru.netcity.gateway.report.ComplianceReport;
import ru.netcity.gateway.security.Account;
import ru.netcity.gateway.security.Accounts;
import ru.netcity.gateway.security.Role;

/**
 * The Russian report pages (Thymeleaf, templates/reports): the dashboard, the drill-down to the
 * findings, one view as a table, and the correction register with the administrator's decisions.
 * Each page downloads as {@code ?format=csv|xlsx|pdf}; links keep the filters.
 */
@Controller
class ReportPages {
  private final ReportModels models;
  private final ReportExports exports;
  private final CorrectionService corrections;
  private final Accounts accounts;

  ReportPages(
      ReportModels models,
      ReportExports exports,
      CorrectionService corrections,
      Accounts accounts) {
    this.models = models;
    this.exports = exports;
    this.corrections = corrections;
    this.accounts = accounts;
  }

  @GetMapping("/")
  String home() {
    return "redirect:/reports";
  }

  @GetMapping("/reports")
  String dashboard(@RequestParam Map<String, String> parameters, Principal principal, Model model) {
    ReportModels.Request request = models.request(parameters, principal);
    model.addAllAttributes(models.dashboard(request, models.report(request)));
    return "reports/dashboard";
  }

  @GetMapping(value = "/reports", params = "format")
  ResponseEntity<byte[]> dashboardFile(
      @RequestParam Map<String, String> parameters,
      @RequestParam String format,
      Principal principal) {
    ReportModels.Request request = models.request(parameters, principal);
    ComplianceReport report = models.report(request);
    return exports.dashboard(format, models.tables(report), models.dashboard(request, report));
  }

  @GetMapping("/reports/findings")
  String findings(@RequestParam Map<String, String> parameters, Principal principal, Model model) {
    ReportModels.Request request = models.request(parameters, principal);
    model.addAllAttributes(models.base(request));
    model.addAttribute("findings", models.findings(request));
    return "reports/findings";
  }

  @GetMapping(value = "/reports/findings", params = "format")
  ResponseEntity<byte[]> findingsFile(
      @RequestParam Map<String, String> parameters,
      @RequestParam String format,
      Principal principal) {
    ReportModels.Request request = models.request(parameters, principal);
    return exports.findings(
        format, models.base(request), models.findings(request), request.filter());
  }

  @GetMapping("/reports/view/{view}")
  String view(
      @PathVariable String view,
      @RequestParam Map<String, String> parameters,
      Principal principal,
      Model model) {
    ReportModels.Request request = models.request(parameters, principal);
    model.addAllAttributes(models.base(request));
    model.addAttribute("table", models.table(view, request));
    model.addAttribute("view", view);
    return "reports/table";
  }

  @GetMapping(value = "/reports/view/{view}", params = "format")
  ResponseEntity<byte[]> viewFile(
      @PathVariable String view,
      @RequestParam Map<String, String> parameters,
      @RequestParam String format,
      Principal principal) {
    ReportModels.Request request = models.request(parameters, principal);
    return exports.view(format, view, models.table(view, request), models.base(request));
  }

  @GetMapping("/reports/corrections")
  String corrections(Principal principal, Model model) {
    Account account = accounts.signedIn(principal);
    model.addAttribute("account", account);
    model.addAttribute("admin", account.role() == Role.ADMINISTRATOR);
    model.addAttribute(
        "requests",
        corrections.list(null, null, null).stream()
            .filter(r -> account.mayRead(r.className()))
            .toList());
    model.addAttribute("pdf", false);
    return "reports/corrections";
  }

  @PostMapping("/reports/corrections/{id}/approve")
  String approve(
      @PathVariable long id,
      @RequestParam(required = false) String changesMade,
      @RequestParam(required = false) String comment,
      Principal principal,
      RedirectAttributes redirect) {
    String admin = accounts.signedIn(principal).displayName();
    decide(redirect, id, () -> corrections.approve(id, admin, blank(changesMade), blank(comment)));
    return "redirect:/reports/corrections";
  }

  @PostMapping("/reports/corrections/{id}/reject")
  String reject(
      @PathVariable long id,
      @RequestParam(required = false) String comment,
      Principal principal,
      RedirectAttributes redirect) {
    String admin = accounts.signedIn(principal).displayName();
    decide(redirect, id, () -> corrections.reject(id, admin, blank(comment)));
    return "redirect:/reports/corrections";
  }

  private static void decide(RedirectAttributes redirect, long id, Runnable decision) {
    try {
      decision.run();
      redirect.addFlashAttribute("notice", "Решение по заявке №" + id + " записано.");
    } catch (CorrectionException e) {
      redirect.addFlashAttribute("problems", e.problems());
    }
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
