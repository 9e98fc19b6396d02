package ru.netcity.mock.school;

/** A teacher; {@link #shortName()} is how the journal access report names who made an entry. */
public record Teacher(int id, String lastName, String firstName, String patronymic) {
  public String shortName() {
    return lastName + " " + firstName.charAt(0) + ". " + patronymic.charAt(0) + ".";
  }
}
