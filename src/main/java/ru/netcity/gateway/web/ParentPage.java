package ru.netcity.gateway.web;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.netcity.gateway.notify.ParentService;
import ru.netcity.gateway.notify.StartLinks;
import ru.netcity.gateway.security.Account;
import ru.netcity.gateway.security.Accounts;

/**
 * The parents' register of the classes the signed-in person sees (contacts masked), with a form per
 * parent × child that issues a messenger start link ({@link StartLinkController}); the link is
 * shown once, after the redirect.
 */
@Controller
class ParentPage {
  private final StartLinkController api;
  private final ParentService parents;
  private final StartLinks links;
  private final Accounts accounts;

  ParentPage(StartLinkController api, ParentService parents, StartLinks links, Accounts accounts) {
    this.api = api;
    this.parents = parents;
    this.links = links;
    this.accounts = accounts;
  }

  @GetMapping("/parents")
  String page(Model model, Principal principal) {
    Account account = accounts.signedIn(principal);
    model.addAttribute("account", account);
    model.addAttribute(
        "parents",
        parents.list(null).stream().filter(p -> account.mayRead(p.className())).toList());
    model.addAttribute("today", parents.today());
    model.addAttribute("channels", links.channels());
    return "parents/list";
  }

  @PostMapping("/parents/link")
  String link(
      @RequestParam(required = false) Long parentId,
      @RequestParam(required = false) Integer studentId,
      @RequestParam(required = false) String channel,
      Principal principal,
      RedirectAttributes redirect) {
    try {
      StartLinks.Issued issued =
          api.issue(new StartLinkController.LinkForm(parentId, studentId, channel), principal);
      redirect.addFlashAttribute("link", issued.link());
      redirect.addFlashAttribute(
          "notice",
          "Ссылка для родителя № "
              + parentId
              + " (ученик "
              + studentId
              + ") действует один раз до "
              + links.until(issued)
              + ". Передайте её родителю; на странице она больше не появится.");
    } catch (Refused e) {
      if (e.status() != HttpStatus.BAD_REQUEST) {
        throw e;
      }
      redirect.addFlashAttribute("problems", java.util.List.of(e.getMessage()));
    }
    return "redirect:/parents";
  }
}
