package ru.netcity.gateway.archive.sign;

/** An RFC 3161 time-stamping authority: takes a DER TimeStampReq, returns the DER TimeStampResp. */
public interface TimestampAuthority {
  /** Sends the request; throws an unchecked exception when the authority cannot be reached. */
  byte[] exchange(byte[] timeStampRequest);
}
