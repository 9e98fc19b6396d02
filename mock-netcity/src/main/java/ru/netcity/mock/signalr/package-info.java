/** The mock's ASP.NET Core SignalR report hub, on the same Jetty port as WireMock's stubs. */
package ru.netcity.mock.signalr;
