package ru.netcity.gateway.web;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.netcity.gateway.corrections.CorrectionRequest;
import ru.netcity.gateway.corrections.CorrectionService;
import ru.netcity.gateway.corrections.CorrectionStatus;
import ru.netcity.gateway.corrections.RegisterPrinter;
import ru.netcity.gateway.security.Account;
import ru.netcity.gateway.security.Accounts;

/**
 * The correction register over HTTP: a teacher files a request as themself, the administrator
 * decides it as themself (who may call what is in the security configuration), everyone lists and
 * prints the register of the classes they see. Errors answer {@code {"errors": [...]}} in Russian
 * (see {@link ApiErrors}).
 */
@RestController
@RequestMapping("/api/corrections")
public class CorrectionController {
  private final CorrectionService register;
  private final RegisterPrinter printer;
  private final Accounts accounts;

  public CorrectionController(
      CorrectionService register, RegisterPrinter printer, Accounts accounts) {
    this.register = register;
    this.printer = printer;
    this.accounts = accounts;
  }

  @PostMapping
  public ResponseEntity<CorrectionRequest> file(
      @RequestBody CorrectionForm form, Principal principal) {
    Account teacher = accounts.signedIn(principal);
    if (form.className() != null && !teacher.mayRead(form.className())) {
      throw Refused.forbidden(
          "Заявку можно подать только по своим классам: " + String.join(", ", teacher.classes()));
    }
    CorrectionRequest filed = register.file(form.filedBy(teacher.displayName()));
    return ResponseEntity.created(URI.create("/api/corrections/" + filed.id())).body(filed);
  }

  @GetMapping
  public List<CorrectionRequest> list(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) CorrectionStatus status,
      Principal principal) {
    return visible(register.list(from, to, status), principal);
  }

  @GetMapping("/{id}")
  public CorrectionRequest get(@PathVariable long id, Principal principal) {
    CorrectionRequest request = register.get(id);
    if (!accounts.signedIn(principal).mayRead(request.className())) {
      throw Refused.forbidden("Заявка №" + id + " относится к чужому классу.");
    }
    return request;
  }

  @PostMapping("/{id}/approve")
  public CorrectionRequest approve(
      @PathVariable long id,
      @RequestBody(required = false) DecisionForm decision,
      Principal principal) {
    DecisionForm form = (decision == null ? DecisionForm.NONE : decision).approval();
    return register.approve(
        id, accounts.signedIn(principal).displayName(), form.changesMade(), form.comment());
  }

  @PostMapping("/{id}/reject")
  public CorrectionRequest reject(
      @PathVariable long id,
      @RequestBody(required = false) DecisionForm decision,
      Principal principal) {
    DecisionForm form = (decision == null ? DecisionForm.NONE : decision).rejection();
    return register.reject(id, accounts.signedIn(principal).displayName(), form.comment());
  }

  /** The register as a page to print, for the period of requests given. */
  @GetMapping(value = "/register", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  public String print(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      Principal principal) {
    return printer.html(visible(register.list(from, to, null), principal), from, to);
  }

  private List<CorrectionRequest> visible(List<CorrectionRequest> requests, Principal principal) {
    Account account = accounts.signedIn(principal);
    return requests.stream().filter(r -> account.mayRead(r.className())).toList();
  }
}
