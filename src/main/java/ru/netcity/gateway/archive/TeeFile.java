package ru.netcity.gateway.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * One file of a snapshot written to every location at once from the same bytes (each copy comes
 * from the source, none from the other), digested with SHA-512 on the way and forced to disk on
 * close.
 */
final class TeeFile extends OutputStream {
  private final List<FileChannel> channels = new ArrayList<>();
  private final List<OutputStream> outs = new ArrayList<>();
  private final MessageDigest digest = Bags.sha512();
  private final Consumer<TeeFile> onClose;
  private long size;
  private String hex;

  TeeFile(List<Path> files, Consumer<TeeFile> onClose) throws IOException {
    this.onClose = onClose;
    for (Path file : files) {
      Files.createDirectories(file.getParent());
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      channels.add(channel);
      outs.add(Channels.newOutputStream(channel));
    }
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    digest.update(b, off, len);
    size += len;
    for (OutputStream out : outs) {
      out.write(b, off, len);
    }
  }

  @Override
  public void close() throws IOException {
    if (hex != null) {
      return;
    }
    for (FileChannel channel : channels) {
      channel.force(true);
      channel.close();
    }
    hex = HexFormat.of().formatHex(digest.digest());
    onClose.accept(this);
  }

  long size() {
    return size;
  }

  /** Lowercase hex SHA-512, once closed. */
  String sha512() {
    return hex;
  }
}
