package ru.netcity.gateway.notify;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * One checked row of the import: a parent, one child of the roster, and the written consent for the
 * channels whose contacts the row gives.
 *
 * @param contacts the row's contacts by channel, normalised (phone as +7XXXXXXXXXX)
 * @param consentDate null: no written consent on this row
 * @param revokedOn null: not revoked
 * @param pupilName the row's «Ученик» («Фамилия Имя»), the messages' name of the child; null when
 *     empty
 */
record ParentEntry(
    int line,
    String className,
    int schoolId,
    int studentId,
    String parentName,
    boolean diaryAccess,
    Map<Channel, String> contacts,
    LocalDate consentDate,
    String document,
    LocalDate revokedOn,
    String pupilName) {

  /** How the import recognises the same parent again: the name, case and spacing aside. */
  String nameKey() {
    return key(parentName);
  }

  static String key(String fullName) {
    return fullName.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  /** The record's text names no parent and no contact (it may reach a log by accident). */
  @Override
  public String toString() {
    return "ParentEntry[line " + line + ", student " + studentId + ", " + className + "]";
  }
}
