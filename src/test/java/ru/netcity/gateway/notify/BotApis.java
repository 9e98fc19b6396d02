package ru.netcity.gateway.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * One WireMock server standing in for the Telegram Bot API (token {@code TESTTOKEN}) and the MAX
 * Bot API: by default no updates and every message accepted, at a low priority so that a test's own
 * stubs win.
 */
final class BotApis {
  private BotApis() {}

  /** A started server with the quiet defaults. */
  static WireMockServer started() {
    WireMockServer api = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    api.start();
    api.stubFor(
        get(urlPathEqualTo("/botTESTTOKEN/getUpdates"))
            .willReturn(okJson("{\"ok\":true,\"result\":[]}"))
            .atPriority(9));
    api.stubFor(
        get(urlPathEqualTo("/updates"))
            .willReturn(okJson("{\"updates\":[],\"marker\":1}"))
            .atPriority(9));
    api.stubFor(
        post(urlPathEqualTo("/botTESTTOKEN/sendMessage"))
            .willReturn(okJson("{\"ok\":true}"))
            .atPriority(9));
    api.stubFor(
        post(urlPathEqualTo("/messages")).willReturn(okJson("{\"ok\":true}")).atPriority(9));
    return api;
  }
}
