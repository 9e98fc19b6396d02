/** The journal as the gateway understands it, independent of the AIS wire format. */
package ru.netcity.gateway.domain;
