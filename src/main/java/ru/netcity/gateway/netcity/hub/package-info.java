/** A small client of the AIS report hub: ASP.NET Core SignalR, JSON protocol over WebSocket. */
package ru.netcity.gateway.netcity.hub;
