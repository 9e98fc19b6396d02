package ru.netcity.mock.school;

import java.util.List;

/**
 * A login of the AIS.
 *
 * @param staff true for the deputy director's account, which reads every class
 * @param studentIds the children of a parent account; empty for staff
 */
public record Account(
    int userId,
    String login,
    String password,
    String displayName,
    boolean staff,
    List<Integer> studentIds) {
  @Override
  public String toString() {
    return "Account[" + login + "]";
  }
}
