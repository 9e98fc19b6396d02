/** mock-netcity: a faithful mock of the AIS «Сетевой город. Образование» web API on WireMock. */
package ru.netcity.mock;
