/** The versioned rule sets of config/rules/*.yaml, read into validated records. */
package ru.netcity.gateway.audit.ruleset;
