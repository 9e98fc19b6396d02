/**
 * Who may do what on the HTTP side: the gateway's own accounts (table {@code gateway_user}), their
 * roles, password hashes, the lock-out after repeated failed sign-ins, and the filter chains of
 * Spring Security. README "Security" describes it for the administrator.
 */
package ru.netcity.gateway.security;
