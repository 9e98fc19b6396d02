/** The command line: {@code sync --once} and {@code status}, beside the service mode. */
package ru.netcity.gateway.cli;
