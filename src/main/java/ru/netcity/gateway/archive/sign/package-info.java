/**
 * Detached CAdES signatures of term archives: the school's key, the signer, an optional RFC 3161
 * timestamp and the verifier. Plain BouncyCastle, no Spring and no Camel.
 */
package ru.netcity.gateway.archive.sign;
