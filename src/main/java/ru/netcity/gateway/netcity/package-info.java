/** The gateway's only door to the AIS: sessions, the diary, and reports over SignalR. */
package ru.netcity.gateway.netcity;
