/** The gateway's adapters to Camel: the only package that may use org.apache.camel. */
package ru.netcity.gateway.camel;
