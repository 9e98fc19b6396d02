package ru.netcity.gateway.web;

import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.netcity.gateway.security.Accounts;

/**
 * The page of the parents' complaints and answers of the classes the signed-in person sees, with an
 * answer form per open message: the answer goes through {@link ComplaintController}, back to the
 * parent on the channel the message came by.
 */
@Controller
class ComplaintPage {
  private final ComplaintController api;
  private final Accounts accounts;

  ComplaintPage(ComplaintController api, Accounts accounts) {
    this.api = api;
    this.accounts = accounts;
  }

  @GetMapping("/complaints")
  String page(Model model, Principal principal) {
    model.addAttribute("messages", api.visible(accounts.signedIn(principal)));
    return "complaints/list";
  }

  /** Empty text and a message answered already come back as errors on the page. */
  @PostMapping("/complaints/{id}/answer")
  String answer(
      @PathVariable long id,
      @RequestParam(required = false) String text,
      Principal principal,
      RedirectAttributes redirect) {
    try {
      api.answer(id, new ComplaintController.AnswerForm(text), principal);
      redirect.addFlashAttribute(
          "notice",
          "Ответ на обращение № "
              + id
              + " записан; он уйдёт родителю тем же каналом, которым пришло обращение.");
    } catch (Refused e) {
      if (e.status() != HttpStatus.BAD_REQUEST) {
        throw e;
      }
      redirect.addFlashAttribute("problems", List.of(e.getMessage()));
    }
    return "redirect:/complaints";
  }
}
