package ru.netcity.gateway.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal on a report page (and the parents' pages) is a Russian page with its status, not the
 * API's JSON.
 */
@ControllerAdvice(
    assignableTypes = {
      ReportPages.class,
      DocumentPages.class,
      ComplaintPage.class,
      ParentPage.class
    })
class RefusedPage {
  @ExceptionHandler(Refused.class)
  String refused(Refused e, Model model, HttpServletResponse response) {
    response.setStatus(e.status().value());
    model.addAttribute("status", e.status().value());
    model.addAttribute("message", e.getMessage());
    return "reports/refused";
  }
}
