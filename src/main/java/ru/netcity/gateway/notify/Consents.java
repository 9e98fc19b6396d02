package ru.netcity.gateway.notify;

import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * The question dispatch asks before every message (regulation 4.4): does the register hold the
 * parent's written consent for this child and channel on that day? No consent on file, or one
 * revoked by then: no.
 */
public class Consents {
  private final ParentRegister register;

  public Consents(DataSource dataSource) {
    this.register = new ParentRegister(dataSource);
  }

  /**
   * @param childId the AIS student id
   * @param day the school's calendar day of the message
   */
  public boolean mayMessage(long parentId, int childId, Channel channel, LocalDate day) {
    return register.consent(parentId, childId, channel).map(c -> c.inForce(day)).orElse(false);
  }
}
