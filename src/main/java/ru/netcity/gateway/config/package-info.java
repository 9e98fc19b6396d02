/** Validated configuration records and the wiring of the embedded defaults. */
package ru.netcity.gateway.config;
