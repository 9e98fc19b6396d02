package ru.netcity.gateway.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import ru.netcity.gateway.archive.sign.SignatureVerifier;
import ru.netcity.gateway.archive.sign.SigningKey;

/**
 * Checks one stored snapshot from its files alone: the signature over the tag manifest by a trusted
 * certificate, the fixity of every tag and payload file, no file missing or added, the
 * Payload-Oxum, and the archived ledger chain up to the head named in bag-info.txt.
 */
final class BagVerifier {
  private final Collection<X509Certificate> trusted;

  /** {@code trusted}: the certificates a snapshot's signer must be one of. */
  BagVerifier(Collection<X509Certificate> trusted) {
    this.trusted = List.copyOf(trusted);
  }

  /** The problems found (fixity and signature), in English for the log; empty when intact. */
  List<String> check(Path bag) {
    return check(bag, false);
  }

  /**
   * The problems found; {@code deep} also re-verifies the archived ledger chain. A new snapshot is
   * checked deep once: the chain is part of the signed content, so later checks of the same bytes
   * (fixity and signature) cannot find it changed without finding the bytes changed.
   */
  List<String> check(Path bag, boolean deep) {
    List<String> problems = new ArrayList<>();
    if (!Files.isDirectory(bag)) {
      return List.of("missing");
    }
    try {
      checkTags(bag, problems);
      if (problems.isEmpty()) {
        checkPayload(bag, problems);
      }
      if (problems.isEmpty() && deep) {
        ArchivedChain.check(bag, Bags.readInfo(bag.resolve(Bags.INFO)), problems);
      }
    } catch (IOException | RuntimeException e) {
      problems.add("unreadable: " + e.getMessage());
    }
    return problems;
  }

  private void checkTags(Path bag, List<String> problems) throws IOException {
    for (String name : List.of(Bags.DECLARATION, Bags.INFO, Bags.MANIFEST, Bags.TAG_MANIFEST)) {
      if (!Files.isRegularFile(bag.resolve(name))) {
        problems.add(name + " is missing");
      }
    }
    if (!problems.isEmpty()) {
      return;
    }
    byte[] tagManifest = Files.readAllBytes(bag.resolve(Bags.TAG_MANIFEST));
    Path signature = bag.resolve(Bags.SIGNATURE);
    if (!Files.isRegularFile(signature)) {
      problems.add("the signature " + Bags.SIGNATURE + " is missing");
      return;
    }
    SignatureVerifier.Verdict verdict =
        SignatureVerifier.verify(Files.readAllBytes(signature), tagManifest, trusted);
    if (!verdict.valid()) {
      problems.add("signature: " + verdict.problem());
      return;
    }
    Map<String, String> tags = Bags.readManifest(bag.resolve(Bags.TAG_MANIFEST));
    for (String name : List.of(Bags.DECLARATION, Bags.INFO, Bags.MANIFEST)) {
      if (!tags.containsKey(name)) {
        problems.add(Bags.TAG_MANIFEST + " does not list " + name);
      }
    }
    fixity(bag, tags, problems);
    String signer = Bags.readInfo(bag.resolve(Bags.INFO)).get("Signer-Certificate-SHA256");
    if (problems.isEmpty() && !SigningKey.fingerprint(verdict.signer()).equals(signer)) {
      problems.add("bag-info.txt names another signer than the signature's");
    }
  }

  private void checkPayload(Path bag, List<String> problems) throws IOException {
    Map<String, String> manifest = Bags.readManifest(bag.resolve(Bags.MANIFEST));
    Set<String> present = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(bag.resolve("data"))) {
      walk.filter(Files::isRegularFile)
          .forEach(p -> present.add(bag.relativize(p).toString().replace('\\', '/')));
    }
    for (String extra : present) {
      if (!manifest.containsKey(extra)) {
        problems.add(extra + " is not in the manifest");
      }
    }
    fixity(bag, manifest, problems);
    long bytes = 0;
    for (String path : present) {
      bytes += Files.size(bag.resolve(path));
    }
    String oxum = Bags.readInfo(bag.resolve(Bags.INFO)).get("Payload-Oxum");
    if (problems.isEmpty() && !(bytes + "." + present.size()).equals(oxum)) {
      problems.add("Payload-Oxum " + oxum + " does not match " + bytes + "." + present.size());
    }
  }

  private static void fixity(Path bag, Map<String, String> digests, List<String> problems)
      throws IOException {
    for (Map.Entry<String, String> entry : digests.entrySet()) {
      Path file = bag.resolve(entry.getKey()).normalize();
      if (!file.startsWith(bag) || !Files.isRegularFile(file)) {
        problems.add(entry.getKey() + " is missing");
      } else if (!Bags.sha512(file).equals(entry.getValue())) {
        problems.add(entry.getKey() + " has changed (SHA-512 differs)");
      }
    }
  }
}
