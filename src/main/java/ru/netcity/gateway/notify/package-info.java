/**
 * Parent notifications (issue 14), first piece: the register of parents, their children and their
 * written consent per channel (regulation 4.4), the class teachers' import and template, the query
 * dispatch will ask ({@link ru.netcity.gateway.notify.Consents}) and the PARENT_CONSENT audit rule.
 * Contacts are personal data: they are stored, shown masked, and never logged.
 */
package ru.netcity.gateway.notify;
