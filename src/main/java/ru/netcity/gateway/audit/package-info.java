/** The audits: the regulation's rules run over the complete part of the ledger into findings. */
package ru.netcity.gateway.audit;
