/** The NetCity gateway: pulls the AIS journal, keeps a ledger, audits it and reports. */
package ru.netcity.gateway;
