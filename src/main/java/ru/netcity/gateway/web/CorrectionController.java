package ru.netcity.gateway.web;

import java.net.URI;
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
import ru.netcity.gateway.corrections.NewCorrection;
import ru.netcity.gateway.corrections.RegisterPrinter;

/**
 * The correction register over HTTP: file a request, decide it, list the register and print it.
 * Errors answer {@code {"errors": [...]}} in Russian (see {@link CorrectionErrors}).
 */
@RestController
@RequestMapping("/api/corrections")
public class CorrectionController {
  private final CorrectionService register;
  private final RegisterPrinter printer;

  public CorrectionController(CorrectionService register, RegisterPrinter printer) {
    this.register = register;
    this.printer = printer;
  }

  /** The administrator's decision: who decides, and why (required for a rejection). */
  public record Decision(String by, String comment) {}

  @PostMapping
  public ResponseEntity<CorrectionRequest> file(@RequestBody NewCorrection request) {
    CorrectionRequest filed = register.file(request);
    return ResponseEntity.created(URI.create("/api/corrections/" + filed.id())).body(filed);
  }

  @GetMapping
  public List<CorrectionRequest> list(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) CorrectionStatus status) {
    return register.list(from, to, status);
  }

  @GetMapping("/{id}")
  public CorrectionRequest get(@PathVariable long id) {
    return register.get(id);
  }

  @PostMapping("/{id}/approve")
  public CorrectionRequest approve(@PathVariable long id, @RequestBody Decision decision) {
    return register.approve(id, decision.by(), decision.comment());
  }

  @PostMapping("/{id}/reject")
  public CorrectionRequest reject(@PathVariable long id, @RequestBody Decision decision) {
    return register.reject(id, decision.by(), decision.comment());
  }

  /** The register as a page to print, for the period of requests given. */
  @GetMapping(value = "/register", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  public String print(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return printer.html(register.list(from, to, null), from, to);
  }
}
