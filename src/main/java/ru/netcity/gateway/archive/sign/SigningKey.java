package ru.netcity.gateway.archive.sign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * The school's signing key and certificate chain from a PKCS#12 keystore. Errors while loading or
 * creating one are {@link IllegalArgumentException}s whose message says what to fix.
 */
public final class SigningKey {
  private final PrivateKey privateKey;
  private final List<X509Certificate> chain;
  private final KeyAlgorithm algorithm;

  SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("a signing key needs its certificate");
    }
    this.privateKey = privateKey;
    this.chain = List.copyOf(chain);
    this.algorithm = KeyAlgorithm.of(chain.get(0));
  }

  /**
   * Loads the key entry {@code alias} (null = the keystore's only key entry) from a PKCS#12 file.
   * Uses BouncyCastle's PKCS12 keystore: the JDK's cannot read GOST R 34.10-2012 keys.
   */
  public static SigningKey load(Path keystore, char[] password, String alias) {
    KeyStore store = read(keystore, password);
    try {
      String name = alias != null ? alias : onlyKeyEntry(store, keystore);
      if (!store.isKeyEntry(name)) {
        throw new IllegalArgumentException(
            "keystore "
                + keystore
                + " has no key entry '"
                + name
                + "'; key entries: "
                + keys(store));
      }
      Key key = store.getKey(name, password);
      if (!(key instanceof PrivateKey privateKey)) {
        throw new IllegalArgumentException(
            "entry '" + name + "' of " + keystore + " is no private key");
      }
      Certificate[] certificates = store.getCertificateChain(name);
      if (certificates == null || certificates.length == 0) {
        throw new IllegalArgumentException(
            "key entry '" + name + "' of " + keystore + " has no certificate");
      }
      List<X509Certificate> chain = new ArrayList<>();
      for (Certificate certificate : certificates) {
        chain.add((X509Certificate) certificate);
      }
      return new SigningKey(privateKey, chain);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "cannot read the key in " + keystore + " (wrong password?): " + e.getMessage(), e);
    }
  }

  /**
   * Creates a new self-signed RSA-3072 key and certificate (CN = subjectCn, valid 30 years) and
   * writes it as a PKCS#12 file readable by its owner only. Refuses to replace an existing file: it
   * may hold the key earlier archives were signed with.
   */
  public static SigningKey createSelfSigned(Path keystore, char[] password, String subjectCn) {
    return SelfSigned.create(keystore, password, subjectCn);
  }

  public X509Certificate certificate() {
    return chain.get(0);
  }

  public List<X509Certificate> chain() {
    return chain;
  }

  /** "RSA", "ECDSA", "GOST R 34.10-2012 256" or "GOST R 34.10-2012 512". */
  public String algorithm() {
    return algorithm.displayName;
  }

  /** SHA-256 fingerprint of the certificate, lowercase hex without separators. */
  public String fingerprint() {
    return fingerprint(certificate());
  }

  /** SHA-256 fingerprint of a certificate, lowercase hex without separators. */
  public static String fingerprint(X509Certificate certificate) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot hash the certificate", e);
    }
  }

  PrivateKey privateKey() {
    return privateKey;
  }

  String signatureAlgorithm() {
    return algorithm.signatureAlgorithm;
  }

  @Override
  public String toString() {
    return "SigningKey[" + algorithm() + ", " + certificate().getSubjectX500Principal() + "]";
  }

  private static KeyStore read(Path keystore, char[] password) {
    try (InputStream in = Files.newInputStream(keystore)) {
      KeyStore store = KeyStore.getInstance("PKCS12", BouncyCastle.PROVIDER);
      store.load(in, password);
      return store;
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("keystore " + keystore + " does not exist", e);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "cannot open keystore "
              + keystore
              + ": wrong password or not a PKCS#12 file ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  private static String onlyKeyEntry(KeyStore store, Path keystore)
      throws GeneralSecurityException {
    List<String> keys = keys(store);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("keystore " + keystore + " holds no private key entry");
    }
    if (keys.size() > 1) {
      throw new IllegalArgumentException(
          "keystore " + keystore + " holds several key entries " + keys + "; name one as alias");
    }
    return keys.get(0);
  }

  private static List<String> keys(KeyStore store) throws GeneralSecurityException {
    List<String> keys = new ArrayList<>();
    for (String alias : Collections.list(store.aliases())) {
      if (store.isKeyEntry(alias)) {
        keys.add(alias);
      }
    }
    return keys;
  }
}
