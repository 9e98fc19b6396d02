package ru.netcity.gateway.archive.sign;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A new self-signed RSA key for a school that configured none, written as a PKCS#12 file. */
final class SelfSigned {
  static final String ALIAS = "archive-signing";
  private static final int RSA_BITS = 3072;
  private static final int VALID_YEARS = 30;
  private static final SecureRandom RANDOM = new SecureRandom();

  private SelfSigned() {}

  static SigningKey create(Path keystore, char[] password, String subjectCn) {
    Path target = keystore.toAbsolutePath();
    if (Files.exists(target)) {
      throw new IllegalArgumentException(
          "keystore " + keystore + " already exists; not replacing a signing key");
    }
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(RSA_BITS, RANDOM);
      KeyPair pair = generator.generateKeyPair();
      X509Certificate certificate = certificate(pair, subjectCn);
      KeyStore store = KeyStore.getInstance("PKCS12", BouncyCastle.PROVIDER);
      store.load(null, null);
      store.setKeyEntry(ALIAS, pair.getPrivate(), password, new Certificate[] {certificate});
      write(store, password, target);
      return new SigningKey(pair.getPrivate(), List.of(certificate));
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalArgumentException(
          "cannot create keystore " + keystore + ": " + e.getMessage(), e);
    }
  }

  private static X509Certificate certificate(KeyPair pair, String subjectCn)
      throws GeneralSecurityException, OperatorCreationException, IOException {
    X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, subjectCn).build();
    // An hour back, so a verifier whose clock is a little behind still accepts it.
    Instant from = Instant.now().minus(1, ChronoUnit.HOURS);
    Instant to = from.atOffset(ZoneOffset.UTC).plusYears(VALID_YEARS).toInstant();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            subject,
            new BigInteger(127, RANDOM).add(BigInteger.ONE),
            Date.from(from),
            Date.from(to),
            subject,
            pair.getPublic());
    builder
        .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
        .addExtension(
            Extension.keyUsage,
            true,
            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
        .addExtension(
            Extension.subjectKeyIdentifier,
            false,
            new JcaX509ExtensionUtils().createSubjectKeyIdentifier(pair.getPublic()));
    return new JcaX509CertificateConverter()
        .setProvider(BouncyCastle.PROVIDER)
        .getCertificate(
            builder.build(
                new JcaContentSignerBuilder("SHA256withRSA")
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(pair.getPrivate())));
  }

  /**
   * Writes into a temporary file beside the target and renames it, so a crash never leaves half a
   * keystore; the file is owner-only from its creation on, not chmod-ed afterwards.
   */
  private static void write(KeyStore store, char[] password, Path target)
      throws IOException, GeneralSecurityException {
    Path dir = target.getParent();
    Files.createDirectories(dir);
    boolean posix = Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
    FileAttribute<?>[] ownerOnly =
        posix
            ? new FileAttribute<?>[] {
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
            }
            : new FileAttribute<?>[0];
    Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp", ownerOnly);
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        store.store(out, password);
        channel.force(true);
      }
      if (Files.exists(target)) {
        throw new FileAlreadyExistsException(target.toString());
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
