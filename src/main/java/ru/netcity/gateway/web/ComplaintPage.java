package ru.netcity.gateway.web;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.netcity.gateway.security.Accounts;

/** The page of the parents' complaints and answers of the classes the signed-in person sees. */
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
}
